package closebatch.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import closebatch.job.ChildImport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code closebatch} run as a user runs it: a child process in a folder holding copies of
 * the sample jobs, mappings and files, with the environment given.
 */
final class CommandLineChild {

	/** What a command did. */
	record Result(int exitCode, String out, String err) {

		/** Whether stderr holds anything like a Java stack frame. */
		boolean hasStackFrame() {
			return this.err.matches("(?s).*\\n\\s*at [\\w.$]+\\(.*") || this.err.contains("Exception in thread");
		}

	}

	private final Path workDir;

	CommandLineChild(Path workDir) {
		this.workDir = workDir;
	}

	/**
	 * Copies {@code jobs/}, {@code mappings/} and {@code samples/} into the work folder.
	 */
	CommandLineChild withSamples() throws IOException {
		for (String folder : List.of("jobs", "mappings", "samples")) {
			try (Stream<Path> files = Files.walk(Path.of(folder))) {
				for (Path file : files.toList()) {
					Path copy = this.workDir.resolve(file.toString());
					if (Files.isDirectory(file)) {
						Files.createDirectories(copy);
					}
					else {
						Files.copy(file, copy);
					}
				}
			}
		}
		return this;
	}

	Path workDir() {
		return this.workDir;
	}

	Result run(Map<String, String> environment, String... arguments) throws Exception {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		command.addAll(ChildImport.SHORT_RUN_OPTIONS);
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), "closebatch.Main"));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.workDir.toFile());
		builder.environment().remove("CLOSE_API_KEYS");
		builder.environment().remove("CLOSE_API_KEY");
		builder.environment().putAll(environment);
		Path err = Files.createTempFile(this.workDir, "stderr", ".txt");
		Process process = builder.redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
		process.getOutputStream().close();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(2, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError("closebatch " + String.join(" ", arguments) + " did not end within 2 minutes");
		}
		String errText = Files.readString(err);
		Files.delete(err);
		return new Result(process.exitValue(), out, errText);
	}

	/**
	 * Asserts the one rule for errors: exit 2, one located line with a hint, no frame.
	 */
	static void assertInvalidInput(Result result, String... located) {
		assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
		assertThat(result.hasStackFrame()).as(result.err()).isFalse();
		List<String> errors = result.err().lines().filter((line) -> line.startsWith("error ")).toList();
		assertThat(errors).as(result.err()).hasSize(1);
		assertThat(errors.get(0)).contains(located)
			.contains("Hint: ")
			.doesNotContainIgnoringCase("run the same command");
	}

}
