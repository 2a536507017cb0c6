package closebatch.checkpoint;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * The runs a state file knows, per job: each run (a Spring Batch job instance) with how
 * its latest attempt ended, when it started and ended, and how far its reader got.
 */
public final class RunHistory {

	/** The step context key under which the import reader keeps the rows it returned. */
	static final String ROWS_READ = "source.rows.read";

	private static final int PAGE = 100;

	private RunHistory() {
	}

	/**
	 * One run of a job.
	 *
	 * @param job the job's name
	 * @param number the run number, as in {@code out/<job>/<run>/}
	 * @param status how its latest attempt ended ({@code STARTED} while one runs)
	 * @param started when its first attempt started, or null
	 * @param ended when its latest attempt ended, or null
	 * @param attempts how many times it was started (1 + restarts)
	 * @param rowsRead the rows its reader returned up to the last commit; -1 when unknown
	 */
	public record PastRun(String job, long number, BatchStatus status, Instant started, Instant ended, int attempts,
			long rowsRead) {

		/** Whether running the job again resumes this run. */
		public boolean resumable() {
			return this.status == BatchStatus.FAILED || this.status == BatchStatus.STOPPED;
		}

	}

	/**
	 * The runs of one job, or of every job, job by job and newest run first.
	 * @param job a job name, or {@code null} for all
	 */
	public static List<PastRun> of(JobRepository repository, String job) {
		List<String> jobs = (job != null) ? List.of(job) : repository.getJobNames().stream().sorted().toList();
		List<PastRun> runs = new ArrayList<>();
		for (String name : jobs) {
			List<PastRun> ofJob = new ArrayList<>();
			for (int start = 0;; start += PAGE) {
				List<JobInstance> instances = repository.getJobInstances(name, start, PAGE);
				instances.forEach((instance) -> ofJob.add(run(repository, instance)));
				if (instances.size() < PAGE) {
					break;
				}
			}
			ofJob.sort(Comparator.comparingLong(PastRun::number).reversed());
			runs.addAll(ofJob);
		}
		return runs;
	}

	private static PastRun run(JobRepository repository, JobInstance instance) {
		List<JobExecution> executions = repository.getJobExecutions(instance);
		JobExecution first = executions.stream().min(Comparator.comparingLong(JobExecution::getId)).orElseThrow();
		JobExecution last = executions.stream().max(Comparator.comparingLong(JobExecution::getId)).orElseThrow();
		long rowsRead = last.getStepExecutions()
			.stream()
			.map(StepExecution::getExecutionContext)
			.filter((context) -> context.containsKey(ROWS_READ))
			.mapToLong((context) -> context.getLong(ROWS_READ))
			.max()
			.orElse(-1);
		long number = last.getJobParameters().getLong(RunIdentity.RUN_NUMBER, instance.getInstanceId());
		return new PastRun(instance.getJobName(), number, last.getStatus(), instant(first.getStartTime()),
				instant(last.getEndTime()), executions.size(), rowsRead);
	}

	private static Instant instant(LocalDateTime time) {
		return (time != null) ? time.atZone(ZoneId.systemDefault()).toInstant() : null;
	}

}
