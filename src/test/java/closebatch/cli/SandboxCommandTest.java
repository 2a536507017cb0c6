package closebatch.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import closebatch.sandbox.SandboxClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code closebatch sandbox} as a separate process: its first line, and acknowledged
 * writes that survive {@code kill -9}.
 */
class SandboxCommandTest {

	private static final String KEY = "api_cli_test";

	/** A running {@code closebatch sandbox} child process and the base URL it printed. */
	private record Child(Process process, URI baseUrl) {
	}

	private static Child start(String... arguments) throws Exception {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
						System.getProperty("java.class.path"), "closebatch.Main", "sandbox"));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		BufferedReader out = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		String first = out.readLine();
		assertThat(first).matches("Close sandbox listening on http://127\\.0\\.0\\.1:\\d+/api/v1/");
		return new Child(process, URI.create(first.substring("Close sandbox listening on ".length())));
	}

	@Test
	void printsTheBaseUrlFirstAndServesTheApiThere() throws Exception {
		Child child = start("--port", "0", "--api-key", KEY, "--rate-limit", "0");
		try {
			assertThat(SandboxClient.withKey(child.baseUrl(), KEY).get("me/").status()).isEqualTo(200);
		}
		finally {
			child.process().destroy();
			assertThat(child.process().waitFor(10, TimeUnit.SECONDS)).isTrue();
		}
	}

	@Test
	void acknowledgedWritesSurviveKillNine(@TempDir Path dir) throws Exception {
		String db = dir.resolve("sandbox.db").toString();
		Child first = start("--api-key", KEY, "--db", db, "--rate-limit", "0");
		List<String> acknowledged = new ArrayList<>();
		SandboxClient close = SandboxClient.withKey(first.baseUrl(), KEY);
		for (int i = 0; i < 50; i++) {
			acknowledged.add(close.post("lead/", Map.of("name", "Lead " + i)).ok().get("id").asString());
		}
		first.process().destroyForcibly().waitFor();

		Child second = start("--api-key", KEY, "--db", db);
		try {
			SandboxClient again = SandboxClient.withKey(second.baseUrl(), KEY);
			for (String id : acknowledged) {
				assertThat(again.get("lead/" + id + "/").status()).as(id).isEqualTo(200);
			}
		}
		finally {
			second.process().destroyForcibly().waitFor();
		}
	}

	@Test
	void printsHelpAndVersion() {
		java.io.StringWriter out = new java.io.StringWriter();
		java.io.PrintWriter err = new java.io.PrintWriter(new java.io.StringWriter());

		assertThat(ClosebatchCommand.execute(Map.of(), new java.io.PrintWriter(out), err, "--help")).isZero();
		assertThat(out.toString()).contains("sandbox");
		assertThat(ClosebatchCommand.execute(Map.of(), new java.io.PrintWriter(out), err, "--version")).isZero();
		assertThat(out.toString()).containsPattern("closebatch \\d+\\.\\d+\\.\\d+");
	}

}
