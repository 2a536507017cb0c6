package closebatch.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;

import closebatch.checkpoint.RunPlanner.RestartMode;
import closebatch.config.ImportJob;
import closebatch.config.JobDefinition;
import closebatch.job.ImportRunner;
import closebatch.job.JobTarget;
import closebatch.job.RunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code closebatch retry-failed <job>}: a new run over only the rows earlier runs
 * rejected or never finished, read from the job's own input.
 */
@Command(name = "retry-failed", mixinStandardHelpOptions = true, description = {
		"Runs the import jobs/<JOB>.yaml again over only the rows its earlier runs (out/<JOB>/<run>/results.csv)",
		"rejected or never finished, read from the job's input as it is now: fix the rows in place (or the",
		"mapping) and retry, no rejects file needed. Rows already loaded are found in Close as in any run.",
		"Exit codes as for run." })
final class RetryFailedCommand implements Callable<Integer> {

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
				throw new UsageProblem("retry-failed is for imports: an export has no failed rows",
						"Run the export again with 'closebatch run'; it resumes where it stopped.");
			}
			try (JobTarget target = Targets.open(this.root.environment(), this.options, out);
					ProgressDisplay progress = ProgressDisplay.forConsole(err)) {
				RunResult result = new ImportRunner(Clock.systemUTC()).retryFailed(job,
						this.options.runOptions(RestartMode.FRESH, Thresholds.of(job, null, null)), target, progress);
				return Reports.print(result, target, out, err);
			}
			catch (ImportRunner.NoEarlierRunException ex) {
				throw new UsageProblem(ex.getMessage(), "Run it first: closebatch run " + job.name());
			}
		}
		catch (RuntimeException ex) {
			return ProblemReport.report(ex, err);
		}
	}

}
