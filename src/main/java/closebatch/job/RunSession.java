package closebatch.job;

import java.nio.file.Path;

import closebatch.checkpoint.AbandonedRuns;
import closebatch.checkpoint.CheckpointBatch;
import closebatch.checkpoint.CheckpointDatabase;
import closebatch.checkpoint.RunIdentity;
import closebatch.checkpoint.RunLock;
import closebatch.checkpoint.RunPlan;
import closebatch.checkpoint.RunPlanner;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;

/**
 * The start of every run on the state database (an import, a plan on its copy, an
 * export): takes the job's run lock on the target, opens the database, recovers runs a
 * killed process left, then numbers the run (or finds the interrupted one to resume) and
 * starts it. Closing releases the database, then the lock.
 */
final class RunSession implements AutoCloseable {

	private final RunLock lock;

	private final CheckpointDatabase database;

	private final CheckpointBatch batch;

	private RunSession(RunLock lock, CheckpointDatabase database) {
		this.lock = lock;
		this.database = database;
		this.batch = CheckpointBatch.on(database);
	}

	/**
	 * Opens the session of a job on a target.
	 * @param options where the state is
	 * @param job the job's name
	 * @param target the target's identity
	 * @param poolSize connections to the database: the run's concurrent workers, plus one
	 * @return the session, holding the lock
	 */
	static RunSession open(RunOptions options, String job, String target, int poolSize) {
		RunLock lock = RunLock.acquire(options.state(), job, target);
		RunSession session;
		try {
			session = new RunSession(lock, CheckpointDatabase.open(options.state(), poolSize));
		}
		catch (RuntimeException ex) {
			lock.close();
			throw ex;
		}
		try {
			AbandonedRuns.recover(session.batch, lock);
			return session;
		}
		catch (RuntimeException ex) {
			session.close();
			throw ex;
		}
	}

	CheckpointDatabase database() {
		return this.database;
	}

	CheckpointBatch batch() {
		return this.batch;
	}

	/** Resumes the job's interrupted run on the target, or numbers a new one. */
	Run plan(RunIdentity identity, RunOptions options) {
		RunPlan plan = new RunPlanner(this.batch.jobRepository()).plan(identity, options.restart(),
				RunFolders.lowestFree(options.outputRoot(), identity.jobName()));
		long number = plan.parameters().getLong(RunIdentity.RUN_NUMBER);
		return new Run(plan, number, options.outputRoot().resolve(identity.jobName()).resolve(Long.toString(number)));
	}

	/** Starts (or resumes) the run and waits for it to end. */
	JobExecution start(Job job, Run run) {
		try {
			return this.batch.jobOperator().start(job, run.plan().parameters());
		}
		catch (JobExecutionException ex) {
			throw new IllegalStateException("Cannot run job " + job.getName() + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public void close() {
		try {
			this.database.close();
		}
		finally {
			this.lock.close();
		}
	}

	/**
	 * A run as planned.
	 *
	 * @param plan how to start it
	 * @param number its number among the job's runs
	 * @param folder its output folder, {@code out/<job>/<number>/}
	 */
	record Run(RunPlan plan, long number, Path folder) {
	}

}
