package closebatch.cli;

import java.io.PrintWriter;

import picocli.CommandLine.Option;

/**
 * How a command that runs a job prints, for people or for scripts: {@code --json} and
 * {@code --quiet}, shared by {@code run}, {@code plan}, {@code retry-failed} and
 * {@code validate}.
 */
final class OutputOptions {

	/** The option's name, as {@link LogSettings} finds it among the parsed options. */
	static final String QUIET = "--quiet";

	@Option(names = "--json",
			description = "Print the run's summary as one JSON document on stdout; everything else goes to stderr.")
	boolean json;

	@Option(names = { "-q", QUIET },
			description = "Print only errors and a one-line result (only the JSON with --json); "
					+ "no progress, and the sandbox banner shrinks to one line on stderr.")
	boolean quiet;

	/** Where this command's output goes. */
	Console console(PrintWriter out, PrintWriter err) {
		return new Console(out, err, this.json, this.quiet);
	}

}
