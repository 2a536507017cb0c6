package closebatch.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import closebatch.sandbox.Sandbox;
import closebatch.sandbox.SandboxSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exports of leads seeded into a sandbox (two contacts, five custom fields each), each
 * run by a child JVM with given options that reports the rows it wrote, the seconds the
 * job took and its own peak RSS ({@code VmHWM}): what the export benchmarks measure.
 */
public final class ExportMeasurement {

	private static final Pattern RESULT = Pattern.compile("ROWS (\\d+) SECONDS ([\\d.]+) VmHWM:\\s+(\\d+) kB");

	private static final String KEY = "api_benchmark";

	private ExportMeasurement() {
	}

	/**
	 * Seeds {@code leads} leads in a fresh sandbox and exports them to each output.
	 * @param dir a folder for the sandbox, the state files and the outputs
	 * @param outputs file names, whose extension says the format ({@code leads.csv})
	 * @param jvm the child JVM's options
	 * @return one export per output, in order
	 */
	public static List<Export> run(Path dir, int leads, List<String> outputs, List<String> jvm) throws Exception {
		Files.createDirectories(dir);
		SandboxSettings settings = SandboxSettings.defaults()
			.withDatabase(dir.resolve("sandbox.db"))
			.withApiKeys(List.of(KEY))
			.withRateLimitPerKey(0)
			.withSearchLimits(Duration.ofSeconds(30), 10_000);
		List<Export> exports = new ArrayList<>();
		try (Sandbox sandbox = Sandbox.start(settings)) {
			SeededLeads.seed(sandbox, leads, 1);
			for (String output : outputs) {
				Path log = dir.resolve(output + ".log");
				Process child = ExportChild.start(dir.resolve(output + ".state.db"), sandbox.baseUrl(), KEY, dir,
						output, log, jvm.toArray(String[]::new));
				assertThat(child.waitFor(30, TimeUnit.MINUTES)).isTrue();
				String text = Files.readString(log);
				Matcher result = RESULT.matcher(text);
				assertThat(result.find()).as(text).isTrue();
				Export export = new Export(output, Long.parseLong(result.group(1)), Double.parseDouble(result.group(2)),
						Long.parseLong(result.group(3)) / 1024, Files.size(dir.resolve(output)));
				assertThat(export.rows()).as("rows exported to %s", output).isEqualTo(leads);
				exports.add(export);
			}
		}
		return exports;
	}

	/**
	 * One export as its child JVM reported it.
	 *
	 * @param output the file written
	 * @param rows the rows written
	 * @param seconds how long the job took
	 * @param peakRssMb the child's peak RSS
	 * @param bytes the file's size
	 */
	public record Export(String output, long rows, double seconds, long peakRssMb, long bytes) {

		public double rowsPerSecond() {
			return this.rows / this.seconds;
		}

	}

}
