package closebatch.checkpoint;

import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.JdbcJobRepositoryFactoryBean;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.transaction.annotation.Isolation;

/**
 * Spring Batch's JDBC job repository on the checkpoint database, and a job operator that
 * runs jobs on the calling thread.
 *
 * <p>
 * Built with the Batch 6 APIs and no Spring context, so the command line starts fast. The
 * repository shares the database's transaction manager with the chunk steps; build steps
 * with {@code .transactionManager(database.transactionManager())} so a chunk's own rows
 * and its checkpoint commit together.
 *
 * @param jobRepository the job, step and execution-context tables
 * @param jobOperator starts, restarts and recovers jobs against that repository
 */
public record CheckpointBatch(JobRepository jobRepository, JobOperator jobOperator) {

	/** Builds the repository and operator on {@code database}. */
	public static CheckpointBatch on(CheckpointDatabase database) {
		try {
			JdbcJobRepositoryFactoryBean repositoryFactory = new JdbcJobRepositoryFactoryBean();
			repositoryFactory.setDataSource(database.dataSource());
			repositoryFactory.setTransactionManager(database.transactionManager());
			repositoryFactory.setDatabaseType(database.dialect().batchType().name());
			if (database.dialect() == CheckpointDialect.POSTGRESQL) {
				// Spring Batch creates executions SERIALIZABLE, which on PostgreSQL makes
				// runners that start different jobs at once fail each other. The run lock
				// keeps two runners off one job and target, and job keys are unique.
				repositoryFactory.setIsolationLevelForCreateEnum(Isolation.READ_COMMITTED);
			}
			repositoryFactory.afterPropertiesSet();
			JobRepository jobRepository = repositoryFactory.getObject();

			TaskExecutorJobOperator jobOperator = new TaskExecutorJobOperator();
			jobOperator.setJobRepository(jobRepository);
			jobOperator.setJobRegistry(new MapJobRegistry());
			jobOperator.setTaskExecutor(new SyncTaskExecutor());
			jobOperator.afterPropertiesSet();
			return new CheckpointBatch(jobRepository, jobOperator);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot set up the job repository on " + database.location().describe(),
					ex);
		}
	}

}
