package closebatch.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The JVM options the {@code ./closebatch} launcher gives Java unless
 * {@code CLOSEBATCH_JAVA_OPTS} replaces them, read from the file the launcher reads
 * ({@code src/main/launcher/jvm.options}: options separated by white space, {@code #}
 * starting a comment), so that benchmarks run their child JVMs as a user's run.
 */
final class LauncherOptions {

	static final Path FILE = Path.of("src/main/launcher/jvm.options");

	private LauncherOptions() {
	}

	static List<String> defaults() {
		try {
			return Files.readAllLines(FILE)
				.stream()
				.map((line) -> line.replaceAll("#.*", "").strip())
				.filter((line) -> !line.isEmpty())
				.flatMap((line) -> Arrays.stream(line.split("\\s+")))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
