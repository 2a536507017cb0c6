package closebatch.export;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

	@TempDir
	Path dir;

	@Test
	void measuresRowsPerSecondAndPeakRssForCsvAndXlsx() throws Exception {
		List<Integer> sizes = List.of(System.getProperty("benchmark.sizes", "20000,100000").split(","))
			.stream()
			.map(String::trim)
			.map(Integer::valueOf)
			.toList();
		List<String> jvm = List
			.of(System.getProperty("benchmark.jvm", "-Xmx128m -XX:+UseSerialGC").trim().split("\\s+"));
		StringBuilder report = new StringBuilder(String.format("%nExport benchmark (%d cores, child JVM %s)%n",
				Runtime.getRuntime().availableProcessors(), String.join(" ", jvm)));
		for (int size : sizes) {
			for (ExportMeasurement.Export export : ExportMeasurement.run(this.dir.resolve("n" + size), size,
					List.of("leads.csv", "leads.xlsx"), jvm)) {
				report.append(String.format(
						"  %,7d leads -> %-10s %,9.0f rows/s  %6.1f s  peak RSS %4d MB  %,d bytes%n", size,
						export.output(), export.rowsPerSecond(), export.seconds(), export.peakRssMb(), export.bytes()));
			}
		}
		System.out.println(report);
	}

}
