package closebatch.job;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import closebatch.checkpoint.RunPlanner.RestartMode;
import closebatch.close.ApiKey;
import closebatch.close.CloseClient;
import closebatch.close.CloseTarget;
import closebatch.sandbox.SandboxExtension;
import closebatch.sandbox.http.FaultSettings;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #12's load figures, printed in one run, each as a ratio to its target: an import
 * of 3,000 leads with about three contacts each, with the job's default settings, into a
 * sandbox with 100 ms latency and 60 requests/s per key and endpoint group (the
 * organization at three keys' worth):
 * <ul>
 * <li>with one key: requests/s of the busiest group ÷ its limit (target ≥ 0.95), and 429s
 * (≤ 1% of requests);</li>
 * <li>the same with 2% of answers held past the client's timeout (≥ 0.8);</li>
 * <li>with three keys: their rate ÷ one key's (≥ 2.8).</li>
 * </ul>
 * The time is the whole run's, from the first request (the target's schema) to the last.
 *
 * <p>
 * Run with {@code mvn -B -Pbenchmark test -Dtest=LoadBenchmark}; sizes with
 * {@code -Dbenchmark.leadRows} (rows; about three per lead);
 * {@code -Dbenchmark.trace=true} prints the requests of each second.
 */
@Tag("benchmark")
class LoadBenchmark {

	private static final int ROWS = Integer.getInteger("benchmark.leadRows", 9_000);

	private static final int LIMIT = 60;

	private static final int LATENCY_MS = 100;

	private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(2);

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	@Test
	void loadsAtTheRateLimitFromTheDefaultSettings(@TempDir Path dir) {
		sandbox.sandbox().rateLimiter().setPerKeyPerSecond(LIMIT);
		List<String> lines = new ArrayList<>();
		// The JVM's first run of every path (class loading, compilation) is not the
		// load's.
		importWith(dir.resolve("warm-up"), 1, 0, 600);

		Figures oneKey = importWith(dir.resolve("one-key"), 1, 0, ROWS);
		lines.add(String.format(
				"one key:                  %s; ÷ limit = %.3f (target >= 0.95: %.2f of it); "
						+ "429s %.2f%% (target <= 1%%)",
				oneKey, oneKey.ofLimit(1), oneKey.ofLimit(1) / 0.95, oneKey.throttledPercent()));
		Figures slow = importWith(dir.resolve("slow"), 1, 0.02, ROWS);
		lines.add(String.format("one key, 2%% held > %d s: %s; ÷ limit = %.3f (target >= 0.8: %.2f of it)",
				CLIENT_TIMEOUT.toSeconds(), slow, slow.ofLimit(1), slow.ofLimit(1) / 0.8));
		Figures threeKeys = importWith(dir.resolve("three-keys"), 3, 0, ROWS);
		double ratio = threeKeys.rate() / oneKey.rate();
		lines.add(String.format(
				"three keys:               %s; ÷ one key = %.2f (target >= 2.8: %.2f of it); " + "429s %.2f%%",
				threeKeys, ratio, ratio / 2.8, threeKeys.throttledPercent()));

		System.out.printf(
				"%nImport of %,d rows (%,d leads), default job settings, %d ms latency, %d requests/s per "
						+ "key and group, client timeout %d s%n",
				ROWS, oneKey.leads(), LATENCY_MS, LIMIT, CLIENT_TIMEOUT.toSeconds());
		lines.forEach((line) -> System.out.println("  " + line));
	}

	/** Imports the generated file into an emptied sandbox and measures the run. */
	private static Figures importWith(Path dir, int keys, double slowRate, int rows) {
		sandbox.client().post("/_sandbox/reset/", Map.of()).ok();
		List<ApiKey> apiKeys = new ArrayList<>(List.of(ApiKey.of(SandboxExtension.API_KEY)));
		for (int i = 1; i < keys; i++) {
			apiKeys
				.add(ApiKey.of(sandbox.client().post("/_sandbox/api_keys/", Map.of()).ok().get("api_key").asString()));
		}
		sandbox.faults(
				new FaultSettings(LATENCY_MS, Map.of(), 0, slowRate, CLIENT_TIMEOUT.plusMillis(500).toMillis(), 12L));
		sandbox.sandbox().requests().clear();
		GeneratedImport generated = GeneratedImport.csv(dir, rows, 7);
		CloseClient client = CloseClient
			.builder(CloseTarget.of(sandbox.baseUrl().toString()).withTimeouts(Duration.ofSeconds(5), CLIENT_TIMEOUT),
					apiKeys)
			.build();

		ScheduledExecutorService tracer = Executors.newSingleThreadScheduledExecutor();
		List<String> trace = new ArrayList<>();
		if (Boolean.getBoolean("benchmark.trace")) {
			long[] last = { 0, 0 };
			tracer.scheduleAtFixedRate(() -> {
				JsonNode now = sandbox.sandbox().requests().toJson();
				long total = now.path("total").asLong();
				long throttled = now.path("by_status").path("429").asLong();
				trace.add((total - last[0]) + "/" + (throttled - last[1]));
				last[0] = total;
				last[1] = throttled;
			}, 1, 1, TimeUnit.SECONDS);
		}
		long start = System.nanoTime();
		RunResult result = InProcessImport.run(generated, client, RestartMode.RESUME);
		double seconds = (System.nanoTime() - start) / 1e9;
		tracer.shutdownNow();
		if (!trace.isEmpty()) {
			System.out.println("TRACE requests/429s each second: " + String.join(" ", trace));
		}

		assertThat(result.decision().code()).as(result.failure()).isZero();
		generated.assertLoadedExactlyOnce(sandbox.sandbox().store());
		JsonNode log = sandbox.sandbox().requests().toJson();
		Map<String, Long> byGroup = new TreeMap<>();
		log.path("by_route")
			.properties()
			.forEach((route) -> byGroup.merge(group(route.getKey()), route.getValue().asLong(), Long::sum));
		Map.Entry<String, Long> busiest = byGroup.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
		return new Figures(generated.companies(), busiest.getKey(), busiest.getValue(), seconds,
				log.path("total").asLong(), log.path("by_status").path("429").asLong());
	}

	/** The endpoint group of a {@code METHOD /route/}: its resource, read or write. */
	private static String group(String route) {
		String[] parts = route.split(" ", 2);
		String resource = parts[1].replaceAll("^/+", "").split("/")[0];
		return resource + (parts[0].equals("GET") ? ":read" : ":write");
	}

	private record Figures(int leads, String busiestGroup, long busiestRequests, double seconds, long requests,
			long throttled) {

		double rate() {
			return this.busiestRequests / this.seconds;
		}

		double ofLimit(int keys) {
			return rate() / (LIMIT * keys);
		}

		double throttledPercent() {
			return 100.0 * this.throttled / this.requests;
		}

		@Override
		public String toString() {
			return String.format("%,d %s requests in %.1f s = %.1f/s, %,d requests in all", this.busiestRequests,
					this.busiestGroup, this.seconds, rate(), this.requests);
		}

	}

}
