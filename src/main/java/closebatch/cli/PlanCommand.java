package closebatch.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;

import closebatch.checkpoint.RunPlanner.RestartMode;
import closebatch.config.ImportJob;
import closebatch.config.JobDefinition;
import closebatch.job.ImportRunner;
import closebatch.job.JobTarget;
import closebatch.load.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code closebatch plan <job>}: what {@code run} would do to each record, found out
 * against the live target without writing to it.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
		description = { "Resolves every record of the import jobs/<JOB>.yaml against the target, read-only, and writes",
				"out/<JOB>/plan-<time>/plan.csv: create, update (each field old -> new), unchanged, skip or reject.",
				"Sends no write request; the state file is not changed. Same as 'run --dry-run'.",
				"Exit codes: 0 planned, 3 rows would be rejected, 1 failed, 2 invalid job, mapping or input." })
final class PlanCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@ParentCommand
	private ClosebatchCommand root;

	@Mixin
	private JobOptions options;

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		PrintWriter err = this.spec.commandLine().getErr();
		try {
			JobDefinition definition = this.options.load();
			if (!(definition instanceof ImportJob job)) {
				throw new UsageProblem("plan is for imports: an export writes nothing to Close",
						"Run the export with 'closebatch run'; it only reads.");
			}
			try (JobTarget target = Targets.open(this.root.environment(), this.options, out)) {
				return Reports.print(new ImportRunner(Clock.systemUTC()).plan(job,
						this.options.runOptions(RestartMode.FRESH, Thresholds.of(job, null, null)), target,
						ProgressListener.NONE), target, out, err);
			}
		}
		catch (RuntimeException ex) {
			return ProblemReport.report(ex, err);
		}
	}

}
