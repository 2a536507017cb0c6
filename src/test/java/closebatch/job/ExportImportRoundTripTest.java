package closebatch.job;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import closebatch.checkpoint.RunPlanner.RestartMode;
import closebatch.close.ApiKey;
import closebatch.close.CloseClient;
import closebatch.close.CloseTarget;
import closebatch.config.ExportJob;
import closebatch.config.ImportJob;
import closebatch.config.JobLoader;
import closebatch.load.ProgressListener;
import closebatch.report.RejectThreshold;
import closebatch.report.RunStatus;
import closebatch.sandbox.Sandbox;
import closebatch.sandbox.SandboxExtension;
import closebatch.sandbox.SandboxSettings;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The round trip of issue #4: the sample imported into one sandbox, exported, imported
 * with the mapping the export wrote into a fresh sandbox, and exported again, gives the
 * same data apart from ids and timestamps.
 */
class ExportImportRoundTripTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	@TempDir
	Path folder;

	@Test
	void anExportImportedWithItsOwnMappingExportsTheSameDataAgain() throws Exception {
		JobTarget first = target(sandbox.baseUrl().toString(), SandboxExtension.API_KEY);
		assertThat(importFile(first, Path.of("samples/leads.csv").toAbsolutePath(),
				Path.of("mappings/leads.yaml").toAbsolutePath(), "first")
			.status()).isEqualTo(RunStatus.COMPLETED);
		ExportResult exported = export(first, "first");
		assertThat(exported.summary().rowsWritten()).isEqualTo(100);
		assertThat(exported.summary().truncatedObjects()).isZero();

		try (Sandbox fresh = Sandbox.start(SandboxSettings.defaults().withApiKeys(List.of("api_fresh_sandbox")))) {
			JobTarget second = target(fresh.baseUrl().toString(), "api_fresh_sandbox");
			var imported = importFile(second, exported.summary().outputFile(), exported.summary().mappingFile(),
					"second");
			assertThat(imported.status()).isEqualTo(RunStatus.COMPLETED);
			assertThat(imported.rows().rejected()).isZero();
			ExportResult again = export(second, "second");

			assertThat(withoutIdsAndTimes(again.summary().outputFile()))
				.isEqualTo(withoutIdsAndTimes(exported.summary().outputFile()));
		}
	}

	private closebatch.report.RunSummary importFile(JobTarget target, Path input, Path mapping, String name)
			throws Exception {
		Path jobFile = this.folder.resolve("import-" + name + ".yaml");
		Files.writeString(jobFile, "type: import\ninput:\n  path: " + input + "\nmapping: " + mapping + "\n");
		ImportJob job = (ImportJob) JobLoader.load(jobFile);
		return new ImportRunner(Clock.systemUTC()).run(job, options(name), target, ProgressListener.NONE).summary();
	}

	private ExportResult export(JobTarget target, String name) throws Exception {
		Path jobFile = this.folder.resolve("export-" + name + ".yaml");
		Files.writeString(jobFile, Files.readString(Path.of("jobs/export-leads.yaml"))
			.replace("path: out/leads.csv", "path: " + this.folder.resolve(name + "/leads.csv")));
		ExportJob job = (ExportJob) JobLoader.load(jobFile);
		ExportResult result = new ExportRunner(Clock.systemUTC()).run(job, options(name), target);
		assertThat(result.summary().status()).as(result.report().failure()).isEqualTo(RunStatus.COMPLETED);
		return result;
	}

	private RunOptions options(String name) {
		return new RunOptions(this.folder.resolve(name + "-state.db"), RestartMode.RESUME, this.folder.resolve("out"),
				RejectThreshold.NONE, "test");
	}

	private static JobTarget target(String baseUrl, String key) {
		return JobTarget.of(CloseClient.builder(CloseTarget.of(baseUrl), List.of(ApiKey.of(key))).build());
	}

	/** The file's rows as column maps, without ids and timestamps, in name order. */
	private static List<Map<String, String>> withoutIdsAndTimes(Path csv) throws Exception {
		List<Map<String, String>> rows = new ArrayList<>();
		try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
			for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
				Map<String, String> row = new LinkedHashMap<>(record.toMap());
				row.keySet()
					.removeIf((column) -> column.equals("id") || column.endsWith("_id") || column.startsWith("date_")
							|| column.equals("\uFEFFid"));
				rows.add(row);
			}
		}
		rows.sort(Comparator.comparing((Map<String, String> row) -> row.get("name")));
		return rows;
	}

}
