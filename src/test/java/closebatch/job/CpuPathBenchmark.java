package closebatch.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import closebatch.export.ExportMeasurement;
import closebatch.report.SummaryJson;
import closebatch.sandbox.SandboxExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #12's CPU-path figures, each printed as a ratio to its target, every child JVM
 * run with the launcher's default options ({@code src/main/launcher/jvm.options}): (a)
 * {@code validate} over 1,000,000 CSV rows shaped like {@code samples/leads.csv}, with
 * phones in mixed national formats ({@link GeneratedLeads}): rows/s ÷ 100,000 (≥ 1) and
 * peak RSS ÷ 256 MB (≤ 1); (b) the same data, 200,000 rows, as an XLSX workbook with a
 * shared-strings table: rows/s ÷ 50,000 (≥ 1) and peak RSS ÷ 400 MB (≤ 1); (c) an export
 * of 100,000 leads to CSV: peak RSS ÷ 256 MB (≤ 1) and its rows/s ÷ the rows/s of 20,000
 * leads (≥ 0.85).
 *
 * <p>
 * Run with {@code mvn -B -Pbenchmark test -Dtest=CpuPathBenchmark}; one part with
 * {@code -Dtest='CpuPathBenchmark#validatesAMillionRowCsv'}. Sizes:
 * {@code -Dbenchmark.csvRows}, {@code -Dbenchmark.xlsxRows},
 * {@code -Dbenchmark.exportSizes=20000,100000}. Other engineers' work may share the
 * cores: each part prints the load average before and after it.
 */
@Tag("benchmark")
class CpuPathBenchmark {

	private static final int CSV_ROWS = Integer.getInteger("benchmark.csvRows", 1_000_000);

	private static final int XLSX_ROWS = Integer.getInteger("benchmark.xlsxRows", 200_000);

	private static final String EXPORT_SIZES = System.getProperty("benchmark.exportSizes", "20000,100000");

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	@Test
	void validatesAMillionRowCsv(@TempDir Path dir) throws Exception {
		Path job = GeneratedLeads.csv(dir, CSV_ROWS, 7);
		validate("(a) validate, CSV", job, dir, CSV_ROWS, 100_000, 256);
	}

	@Test
	void validatesATwoHundredThousandRowXlsxWithSharedStrings(@TempDir Path dir) throws Exception {
		Path job = GeneratedLeads.xlsx(dir, XLSX_ROWS, 7);
		validate("(b) validate, XLSX with shared strings", job, dir, XLSX_ROWS, 50_000, 400);
	}

	@Test
	void exportsAHundredThousandLeadsInBoundedMemory(@TempDir Path dir) throws Exception {
		List<Integer> sizes = List.of(EXPORT_SIZES.split(","))
			.stream()
			.map(String::trim)
			.map(Integer::valueOf)
			.toList();
		String load = loadAverage();
		List<ExportMeasurement.Export> exports = sizes.stream().map((size) -> {
			try {
				return ExportMeasurement
					.run(dir.resolve("n" + size), size, List.of("leads.csv"), LauncherOptions.defaults())
					.get(0);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
		System.out.printf("%n(c) export to CSV, child JVM %s, load average %s -> %s%n", LauncherOptions.defaults(),
				load, loadAverage());
		for (int i = 0; i < sizes.size(); i++) {
			ExportMeasurement.Export export = exports.get(i);
			System.out.printf("    %,7d leads: %,.0f rows/s in %.1f s; peak RSS %d MB / 256 MB = %.2f (target <= 1)%n",
					sizes.get(i), export.rowsPerSecond(), export.seconds(), export.peakRssMb(),
					export.peakRssMb() / 256.0);
		}
		ExportMeasurement.Export largest = exports.get(exports.size() - 1);
		System.out.printf("    rows/s of %,d leads / rows/s of %,d leads = %.2f (target >= 0.85)%n",
				sizes.get(sizes.size() - 1), sizes.get(0), largest.rowsPerSecond() / exports.get(0).rowsPerSecond());
	}

	private static void validate(String title, Path job, Path dir, int rows, int targetRowsPerSecond, int rssBoundMb)
			throws Exception {
		List<String> options = LauncherOptions.defaults();
		Path log = dir.resolve("validate.log");
		String load = loadAverage();
		long start = System.nanoTime();
		Process child = ChildImport.start(dir, sandbox.baseUrl(), SandboxExtension.API_KEY, options, log, "validate",
				job.toString(), "--out", dir.resolve("out").toString());
		long peakMb = PeakRss.untilExit(child);
		double wall = (System.nanoTime() - start) / 1e9;
		assertThat(child.exitValue()).as(Files.readString(log)).isIn(0, 3);
		JsonNode summary = summary(dir.resolve("out").resolve(GeneratedLeads.JOB_NAME));
		assertThat(summary.path("rows_read").asLong()).isEqualTo(rows);
		double seconds = summary.path("elapsed_ms").asLong() / 1000.0;
		System.out.printf("%n%s: %,d rows (%,d rejected on purpose), child JVM %s, load average %s -> %s%n", title,
				rows, summary.path("rows_rejected").asLong(), options, load, loadAverage());
		System.out.printf("    run (summary elapsed_ms) %.1f s = %,.0f rows/s / %,d = %.2f (target >= 1)%n", seconds,
				rows / seconds, targetRowsPerSecond, rows / seconds / targetRowsPerSecond);
		System.out.printf("    process (JVM start to exit) %.1f s = %,.0f rows/s%n", wall, rows / wall);
		System.out.printf("    peak RSS %d MB / %d MB = %.2f (target <= 1)%n", peakMb, rssBoundMb,
				(double) peakMb / rssBoundMb);
	}

	private static JsonNode summary(Path jobFolder) throws IOException {
		try (var folders = Files.list(jobFolder)) {
			Path run = folders.filter(Files::isDirectory).findFirst().orElseThrow();
			return JsonMapper.builder().build().readTree(run.resolve(SummaryJson.FILE_NAME).toFile());
		}
	}

	private static String loadAverage() throws IOException {
		String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
		return fields[0] + " " + fields[1] + " " + fields[2];
	}

}
