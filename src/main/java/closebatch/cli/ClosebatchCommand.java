package closebatch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code closebatch}: the root command, which only holds the subcommands. */
@Command(name = "closebatch", mixinStandardHelpOptions = true,
		versionProvider = ClosebatchCommand.VersionProvider.class,
		description = "Bulk import and export for the Close CRM API, with a Close-compatible sandbox.",
		subcommands = { RunCommand.class, ValidateCommand.class, JobsCommand.class, SandboxCommand.class })
public final class ClosebatchCommand implements Runnable {

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	/** Runs the command line and returns the exit code. */
	public static int execute(String... args) {
		return new CommandLine(new ClosebatchCommand()).execute(args);
	}

	@Override
	public void run() {
		this.spec.commandLine().usage(this.spec.commandLine().getOut());
	}

	/** The version Maven built, from {@code closebatch/version.properties}. */
	static final class VersionProvider implements CommandLine.IVersionProvider {

		@Override
		public String[] getVersion() {
			return new String[] { "closebatch " + closebatch.Version.current(),
					"Java " + System.getProperty("java.version") };
		}

	}

}
