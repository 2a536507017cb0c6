package closebatch.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import closebatch.sandbox.Sandbox;
import closebatch.sandbox.SandboxSettings;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export throughput and memory: 20,000 and 100,000 leads (two contacts, five custom
 * fields each) exported from the sandbox to CSV and to XLSX, each by a child JVM whose
 * peak RSS ({@code VmHWM}) it reports. The child's heap is bounded as
 * {@code CLOSEBATCH_JAVA_OPTS} would bound it (default {@code -Xmx128m
 * -XX:+UseSerialGC}): the JVM otherwise grows its heap with the allocation rate, which
 * says nothing about what an export keeps.
 *
 * <p>
 * Run with {@code mvn -B -Pbenchmark test -Dtest=ExportBenchmark}; sizes with
 * {@code -Dbenchmark.sizes=20000,100000}, JVM options with
 * {@code -Dbenchmark.jvm="-Xmx128m -XX:+UseSerialGC"}.
 */
@Tag("benchmark")
class ExportBenchmark {

	private static final Pattern RESULT = Pattern.compile("ROWS (\\d+) SECONDS ([\\d.]+) VmHWM:\\s+(\\d+) kB");

	private static final String KEY = "api_benchmark";

	@TempDir
	Path dir;

	@Test
	void measuresRowsPerSecondAndPeakRssForCsvAndXlsx() throws Exception {
		List<Integer> sizes = List.of(System.getProperty("benchmark.sizes", "20000,100000").split(","))
			.stream()
			.map(String::trim)
			.map(Integer::valueOf)
			.toList();
		String[] jvm = System.getProperty("benchmark.jvm", "-Xmx128m -XX:+UseSerialGC").trim().split("\\s+");
		StringBuilder report = new StringBuilder(String.format("%nExport benchmark (%d cores, child JVM %s)%n",
				Runtime.getRuntime().availableProcessors(), String.join(" ", jvm)));
		for (int size : sizes) {
			Path runDir = Files.createDirectories(this.dir.resolve("n" + size));
			SandboxSettings settings = SandboxSettings.defaults()
				.withDatabase(runDir.resolve("sandbox.db"))
				.withApiKeys(List.of(KEY))
				.withRateLimitPerKey(0)
				.withSearchLimits(Duration.ofSeconds(30), 10_000);
			try (Sandbox sandbox = Sandbox.start(settings)) {
				SeededLeads.seed(sandbox, size, 1);
				for (String output : List.of("leads.csv", "leads.xlsx")) {
					Path log = runDir.resolve(output + ".log");
					Process child = ExportChild.start(runDir.resolve(output + ".state.db"), sandbox.baseUrl(), KEY,
							runDir, output, log, jvm);
					assertThat(child.waitFor(30, TimeUnit.MINUTES)).isTrue();
					String text = Files.readString(log);
					Matcher result = RESULT.matcher(text);
					assertThat(result.find()).as(text).isTrue();
					long rows = Long.parseLong(result.group(1));
					double seconds = Double.parseDouble(result.group(2));
					long rssKb = Long.parseLong(result.group(3));
					assertThat(rows).isEqualTo(size);
					report.append(String.format(
							"  %,7d leads -> %-10s %,9.0f rows/s  %6.1f s  peak RSS %4d MB  %,d bytes%n", size, output,
							rows / seconds, seconds, rssKb / 1024, Files.size(runDir.resolve(output))));
				}
			}
		}
		System.out.println(report);
	}

}
