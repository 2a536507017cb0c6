package closebatch.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import closebatch.checkpoint.RunPlanner.RestartMode;
import closebatch.config.ExportJob;
import closebatch.config.ImportJob;
import closebatch.config.JobLoader;
import closebatch.load.ProgressListener;
import closebatch.report.RejectThreshold;
import closebatch.report.RunStatus;
import closebatch.report.RunSummary;
import closebatch.sandbox.SandboxExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list export of one object type of the sample migration ({@code list: opportunity},
 * {@code activity/custom}, ...) writes a mapping beside its file that links each object
 * to its lead by Close lead id; imported with it into the organization it came from, the
 * file finds every object and changes nothing.
 */
class ObjectListExportTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	@TempDir
	Path folder;

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "opportunity, 15", "task, 10", "activity/note, 25", "activity/call, 15", "activity/custom, 8" })
	void anObjectExportImportsBackIntoItsOrganizationByLeadIdChangingNothing(String endpoint, long objects)
			throws Exception {
		ImportJob migration = (ImportJob) JobLoader.load(Path.of("jobs/migrate-crm.yaml"));
		assertThat(new ImportRunner(Clock.systemUTC())
			.run(migration, options("migration"), InProcessImport.target(sandbox.baseUrl()), ProgressListener.NONE)
			.failure()).isNull();
		Path exported = this.folder.resolve("objects.csv");
		Path exportJob = this.folder.resolve("export-objects.yaml");
		Files.writeString(exportJob,
				"type: export\nlist: " + endpoint + "\noutput:\n  path: " + exported.toString() + "\n");

		ExportResult export = new ExportRunner(Clock.systemUTC()).run((ExportJob) JobLoader.load(exportJob),
				options("export"), InProcessImport.target(sandbox.baseUrl()));

		assertThat(export.summary().status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(export.summary().objectsWritten()).isEqualTo(objects);
		assertThat(export.summary().mappingFile()).isEqualTo(this.folder.resolve("objects.csv.mapping.yaml"));
		assertThat(Files.readString(export.summary().mappingFile())).contains("id: lead_id");
		sandbox.sandbox().requests().clear();
		Path importJob = this.folder.resolve("import-objects.yaml");
		Files.writeString(importJob,
				"type: import\ninput: {path: " + exported + "}\nmapping: " + export.summary().mappingFile() + "\n");
		RunSummary imported = new ImportRunner(Clock.systemUTC())
			.run((ImportJob) JobLoader.load(importJob), options("import"), InProcessImport.target(sandbox.baseUrl()),
					ProgressListener.NONE)
			.summary();
		assertThat(imported.rows().unchanged()).isEqualTo(objects);
		Map<String, Long> writes = InProcessImport.writeRequests(sandbox.sandbox().requests());
		writes.remove("POST /data/search/");
		assertThat(writes).as("writes besides searches").isEmpty();
	}

	private RunOptions options(String name) {
		return new RunOptions(this.folder.resolve(name + "-state.db"), RestartMode.RESUME,
				this.folder.resolve("out-" + name), RejectThreshold.NONE, "test");
	}

}
