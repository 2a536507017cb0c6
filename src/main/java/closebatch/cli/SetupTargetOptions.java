package closebatch.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The target of a setup command and how it prints. */
final class SetupTargetOptions {

	@Option(names = "--api-key-file", paramLabel = "FILE",
			description = "File with the Close API key. Default: CLOSE_API_KEY; with no key, the embedded sandbox.")
	Path apiKeyFile;

	@Option(names = { "-q", OutputOptions.QUIET }, description = "Print only errors and a one-line result.")
	boolean quiet;

}
