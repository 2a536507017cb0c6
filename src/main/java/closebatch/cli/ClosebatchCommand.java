package closebatch.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.concurrent.Callable;

import closebatch.error.Secrets;
import closebatch.error.UserInputException;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code closebatch}: the root command, which only holds the subcommands. Given none, it
 * shows its usage on stderr and exits 2, so a script that forgot the command fails.
 */
@Command(name = "closebatch", mixinStandardHelpOptions = true,
		versionProvider = ClosebatchCommand.VersionProvider.class,
		description = "Bulk import and export for the Close CRM API, with a Close-compatible sandbox.",
		subcommands = { RunCommand.class, PlanCommand.class, RetryFailedCommand.class, StatusCommand.class,
				ValidateCommand.class, JobsCommand.class, MappingCommand.class, SetupCommand.class,
				SandboxCommand.class })
public final class ClosebatchCommand implements Callable<Integer> {

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	private static final String LOG_LEVEL = "--log-level";

	private final Map<String, String> environment;

	@CommandLine.Option(names = LOG_LEVEL, paramLabel = "LEVEL", scope = CommandLine.ScopeType.INHERIT,
			description = "Log level of closebatch (and the root logger) for this command: TRACE, DEBUG, INFO, "
					+ "WARN, ERROR or OFF. Default: CLOSEBATCH_LOG_LEVEL, else INFO for closebatch, WARN for libraries.")
	private String logLevel;

	private ClosebatchCommand(Map<String, String> environment) {
		this.environment = Map.copyOf(environment);
	}

	/** Runs the command line on this process's environment and console. */
	public static int execute(String... args) {
		return execute(System.getenv(), writer(System.out), writer(System.err), args);
	}

	/**
	 * Runs the command line and returns the exit code.
	 * @param environment the environment (the API key and base URL come from it)
	 * @param out where results go
	 * @param err where errors go
	 * @param args the arguments
	 * @return the exit code
	 */
	public static int execute(Map<String, String> environment, PrintWriter out, PrintWriter err, String... args) {
		Secrets.registerAll(environment.get("CLOSE_API_KEY"));
		Secrets.registerAll(environment.get("CLOSE_API_KEYS"));
		CommandLine commandLine = new CommandLine(new ClosebatchCommand(environment));
		CommandLine completion = new CommandLine(new AutoComplete.GenerateCompletion());
		completion.getCommandSpec().usageMessage().hidden(false);
		commandLine.addSubcommand("completion", completion);
		commandLine.setOut(new PrintWriter(new RedactingWriter(out), true));
		commandLine.setErr(new PrintWriter(new RedactingWriter(err), true));
		commandLine.setParameterExceptionHandler((ex, arguments) -> {
			CommandLine.Model.CommandSpec command = ex.getCommandLine().getCommandSpec();
			return ProblemReport.report(
					CommandError.usage(ex.getMessage(),
							"Run '" + command.qualifiedName() + " --help' for its arguments and options."),
					ex.getCommandLine().getErr());
		});
		commandLine
			.setExecutionExceptionHandler((ex, command, parseResult) -> ProblemReport.report(ex, command.getErr()));
		commandLine.setExecutionStrategy((parseResult) -> executeWithLogSettings(parseResult, environment));
		return commandLine.execute(args);
	}

	/**
	 * Runs the command parsed under the log levels its options and environment ask for,
	 * and restores them after. A help or version request runs as it is.
	 */
	private static int executeWithLogSettings(CommandLine.ParseResult parseResult, Map<String, String> environment) {
		String level = null;
		boolean quiet = false;
		for (CommandLine.ParseResult part = parseResult; part != null; part = part.subcommand()) {
			if (part.isUsageHelpRequested() || part.isVersionHelpRequested()) {
				return new CommandLine.RunLast().execute(parseResult);
			}
			level = part.matchedOptionValue(LOG_LEVEL, level);
			quiet |= part.matchedOptionValue(OutputOptions.QUIET, false);
		}
		LogSettings settings;
		try {
			settings = LogSettings.apply(level, environment, System.getProperties(), quiet);
		}
		catch (UserInputException ex) {
			return ProblemReport.report(ex, parseResult.commandSpec().commandLine().getErr());
		}
		try (settings) {
			return new CommandLine.RunLast().execute(parseResult);
		}
	}

	private static PrintWriter writer(PrintStream stream) {
		return new PrintWriter(new OutputStreamWriter(stream, Charset.defaultCharset()), true);
	}

	/** The environment this command line runs in. */
	Map<String, String> environment() {
		return this.environment;
	}

	@Override
	public Integer call() {
		CommandLine commandLine = this.spec.commandLine();
		commandLine.usage(commandLine.getErr());
		return ProblemReport.report(
				CommandError.usage("No command given.", "Name one of the commands above, e.g. 'closebatch run <job>'."),
				commandLine.getErr());
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
