package closebatch.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import closebatch.sandbox.SandboxClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

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

	/**
	 * Writes are committed in groups, each all or nothing per write: killed while eight
	 * clients create leads with two contacts, the sandbox restarts with every
	 * acknowledged lead and no lead missing a contact.
	 */
	@Test
	void killedWhileWritingConcurrentlyLeavesEveryLeadWhole(@TempDir Path dir) throws Exception {
		String db = dir.resolve("sandbox.db").toString();
		Child first = start("--api-key", KEY, "--db", db, "--rate-limit", "0");
		SandboxClient close = SandboxClient.withKey(first.baseUrl(), KEY);
		Map<String, Object> lead = Map.of("name", "Whole", "contacts",
				List.of(Map.of("name", "Ann"), Map.of("name", "Bob")));
		List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
		ExecutorService clients = Executors.newFixedThreadPool(8);
		List<Future<?>> writing = new ArrayList<>();
		for (int client = 0; client < 8; client++) {
			writing.add(clients.submit(() -> {
				try {
					while (true) {
						acknowledged.add(close.post("lead/", lead).ok().get("id").asString());
					}
				}
				catch (UncheckedIOException killed) {
					return null;
				}
			}));
		}
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (acknowledged.size() < 300 && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		first.process().destroyForcibly().waitFor();
		for (Future<?> client : writing) {
			client.get(40, TimeUnit.SECONDS);
		}
		clients.shutdown();
		assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(300);

		Child second = start("--api-key", KEY, "--db", db);
		try {
			SandboxClient again = SandboxClient.withKey(second.baseUrl(), KEY);
			List<String> stored = new ArrayList<>();
			JsonNode page;
			do {
				page = again.get("lead/?_limit=200&_skip=" + stored.size()).ok();
				for (JsonNode storedLead : page.get("data")) {
					assertThat(storedLead.get("contacts")).as(storedLead.get("id").asString()).hasSize(2);
					stored.add(storedLead.get("id").asString());
				}
			}
			while (page.get("has_more").asBoolean());
			assertThat(stored).containsAll(acknowledged);
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
