package closebatch.cli;

import java.time.Clock;

import closebatch.checkpoint.RunPlanner.RestartMode;
import closebatch.config.ImportJob;
import closebatch.job.ImportRunner;
import closebatch.job.JobTarget;
import closebatch.job.RunResult;
import closebatch.load.ProgressListener;
import picocli.CommandLine.Command;

/**
 * {@code closebatch plan <job>}: what {@code run} would do to each record, found out
 * against the live target without writing to it.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
		description = { "Shows what run would do to each record of an import job, writing nothing to Close.",
				"Resolves every record of jobs/<JOB>.yaml against the target, read-only, and writes",
				"out/<JOB>/plan-<time>/plan.csv: create, update (each field old -> new), unchanged, skip or reject.",
				"Sends no write request; the state file is not changed. Same as 'run --dry-run'.",
				"--json prints the summary, the counts per action and the plan file as JSON on stdout.",
				"Exit codes: 0 planned, 3 rows would be rejected, 1 failed, 2 invalid job, mapping or input." })
final class PlanCommand extends ImportCommand {

	@Override
	String doneTo() {
		return "planned";
	}

	@Override
	RunResult run(ImportJob job, JobTarget target, Console console) {
		return new ImportRunner(Clock.systemUTC()).plan(job,
				runOptions(RestartMode.FRESH, Thresholds.of(job, null, null)), target, ProgressListener.NONE);
	}

}
