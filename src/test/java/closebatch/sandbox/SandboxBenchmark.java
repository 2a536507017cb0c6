package closebatch.sandbox;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import closebatch.sandbox.http.Json;
import com.sun.management.OperatingSystemMXBean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Sandbox throughput with 8 concurrent clients on this machine: lead creates per second
 * (two nested contacts and five custom values each, durable in SQLite) and search pages
 * per second (200 leads a page, following cursors). Targets (issue #11): 2,000 creates/s
 * and 250 pages/s.
 *
 * <p>
 * Run with {@code mvn -B -Pbenchmark test -Dtest=SandboxBenchmark}; sizes with
 * {@code -Dbenchmark.leads=N}.
 */
@Tag("benchmark")
class SandboxBenchmark {

	private static final int CLIENTS = 8;

	private static final int LEADS = Integer.getInteger("benchmark.leads", 20_000);

	private static final String KEY = "api_benchmark";

	private static final OperatingSystemMXBean PROCESS = (OperatingSystemMXBean) ManagementFactory
		.getOperatingSystemMXBean();

	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@Test
	void measuresCreatesAndSearchPagesPerSecond(@TempDir Path dir) throws Exception {
		SandboxSettings settings = SandboxSettings.defaults()
			.withDatabase(dir.resolve("benchmark.db"))
			.withApiKeys(List.of(KEY))
			.withRateLimitPerKey(0);
		try (Sandbox sandbox = Sandbox.start(settings)) {
			SandboxClient close = SandboxClient.withKey(sandbox.baseUrl(), KEY);
			List<String> fields = new ArrayList<>();
			for (String type : List.of("text", "number", "date", "text", "text")) {
				fields.add(close.post("custom_field/lead/", Map.of("name", "Field " + fields.size(), "type", type))
					.ok()
					.get("id")
					.asString());
			}
			warmUp(sandbox.baseUrl(), fields);
			long createStart = System.nanoTime();
			long serverCpuStart = serverCpuNanos();
			long processCpuStart = PROCESS.getProcessCpuTime();
			AtomicInteger next = new AtomicInteger();
			runConcurrently(() -> {
				for (int i = next.getAndIncrement(); i < LEADS; i = next.getAndIncrement()) {
					send(sandbox.baseUrl().resolve("lead/"), leadBody(i, fields));
				}
			});
			double createSeconds = (System.nanoTime() - createStart) / 1e9;
			double serverCpuMicros = (serverCpuNanos() - serverCpuStart) / 1e3;
			double processCpuMicros = (PROCESS.getProcessCpuTime() - processCpuStart) / 1e3;
			System.out.printf("%nSandbox benchmark (%d clients, %d cores)%n", CLIENTS,
					Runtime.getRuntime().availableProcessors());
			System.out.printf("  lead creates (2 contacts, 5 custom values): %d in %.1f s = %.0f/s (target 2000/s)%n",
					LEADS, createSeconds, LEADS / createSeconds);
			System.out.printf("  sandbox threads' CPU per create: %.0f µs (%.0f creates/s per core)%n",
					serverCpuMicros / LEADS, LEADS / serverCpuMicros * 1e6);
			System.out.printf("  this JVM's CPU per create (clients, JIT and GC too): %.0f µs%n",
					processCpuMicros / LEADS);

			AtomicInteger pages = new AtomicInteger();
			long searchStart = System.nanoTime();
			runConcurrently(() -> pages.addAndGet(searchAllLeads(sandbox.baseUrl())));
			double searchSeconds = (System.nanoTime() - searchStart) / 1e9;

			System.out.printf("  search pages of 200 leads: %d in %.1f s = %.0f/s (target 250/s)%n", pages.get(),
					searchSeconds, pages.get() / searchSeconds);
		}
	}

	/**
	 * CPU time of the sandbox's own threads (HTTP handlers, dispatcher, journal): the
	 * clients run in this JVM on the same cores, and this separates the server's share.
	 */
	private static long serverCpuNanos() {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long nanos = 0;
		for (Thread thread : Thread.getAllStackTraces().keySet()) {
			if (thread.getName().startsWith("sandbox-") || thread.getName().equals("HTTP-Dispatcher")) {
				nanos += Math.max(0, threads.getThreadCpuTime(thread.getId()));
			}
		}
		return nanos;
	}

	private static void warmUp(URI baseUrl, List<String> fields) throws Exception {
		for (int i = 0; i < 500; i++) {
			send(baseUrl.resolve("lead/"), leadBody(-i, fields));
		}
		HttpRequest reset = HttpRequest.newBuilder(baseUrl.resolve("/_sandbox/requests/")).DELETE().build();
		HTTP.send(reset, HttpResponse.BodyHandlers.discarding());
	}

	private static String leadBody(int i, List<String> fields) {
		Map<String, Object> lead = new LinkedHashMap<>();
		lead.put("name", "Company " + i);
		lead.put("url", "https://company" + i + ".test");
		lead.put("contacts", List.of(
				Map.of("name", "Ann " + i, "title", "CEO", "emails", List.of(Map.of("email", "ann" + i + "@c.test")),
						"phones", List.of(Map.of("phone", "+1415555" + String.format("%04d", Math.abs(i) % 10_000)))),
				Map.of("name", "Bob " + i, "emails", List.of(Map.of("email", "bob" + i + "@c.test")))));
		lead.put("addresses", List.of(Map.of("city", "Springfield", "country", "US")));
		lead.put("custom." + fields.get(0), "Segment " + (i % 7));
		lead.put("custom." + fields.get(1), i);
		lead.put("custom." + fields.get(2), "2024-01-" + String.format("%02d", 1 + Math.abs(i) % 28));
		lead.put("custom." + fields.get(3), "x");
		lead.put("custom." + fields.get(4), "y");
		return Json.MAPPER.writeValueAsString(lead);
	}

	/**
	 * Pages through every lead with {@code /data/search/}, 200 a page; returns the number
	 * of pages.
	 */
	private static int searchAllLeads(URI baseUrl) throws Exception {
		int pages = 0;
		String cursor = null;
		do {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("query",
					Map.of("type", "and", "queries", List.of(Map.of("type", "object_type", "object_type", "lead"))));
			body.put("_limit", 200);
			body.put("_fields", Map.of("lead", List.of("id", "name", "date_created")));
			if (cursor != null) {
				body.put("cursor", cursor);
			}
			JsonNode page = Json.parse(send(baseUrl.resolve("data/search/"), Json.MAPPER.writeValueAsString(body)));
			pages++;
			cursor = page.path("cursor").isString() ? page.get("cursor").asString() : null;
		}
		while (cursor != null);
		return pages;
	}

	private static byte[] send(URI uri, String json) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", "Bearer " + KEY)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
		HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(
					uri + " answered " + response.statusCode() + ": " + new String(response.body()));
		}
		return response.body();
	}

	private interface Work {

		void run() throws Exception;

	}

	private static void runConcurrently(Work work) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int i = 0; i < CLIENTS; i++) {
				futures.add(pool.submit(() -> {
					work.run();
					return null;
				}));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

}
