package closebatch.cli;

import java.nio.file.Path;

/**
 * Where the log file is, as {@code logback.xml} names it: {@code CLOSEBATCH_LOG} (a
 * system property or an environment variable), else {@code .closebatch/closebatch.log}.
 * Stack traces go there and never to the terminal.
 */
final class LogFile {

	static final String VARIABLE = "CLOSEBATCH_LOG";

	private LogFile() {
	}

	static Path path() {
		String configured = System.getProperty(VARIABLE, System.getenv(VARIABLE));
		return Path.of((configured != null && !configured.isBlank()) ? configured : ".closebatch/closebatch.log");
	}

}
