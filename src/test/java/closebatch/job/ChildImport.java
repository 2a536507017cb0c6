package closebatch.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code closebatch} run in a child JVM on the test classpath, as a user runs it: the
 * command's arguments, {@code CLOSE_API_KEY} and {@code CLOSE_BASE_URL} naming a sandbox
 * (or none, for the embedded one), output appended to a log file.
 */
public final class ChildImport {

	private ChildImport() {
	}

	/**
	 * JVM options for a child that runs one short command: compiling its hot code fully
	 * would cost more CPU than it saves (README, "Memory and JVM options").
	 */
	public static final List<String> SHORT_RUN_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

	/**
	 * Starts {@code closebatch <arguments>} in {@code workingDir}.
	 * @param baseUrl the sandbox to target, or null for the embedded sandbox
	 * @param apiKey the key for it
	 * @param javaOptions options for the child JVM (e.g. {@code -Xmx}); none for
	 * {@link #SHORT_RUN_OPTIONS}
	 * @param log where stdout and stderr are appended
	 */
	public static Process start(Path workingDir, URI baseUrl, String apiKey, List<String> javaOptions, Path log,
			String... arguments) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(javaOptions.isEmpty() ? SHORT_RUN_OPTIONS : javaOptions);
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), "closebatch.Main"));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		Map<String, String> environment = builder.environment();
		environment.remove("CLOSE_API_KEY");
		environment.remove("CLOSE_API_KEYS");
		environment.remove("CLOSE_BASE_URL");
		if (baseUrl != null) {
			environment.put("CLOSE_API_KEY", apiKey);
			environment.put("CLOSE_BASE_URL", baseUrl.toString());
		}
		try {
			return builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot start a child JVM", ex);
		}
	}

}
