package closebatch.job;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import closebatch.config.ImportJob;
import closebatch.config.JobLoader;
import closebatch.load.ProgressListener;
import closebatch.report.RunSummary;
import closebatch.sandbox.SandboxExtension;
import closebatch.sandbox.http.FaultSettings;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #10's benchmark: a migration of 5,000 leads with 2 opportunities, 5 notes and 3
 * calls each, in one job of four steps, into a sandbox with 50 ms latency and a limit of
 * 20 requests/s per key and endpoint group. Prints the requests per object loaded (target
 * ≤ 1.05) and the wall time against the bound the limits set (target ≤ 1.15): the leads'
 * writes at the limit, then the busiest group of the object steps, which run at the same
 * time (notes and calls share {@code activity:write}, opportunities have their own
 * group).
 *
 * <p>
 * Run with {@code mvn -B -Pbenchmark test -Dtest=MigrationBenchmark}; at the size
 * the bound alone is some 37 minutes, so {@code -Dbenchmark.leads=300} gives the figures
 * in about two and a half.
 */
@Tag("benchmark")
class MigrationBenchmark {

	private static final int LEADS = Integer.getInteger("benchmark.leads", 5_000);

	private static final int LIMIT = 20;

	private static final int LATENCY_MS = 50;

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	@Test
	void migratesLeadsWithTheirObjectsAtTheRateLimits(@TempDir Path dir) throws IOException {
		Path job = generate(dir);
		sandbox.faults(new FaultSettings(LATENCY_MS, Map.of(), 0, 0, 30_000, null));
		sandbox.sandbox().rateLimiter().setPerKeyPerSecond(LIMIT);

		long start = System.nanoTime();
		RunResult result = new ImportRunner(Clock.systemUTC()).run((ImportJob) JobLoader.load(job),
				InProcessImport.options(dir),
				JobTarget.of(InProcessImport.client(sandbox.baseUrl(), Duration.ofSeconds(60))), ProgressListener.NONE);
		double seconds = (System.nanoTime() - start) / 1e9;

		assertThat(result.failure()).isNull();
		RunSummary summary = result.summary();
		assertThat(summary.leadsCreated()).isEqualTo(LEADS);
		long objects = LEADS + summary.objects().values().stream().mapToLong(RunSummary.RecordCounts::created).sum();
		assertThat(objects).isEqualTo(LEADS * 11L);
		JsonNode log = sandbox.sandbox().requests().toJson();
		long total = log.path("total").asLong();
		Map<String, Long> byGroup = new TreeMap<>();
		log.path("by_route")
			.properties()
			.forEach((route) -> byGroup.merge(group(route.getKey()), route.getValue().asLong(), Long::sum));
		double bound = (byGroup.getOrDefault("lead:write", 0L)
				+ Math.max(byGroup.getOrDefault("activity:write", 0L), byGroup.getOrDefault("opportunity:write", 0L)))
				/ (double) LIMIT;
		System.out.printf(
				"%nmigration of %,d leads with %,d opportunities, %,d notes and %,d calls at %d ms latency, "
						+ "%d requests/s per key and group%n",
				LEADS, 2 * LEADS, 5 * LEADS, 3 * LEADS, LATENCY_MS, LIMIT);
		System.out.printf("    %,d requests in %.1f s; per group: %s; 429s: %s%n", total, seconds, byGroup,
				log.path("by_status").path("429").asLong());
		System.out.printf("    requests per object: %,d / %,d = %.3f (target <= 1.05)%n", total, objects,
				(double) total / objects);
		System.out.printf("    time against the limits' bound (lead:write, then the busiest object group, %.1f s): "
				+ "%.3f (target <= 1.15)%n", bound, seconds / bound);
	}

	/** Writes the four files, their mappings and the job; returns the job file. */
	private static Path generate(Path dir) throws IOException {
		try (Writer companies = Files.newBufferedWriter(dir.resolve("companies.csv"));
				Writer deals = Files.newBufferedWriter(dir.resolve("deals.csv"));
				Writer notes = Files.newBufferedWriter(dir.resolve("notes.csv"));
				Writer calls = Files.newBufferedWriter(dir.resolve("calls.csv"))) {
			companies.write("Company ID,Company\n");
			deals.write("Deal ID,Company ID,Amount,Created\n");
			notes.write("Note ID,Company ID,Body,Created\n");
			calls.write("Call ID,Company ID,Direction,Seconds,Created\n");
			for (int lead = 1; lead <= LEADS; lead++) {
				companies.write("C" + lead + ",Company " + lead + "\n");
				for (int i = 1; i <= 2; i++) {
					deals.write("D" + lead + "-" + i + ",C" + lead + "," + (1000 * i + lead) + ".50,2023-0" + i
							+ "-01T10:00:00Z\n");
				}
				for (int i = 1; i <= 5; i++) {
					notes.write("N" + lead + "-" + i + ",C" + lead + ",Note " + i + " of company " + lead + ",2023-0"
							+ i + "-02T09:00:00Z\n");
				}
				for (int i = 1; i <= 3; i++) {
					calls.write("L" + lead + "-" + i + ",C" + lead + "," + ((i % 2 == 0) ? "inbound" : "outbound") + ","
							+ (30 * i) + ",2023-0" + i + "-03T15:00:00Z\n");
				}
			}
		}
		write(dir, "companies.yaml", "mode: upsert\nidentity: {key: [Company ID]}\nlead:\n  name: Company\n");
		String link = "mode: upsert\nidentity: {key: [%s]}\nlink:\n  lead: {namespace: companies, key: [Company ID]}\n";
		write(dir, "deals.yaml", String.format(link, "Deal ID")
				+ "opportunity:\n  value: {column: Amount, transforms: [{money: en-US}]}\n  date_created: Created\n");
		write(dir, "notes.yaml", String.format(link, "Note ID") + "note:\n  note: Body\n  date_created: Created\n");
		write(dir, "calls.yaml", String.format(link, "Call ID")
				+ "call:\n  direction: Direction\n  duration: Seconds\n  date_created: Created\n");
		StringBuilder job = new StringBuilder("type: import\nsteps:\n");
		for (String step : List.of("companies", "deals", "notes", "calls")) {
			job.append("  - name: ")
				.append(step)
				.append("\n    input: {path: ")
				.append(dir.resolve(step + ".csv"))
				.append("}\n    mapping: ")
				.append(dir.resolve(step + ".yaml"))
				.append('\n');
		}
		return write(dir, "migrate.yaml", job.toString());
	}

	private static Path write(Path dir, String name, String text) throws IOException {
		return Files.writeString(dir.resolve(name), text);
	}

	private static String group(String route) {
		String[] parts = route.split(" ", 2);
		String resource = parts[1].replaceAll("^/+", "").split("/")[0];
		return resource + ((parts[0].equals("GET") || route.contains("/data/search/")) ? ":read" : ":write");
	}

}
