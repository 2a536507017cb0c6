package closebatch;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two commands at the top of README.md, as written there: the first is run through
 * the launcher against the packaged jar; the second must be the command CI runs.
 */
class ReadmeCommandsIT {

	private static List<String> topCommands() throws Exception {
		String readme = Files.readString(Path.of("README.md"));
		int start = readme.indexOf("```bash\n") + "```bash\n".length();
		String block = readme.substring(start, readme.indexOf("```", start));
		return block.lines()
			.map(line -> line.replaceFirst("\\s+#.*$", "").trim())
			.filter(line -> !line.isEmpty())
			.toList();
	}

	@Test
	void theFirstCommandRunsTheSandboxThroughTheLauncher() throws Exception {
		String command = topCommands().get(0);
		Process process = new ProcessBuilder("bash", "-c", "exec " + command)
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			assertThat(out.readLine()).matches("Close sandbox listening on http://127\\.0\\.0\\.1:\\d+/api/v1/");
			assertThat(out.readLine()).startsWith("API key: api_");
		}
		finally {
			process.destroy();
			assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
		}
	}

	@Test
	void theSecondCommandIsTheOneCiRuns() throws Exception {
		String command = topCommands().get(1);

		assertThat(command).isEqualTo("mvn -B verify");
		assertThat(Files.readAllLines(Path.of(".ci", "run"))).contains(command);
	}

}
