package closebatch.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import closebatch.config.ImportJob;
import closebatch.config.JobDefinition;
import closebatch.job.JobTarget;
import closebatch.job.RunResult;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A command that works on one import job against the target ({@code validate},
 * {@code plan}, {@code retry-failed}): loads the job, refuses an export, opens the
 * target, and prints how the work ended, or the problem that stopped it.
 */
abstract class ImportCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@ParentCommand
	private ClosebatchCommand root;

	@Mixin
	JobOptions options;

	@Override
	public final Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		PrintWriter err = this.spec.commandLine().getErr();
		try {
			JobDefinition definition = this.options.load();
			if (!(definition instanceof ImportJob job)) {
				throw new UsageProblem("Job " + definition.name() + " is not an import; only imports are " + doneTo(),
						"Run it with 'closebatch run " + definition.name() + "'.");
			}
			before(job, out);
			try (JobTarget target = Targets.open(this.root.environment(), this.options, out)) {
				return Reports.print(run(job, target, out, err), target, out, err);
			}
		}
		catch (RuntimeException ex) {
			return ProblemReport.report(ex, err);
		}
	}

	/** What the command does to a job, for the error an export gets: "validated". */
	abstract String doneTo();

	/** Prints what comes before the target is opened; nothing by default. */
	void before(ImportJob job, PrintWriter out) {
	}

	/** Does the work. */
	abstract RunResult run(ImportJob job, JobTarget target, PrintWriter out, PrintWriter err);

}
