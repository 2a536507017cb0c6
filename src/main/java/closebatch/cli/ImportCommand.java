package closebatch.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import closebatch.checkpoint.RunPlanner.RestartMode;
import closebatch.config.ImportJob;
import closebatch.config.JobDefinition;
import closebatch.job.JobTarget;
import closebatch.job.RunOptions;
import closebatch.job.RunResult;
import closebatch.report.RejectThreshold;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A command that works on one import job against the target ({@code validate},
 * {@code plan}, {@code retry-failed}): loads the job, refuses an export, opens the
 * target, and prints how the work ended, or the problem that stopped it, as
 * {@code --json} and {@code --quiet} ask.
 */
abstract class ImportCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@ParentCommand
	private ClosebatchCommand root;

	@Mixin
	JobOptions options;

	@Mixin
	private OutputOptions output;

	/** How to run the job the options name, in this command line's environment. */
	RunOptions runOptions(RestartMode restart, RejectThreshold threshold) {
		return this.options.runOptions(this.root.environment(), restart, threshold);
	}

	@Override
	public final Integer call() {
		Console console = this.output.console(this.spec.commandLine().getOut(), this.spec.commandLine().getErr());
		try {
			JobDefinition definition = this.options.load();
			if (!(definition instanceof ImportJob job)) {
				throw CommandError.usage("Job " + definition.name() + " is not an import; only imports are " + doneTo(),
						"Run it with 'closebatch run " + definition.name() + "'.");
			}
			before(job, console.human());
			try (JobTarget target = Targets.open(this.root.environment(), this.options, console)) {
				return console.finish(run(job, target, console).report(), target);
			}
		}
		catch (RuntimeException ex) {
			return ProblemReport.report(ex, console.err());
		}
	}

	/** What the command does to a job, for the error an export gets: "validated". */
	abstract String doneTo();

	/** Prints what comes before the target is opened, for people; nothing by default. */
	void before(ImportJob job, PrintWriter human) {
	}

	/** Does the work, printing for people through the console. */
	abstract RunResult run(ImportJob job, JobTarget target, Console console);

}
