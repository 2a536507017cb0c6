package closebatch.cli;

import java.time.Clock;
import java.util.concurrent.Callable;

import closebatch.checkpoint.RunPlanner.RestartMode;
import closebatch.config.ExportJob;
import closebatch.config.ImportJob;
import closebatch.config.JobDefinition;
import closebatch.job.ExportRunner;
import closebatch.job.ImportRunner;
import closebatch.job.JobTarget;
import closebatch.load.ProgressListener;
import closebatch.job.RunOptions;
import closebatch.job.RunResult;
import closebatch.report.RejectThreshold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code closebatch run <job>}: runs a job, resuming its interrupted run if there is one.
 */
@Command(name = "run", mixinStandardHelpOptions = true, description = {
		"Runs jobs/<JOB>.yaml (an import or an export) against Close, or the embedded sandbox when no key is configured.",
		"Running the same command after a failure or a kill resumes where it stopped.",
		"--json prints the run's summary as JSON on stdout (all else on stderr); --quiet prints only errors and one line.",
		"Exit codes: 0 done, 3 done with rejected rows, 1 failed (run again to resume),",
		"2 invalid job, mapping or input (nothing written), 4 key or permission refused." })
final class RunCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@ParentCommand
	private ClosebatchCommand root;

	@Mixin
	private JobOptions options;

	@Mixin
	private OutputOptions output;

	@Option(names = "--dry-run",
			description = "Plan instead: resolve every record against the target, write nothing to it, "
					+ "and write out/<JOB>/plan-<time>/plan.csv (as 'closebatch plan').")
	private boolean dryRun;

	@Option(names = "--restart", paramLabel = "fresh",
			description = "'fresh' starts a new run instead of resuming the interrupted one "
					+ "(records already written are still recognised).")
	private String restart;

	@Option(names = "--max-rejects", paramLabel = "N",
			description = "Fail (exit 3) when more rows than this are rejected; overrides the job's max-rejects.")
	private Long maxRejects;

	@Option(names = "--max-reject-rate", paramLabel = "RATE",
			description = "Fail (exit 3) when more than this share of rows is rejected, as 5%% or 0.05.")
	private String maxRejectRate;

	@Override
	public Integer call() {
		Console console = this.output.console(this.spec.commandLine().getOut(), this.spec.commandLine().getErr());
		try {
			JobDefinition definition = this.options.load();
			RestartMode mode = restartMode();
			if (definition instanceof ExportJob export) {
				return runExport(export, mode, console);
			}
			ImportJob job = (ImportJob) definition;
			RejectThreshold threshold = Thresholds.of(job, this.maxRejects, this.maxRejectRate);
			try (JobTarget target = Targets.open(this.root.environment(), this.options, console)) {
				RunOptions runOptions = this.options.runOptions(this.root.environment(), mode, threshold);
				RunResult result;
				if (this.dryRun) {
					result = new ImportRunner(Clock.systemUTC()).plan(job, runOptions, target, ProgressListener.NONE);
				}
				else {
					try (ProgressDisplay progress = console.progress()) {
						result = new ImportRunner(Clock.systemUTC()).run(job, runOptions, target, progress);
					}
				}
				return console.finish(result.report(), target);
			}
		}
		catch (RuntimeException ex) {
			return ProblemReport.report(ex, console.err());
		}
	}

	private int runExport(ExportJob job, RestartMode mode, Console console) {
		if (this.dryRun) {
			throw CommandError.usage("--dry-run is for imports: an export writes nothing to Close",
					"Run the export without --dry-run; it only reads.");
		}
		try (JobTarget target = Targets.open(this.root.environment(), this.options, console)) {
			RunOptions runOptions = this.options.runOptions(this.root.environment(), mode, RejectThreshold.NONE);
			return console.finish(new ExportRunner(Clock.systemUTC()).run(job, runOptions, target).report(), target);
		}
	}

	private RestartMode restartMode() {
		if (this.restart == null) {
			return RestartMode.RESUME;
		}
		if (this.restart.equalsIgnoreCase("fresh")) {
			return RestartMode.FRESH;
		}
		throw CommandError.usage("--restart=" + this.restart + " is not known",
				"Use --restart=fresh to start a new run; leave it out to resume.");
	}

}
