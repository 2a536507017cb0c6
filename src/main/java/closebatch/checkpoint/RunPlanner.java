package closebatch.checkpoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;

import closebatch.checkpoint.RunRefusedException.Reason;

/**
 * Decides whether a run resumes the job's interrupted run or starts a new one, and
 * refuses to resume a run whose input or mapping changed under it.
 *
 * <p>
 * The last run of the job against the same target decides: a failed or stopped run is
 * resumed when its input and mapping fingerprints are unchanged, and refused otherwise
 * (the user either restores them or asks for a fresh start); a completed or abandoned run
 * leads to a new run. A fresh start ({@link RestartMode#FRESH}) always makes a new run.
 * Run abandoned executions first ({@link AbandonedRuns}).
 */
public final class RunPlanner {

	private static final int PAGE = 100;

	/** What to do with an interrupted run. */
	public enum RestartMode {

		/** Resume it from its last committed chunk (the default). */
		RESUME,

		/** Leave it and start a new run; the ledger still prevents duplicates. */
		FRESH

	}

	private final JobRepository jobRepository;

	public RunPlanner(JobRepository jobRepository) {
		this.jobRepository = jobRepository;
	}

	/**
	 * Plans the run of {@code identity}.
	 * @throws RunRefusedException if the interrupted run would be resumed on a changed
	 * input or mapping
	 */
	public RunPlan plan(RunIdentity identity, RestartMode mode) {
		return plan(identity, mode, 1);
	}

	/**
	 * Plans the run of {@code identity}; a new run gets a number of at least
	 * {@code lowestNewRun} (above the run folders a lost state file left behind).
	 * @throws RunRefusedException if the interrupted run would be resumed on a changed
	 * input or mapping
	 */
	public RunPlan plan(RunIdentity identity, RestartMode mode, long lowestNewRun) {
		Optional<JobExecution> last = lastExecution(identity.jobName(), identity.target());
		if (last.isPresent() && mode == RestartMode.RESUME && isResumable(last.get())) {
			JobExecution interrupted = last.get();
			refuseChanges(identity, interrupted);
			long runNumber = interrupted.getJobParameters().getLong(RunIdentity.RUN_NUMBER, 0L);
			return new RunPlan.Resume(interrupted, identity.toJobParameters(runNumber));
		}
		return new RunPlan.StartNew(
				identity.toJobParameters(Math.max(lowestNewRun, nextRunNumber(identity.jobName()))));
	}

	private static boolean isResumable(JobExecution execution) {
		BatchStatus status = execution.getStatus();
		if (status.isRunning()) {
			throw new IllegalStateException(
					"Execution " + execution.getId() + " of job " + execution.getJobInstance().getJobName()
							+ " is still marked " + status + "; recover abandoned runs before planning");
		}
		return status == BatchStatus.FAILED || status == BatchStatus.STOPPED;
	}

	private static void refuseChanges(RunIdentity identity, JobExecution interrupted) {
		JobParameters before = interrupted.getJobParameters();
		boolean inputChanged = !Objects.equals(before.getString(RunIdentity.INPUT_FINGERPRINT),
				identity.inputFingerprint());
		boolean mappingChanged = !Objects.equals(before.getString(RunIdentity.MAPPING_FINGERPRINT),
				identity.mappingFingerprint());
		if (!inputChanged && !mappingChanged) {
			return;
		}
		List<String> changes = new ArrayList<>();
		if (inputChanged) {
			changes.add("the input file (was " + before.getString(RunIdentity.INPUT_FINGERPRINT) + ", now "
					+ identity.inputFingerprint() + ")");
		}
		if (mappingChanged) {
			changes.add("the mapping (was " + before.getString(RunIdentity.MAPPING_FINGERPRINT) + ", now "
					+ identity.mappingFingerprint() + ")");
		}
		String message = "Run " + before.getLong(RunIdentity.RUN_NUMBER) + " of job " + identity.jobName()
				+ " stopped with status " + interrupted.getStatus() + " and cannot be resumed: "
				+ String.join(" and ", changes) + " changed since it started";
		throw new RunRefusedException(inputChanged ? Reason.INPUT_CHANGED : Reason.MAPPING_CHANGED, message,
				"Restore the original file to resume where it stopped, or start over with --restart=fresh "
						+ "(records already written are recognised and not written again).");
	}

	private Optional<JobExecution> lastExecution(String jobName, String target) {
		for (int start = 0;; start += PAGE) {
			List<JobInstance> instances = this.jobRepository.getJobInstances(jobName, start, PAGE);
			for (JobInstance instance : instances) {
				JobExecution execution = this.jobRepository.getLastJobExecution(instance);
				if (execution != null && target.equals(execution.getJobParameters().getString(RunIdentity.TARGET))) {
					return Optional.of(execution);
				}
			}
			if (instances.size() < PAGE) {
				return Optional.empty();
			}
		}
	}

	/**
	 * The number after the job's newest run: runs are counted per job, and a new run's
	 * number is never below an earlier one's, so its parameters are new.
	 */
	private long nextRunNumber(String jobName) {
		List<JobInstance> newest = this.jobRepository.getJobInstances(jobName, 0, 1);
		if (newest.isEmpty()) {
			return 1;
		}
		JobExecution last = this.jobRepository.getLastJobExecution(newest.get(0));
		Long number = (last != null) ? last.getJobParameters().getLong(RunIdentity.RUN_NUMBER) : null;
		// A run of a release before run numbers went by its instance id, which all jobs
		// share; a numbered run's successor is the next number of its job.
		return ((number != null) ? number : newest.get(0).getInstanceId()) + 1;
	}

}
