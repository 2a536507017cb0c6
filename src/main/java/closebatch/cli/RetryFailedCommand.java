package closebatch.cli;

import java.time.Clock;

import closebatch.checkpoint.RunPlanner.RestartMode;
import closebatch.config.ImportJob;
import closebatch.job.ImportRunner;
import closebatch.job.JobTarget;
import closebatch.job.RunResult;
import picocli.CommandLine.Command;

/**
 * {@code closebatch retry-failed <job>}: a new run over only the rows earlier runs
 * rejected or never finished, read from the job's own input.
 */
@Command(name = "retry-failed", mixinStandardHelpOptions = true,
		description = { "Runs an import job again over only the rows its earlier runs rejected or never finished.",
				"Earlier runs are read from out/<JOB>/<run>/results.csv; the rows come from the job's input as it is",
				"now: fix them in place (or fix the mapping) and retry, no rejects file needed. Leads already in",
				"Close are found as in any run. Exit codes as for run." })
final class RetryFailedCommand extends ImportCommand {

	@Override
	String doneTo() {
		return "retried (an export resumes where it stopped with 'closebatch run')";
	}

	@Override
	RunResult run(ImportJob job, JobTarget target, Console console) {
		try (ProgressDisplay progress = console.progress()) {
			return new ImportRunner(Clock.systemUTC()).retryFailed(job,
					runOptions(RestartMode.FRESH, Thresholds.of(job, null, null)), target, progress);
		}
	}

}
