package closebatch.checkpoint;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;

/**
 * Recovers the job executions a dead process left running, so they can be restarted.
 *
 * <p>
 * After a kill, an execution stays {@code STARTED} (or {@code STOPPING}) and starting its
 * job again fails with {@code JobExecutionAlreadyRunningException}. Holding the
 * {@link RunLock} proves that no other process runs the executions it guards (all of a
 * state file's; on PostgreSQL, those of its job and target), so each of them still marked
 * running is abandoned: {@code JobOperator.recover} marks it and its running steps
 * {@code FAILED}, and a start with the same parameters then resumes from the last
 * committed chunk.
 */
public final class AbandonedRuns {

	private static final Logger log = LoggerFactory.getLogger(AbandonedRuns.class);

	private AbandonedRuns() {
	}

	/**
	 * Marks every execution the lock guards left running {@code FAILED}, and forgets the
	 * runs a process was killed in before their first execution existed (a job instance
	 * without one, which Spring Batch refuses to start again) when no other process can
	 * be starting one.
	 * @param lock this process's ownership of the state file (the proof that those
	 * executions are not running anywhere)
	 * @return the executions recovered
	 */
	public static List<JobExecution> recover(CheckpointBatch batch, RunLock lock) {
		List<JobExecution> recovered = new ArrayList<>();
		for (String jobName : batch.jobRepository().getJobNames()) {
			for (JobExecution running : batch.jobRepository().findRunningJobExecutions(jobName)) {
				if (!lock.guards(jobName, running.getJobParameters().getString(RunIdentity.TARGET))) {
					continue;
				}
				log.warn("Recovering execution {} of job {} left {} by {}", running.getId(), jobName,
						running.getStatus(), lock.previousOwner().map(RunOwner::toString).orElse("an earlier process"));
				recovered.add(batch.jobOperator().recover(running));
			}
			if (!lock.guardsEveryRunOf(jobName)) {
				continue;
			}
			for (JobInstance instance : batch.jobRepository().findJobInstances(jobName)) {
				if (batch.jobRepository().getLastJobExecution(instance) == null) {
					log.warn("Forgetting run {} of job {}, killed before it started", instance.getInstanceId(),
							jobName);
					batch.jobRepository().deleteJobInstance(instance);
				}
			}
		}
		return recovered;
	}

}
