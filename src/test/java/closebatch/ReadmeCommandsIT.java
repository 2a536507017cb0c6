package closebatch;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import closebatch.report.SummaryJson;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

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
	void theFirstCommandImportsTheSampleIntoTheEmbeddedSandbox() throws Exception {
		String command = topCommands().get(0);
		assertThat(command).isEqualTo("./closebatch run import-leads");

		Process process = new ProcessBuilder("bash", "-c", "exec " + command)
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

		assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
		assertThat(process.exitValue()).as(out).isEqualTo(3);
		assertThat(out).contains("NOTHING WAS SENT TO CLOSE")
			.contains("304 read")
			.contains("12 rejected")
			.containsPattern("Output: out/import-leads/\\d+");
		Matcher run = Pattern.compile("Output: (out/import-leads/\\d+)").matcher(out);
		assertThat(run.find()).isTrue();
		JsonNode summary = SummaryJson.read(Path.of(run.group(1), SummaryJson.FILE_NAME));
		assertThat(summary.path("rows_read").asLong()).isEqualTo(304);
		assertThat(summary.path("rows_rejected").asLong()).isEqualTo(12);
		assertThat(Files.readAllLines(Path.of(run.group(1), "rejects.csv"))).hasSize(13);
	}

	@Test
	void theSecondCommandIsTheOneCiRuns() throws Exception {
		String command = topCommands().get(1);

		assertThat(command).isEqualTo("mvn -B verify");
		assertThat(Files.readAllLines(Path.of(".ci", "run"))).contains(command);
	}

}
