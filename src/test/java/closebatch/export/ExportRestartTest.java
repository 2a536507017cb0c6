package closebatch.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import closebatch.checkpoint.CheckpointDatabase;
import closebatch.checkpoint.ExportPosition;
import closebatch.checkpoint.ExportProgress;
import closebatch.close.RetryPolicy;
import closebatch.config.ExportJob;
import closebatch.sandbox.SandboxExtension;
import closebatch.sandbox.http.FaultSettings;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An export that stops part way, because a request failed or the process was killed,
 * resumes from its last committed chunk and produces the same file as an export that ran
 * through.
 */
class ExportRestartTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	private static final RetryPolicy NO_RETRIES = new RetryPolicy(0, 0, Duration.ZERO, Duration.ZERO);

	@TempDir
	Path dir;

	private Path uninterrupted(String output) throws Exception {
		Path clean = Files.createDirectories(this.dir.resolve("clean"));
		JobExecution execution = ExportHarness.run(ExportChild.job(output),
				ExportHarness.client(sandbox.baseUrl(), SandboxExtension.API_KEY, ExportHarness.QUICK),
				clean.resolve("state.db"), clean, ExportChild.TUNING);
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		return clean.resolve(output);
	}

	@Test
	void resumesAfterAFailedRequestWithoutLosingOrRepeatingARow() throws Exception {
		SeededLeads.seed(sandbox.sandbox(), 1_000, 2);
		Path expected = uninterrupted("leads.csv");
		Path stateFile = this.dir.resolve("state.db");
		ExportJob job = ExportChild.job("leads.csv");
		sandbox.faults(new FaultSettings(0, Map.of(500, 0.25), 0, 0, 0, 7L));

		JobExecution failed = ExportHarness.run(job,
				ExportHarness.client(sandbox.baseUrl(), SandboxExtension.API_KEY, NO_RETRIES), stateFile, this.dir,
				ExportChild.TUNING);
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		ExportPosition saved = savedPosition(stateFile, failed);
		assertThat(saved.rowsWritten()).isBetween(1L, 999L);
		sandbox.faults(FaultSettings.none());

		JobExecution resumed = ExportHarness.run(job,
				ExportHarness.client(sandbox.baseUrl(), SandboxExtension.API_KEY, ExportHarness.QUICK), stateFile,
				this.dir, ExportChild.TUNING);

		assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(resumed.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
		assertThat(Files.readString(this.dir.resolve("leads.csv"))).isEqualTo(Files.readString(expected));
	}

	@Test
	void refusesToResumeIntoAnOutputFileThatWasReplaced() throws Exception {
		SeededLeads.seed(sandbox.sandbox(), 1_000, 2);
		Path stateFile = this.dir.resolve("state.db");
		ExportJob job = ExportChild.job("leads.csv");
		sandbox.faults(new FaultSettings(0, Map.of(500, 0.25), 0, 0, 0, 7L));
		JobExecution failed = ExportHarness.run(job,
				ExportHarness.client(sandbox.baseUrl(), SandboxExtension.API_KEY, NO_RETRIES), stateFile, this.dir,
				ExportChild.TUNING);
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		sandbox.faults(FaultSettings.none());
		Files.writeString(this.dir.resolve("leads.csv"), "id\n");

		JobExecution refused = ExportHarness.run(job,
				ExportHarness.client(sandbox.baseUrl(), SandboxExtension.API_KEY, ExportHarness.QUICK), stateFile,
				this.dir, ExportChild.TUNING);

		assertThat(refused.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(refused.getAllFailureExceptions())
			.anySatisfy((error) -> assertThat(error).isInstanceOf(OutputChangedException.class)
				.hasMessageContaining("the file was changed or replaced"));
	}

	@Test
	void aCsvExportKilledAtRandomMomentsEndsIdenticalToOneThatRanThrough() throws Exception {
		SeededLeads.seed(sandbox.sandbox(), 6_000, 2);
		Path expected = uninterrupted("leads.csv");

		killAndResume("leads.csv");

		assertThat(Files.readString(this.dir.resolve("leads.csv"))).isEqualTo(Files.readString(expected));
	}

	@Test
	void anXlsxExportKilledAtRandomMomentsEndsWithTheSameCells() throws Exception {
		SeededLeads.seed(sandbox.sandbox(), 2_000, 2);
		Path expected = uninterrupted("leads.xlsx");

		killAndResume("leads.xlsx");

		assertThat(cells(this.dir.resolve("leads.xlsx"))).isEqualTo(cells(expected));
	}

	/**
	 * Kills the export three times at random moments while it writes, then lets it run to
	 * the end.
	 */
	private void killAndResume(String output) throws Exception {
		Path stateFile = this.dir.resolve("state.db");
		Random random = new Random();
		for (int kill = 0; kill < 3; kill++) {
			Path log = this.dir.resolve("killed-" + kill + ".log");
			Process child = ExportChild.start(stateFile, sandbox.baseUrl(), SandboxExtension.API_KEY, this.dir, output,
					log);
			Thread.sleep(300 + random.nextInt(900));
			ExportChild.kill(child);
			assertThat(Files.readString(log)).as("killed while it ran").doesNotContain("COMPLETED");
		}
		Path log = this.dir.resolve("last.log");
		Process last = ExportChild.start(stateFile, sandbox.baseUrl(), SandboxExtension.API_KEY, this.dir, output, log);
		assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(Files.readString(log)).contains("COMPLETED");
	}

	private static ExportPosition savedPosition(Path stateFile, JobExecution execution) {
		try (CheckpointDatabase database = CheckpointDatabase.open(stateFile)) {
			return new ExportProgress(database, java.time.Clock.systemUTC())
				.find("export-leads", execution.getJobInstance().getInstanceId())
				.orElseThrow();
		}
	}

	private static List<List<String>> cells(Path workbook) throws Exception {
		List<List<String>> rows = new ArrayList<>();
		DataFormatter formatter = new DataFormatter();
		try (XSSFWorkbook book = new XSSFWorkbook(workbook.toFile())) {
			for (Row row : book.getSheetAt(0)) {
				List<String> cells = new ArrayList<>();
				row.forEach((cell) -> cells.add(formatter.formatCellValue(cell)));
				rows.add(cells);
			}
		}
		return rows;
	}

}
