package closebatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import closebatch.job.JobTarget;
import closebatch.report.TextFiles;
import closebatch.setup.SetupFile;
import closebatch.setup.SetupInClose;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code closebatch setup export}: the target's setup as a setup file, by name and in a
 * stable order, so that two exports of one organization are the same text.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
		description = { "Writes the organization's setup as YAML: custom fields of every scope (types, choices,",
				"associations of shared fields), lead statuses, pipelines with their statuses, custom activity",
				"types with their fields, email and SMS templates; names, never ids. Reads only.",
				"Exit codes: 0 written, 1 failed, 2 invalid options." })
final class SetupExportCommand implements Callable<Integer> {

	/**
	 * The schema that setup files name in their first line, relative to the repository.
	 */
	static final Path SCHEMA = Path.of("schemas", "setup.schema.json");

	@Spec
	private CommandSpec spec;

	@ParentCommand
	private SetupCommand setup;

	@Mixin
	private SetupTargetOptions target;

	@Option(names = "--out", paramLabel = "FILE", description = "Write the setup to FILE. Default: stdout.")
	private Path outputFile;

	@Override
	public Integer call() {
		// The setup itself is the output: people's text goes to stderr.
		Console console = new Console(this.spec.commandLine().getErr(), this.spec.commandLine().getErr(), false,
				this.target.quiet);
		try (JobTarget target = Targets.open(this.setup.environment(), this.target.apiKeyFile, console)) {
			String text = SetupFile.write(SetupInClose.read(target.client()));
			if (this.outputFile == null) {
				this.spec.commandLine().getOut().print(text);
				this.spec.commandLine().getOut().flush();
				return 0;
			}
			TextFiles.replace(this.outputFile, modeline(this.outputFile) + text);
			console.human().println("Wrote the setup to " + this.outputFile);
			console.human().flush();
			return 0;
		}
		catch (RuntimeException ex) {
			return ProblemReport.report(ex, console.err());
		}
	}

	/** The line that lets editors check the file, when the schema is at hand. */
	private static String modeline(Path file) {
		if (!Files.exists(SCHEMA)) {
			return "";
		}
		Path folder = file.toAbsolutePath().normalize().getParent();
		return "# yaml-language-server: $schema="
				+ folder.relativize(SCHEMA.toAbsolutePath().normalize()).toString().replace('\\', '/') + "\n";
	}

}
