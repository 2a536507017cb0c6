package closebatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import closebatch.close.CloseClient;
import closebatch.job.JobTarget;
import closebatch.report.ExitDecision;
import closebatch.setup.Setup;
import closebatch.setup.SetupChange;
import closebatch.setup.SetupFile;
import closebatch.setup.SetupOutcome;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code setup plan} and {@code setup apply}: read a setup file, compare it with the
 * target, and print the changes for people or as JSON.
 */
abstract class SetupFileCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@ParentCommand
	private SetupCommand setup;

	@Mixin
	private SetupTargetOptions target;

	@Parameters(index = "0", paramLabel = "FILE", description = "The setup file.")
	Path file;

	@Option(names = "--prune",
			description = "Also delete what the file does not name, in each list it fills; never what records hold.")
	boolean prune;

	@Option(names = "--json", description = "Print the changes as one JSON document on stdout.")
	private boolean json;

	@Override
	public final Integer call() {
		Console console = new Console(this.spec.commandLine().getOut(), this.spec.commandLine().getErr(), this.json,
				this.target.quiet);
		try {
			Setup wanted = SetupFile.read(this.file);
			try (JobTarget target = Targets.open(this.setup.environment(), this.target.apiKeyFile, console)) {
				PrintWriter human = console.human();
				SetupOutcome outcome = run(wanted, target.client(), human);
				human.println(summary(outcome));
				human.flush();
				if (this.json) {
					Console.printJson(this.spec.commandLine().getOut(), json(outcome));
				}
				else if (this.target.quiet) {
					this.spec.commandLine().getOut().println(summary(outcome));
					this.spec.commandLine().getOut().flush();
				}
				return outcome.blocked() ? ExitDecision.REJECTS : ExitDecision.COMPLETED;
			}
		}
		catch (RuntimeException ex) {
			return ProblemReport.report(ex, console.err());
		}
	}

	/** Plans or applies, printing each change for people. */
	abstract SetupOutcome run(Setup wanted, CloseClient client, PrintWriter human);

	private String summary(SetupOutcome outcome) {
		Map<String, Integer> counts = outcome.counts();
		String format = outcome.applied() ? "Applied %s: %d created, %d updated, %d renamed, %d deleted, %d unchanged"
				: "Planned %s: %d to create, %d to update, %d to rename, %d to delete, %d unchanged";
		String line = String.format(format, this.file, counts.get("create"), counts.get("update"), counts.get("rename"),
				counts.get("delete"), counts.get("unchanged"));
		if (outcome.blocked()) {
			line += String.format("; %d conflicts and %d refused deletions left as they are (see above)",
					counts.get("conflict"), counts.get("refused"));
		}
		return line + (outcome.applied() ? "." : ". Nothing was written.");
	}

	private ObjectNode json(SetupOutcome outcome) {
		ObjectNode document = JsonNodeFactory.instance.objectNode();
		document.put("file", this.file.toString());
		document.put("applied", outcome.applied());
		ObjectNode counts = document.putObject("counts");
		outcome.counts().forEach(counts::put);
		ArrayNode changes = document.putArray("changes");
		for (SetupChange change : outcome.changes()) {
			changes.addObject()
				.put("action", change.action().label())
				.put("what", change.subject().what())
				.put("name", change.name())
				.put("of", change.subject().of())
				.put("detail", change.detail());
		}
		return document;
	}

}
