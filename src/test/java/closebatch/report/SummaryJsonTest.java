package closebatch.report;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryJsonTest {

	@TempDir
	Path dir;

	@Test
	void writesEveryCountUnderItsSnakeCaseName() {
		RunSummary summary = new RunSummary("import-leads", "7", RunStatus.COMPLETED, 10,
				new RunSummary.RowCounts(5, 2, 1, 1, 1), 3, 1, 1, 6, 2, new ApiUsage(42, 3, 2), 1500,
				"out/import-leads/7/rejects.csv", "out/import-leads/7/results.csv");
		Path file = this.dir.resolve("out/import-leads/7/summary.json");

		RunReport.of(summary, ExitDecision.of(summary, RejectThreshold.NONE), file.getParent(), null).write();

		JsonNode json = SummaryJson.read(file);
		assertThat(json.get("job").asString()).isEqualTo("import-leads");
		assertThat(json.get("run").asString()).isEqualTo("7");
		assertThat(json.get("status").asString()).isEqualTo("completed");
		assertThat(json.get("rows_read").asLong()).isEqualTo(10);
		assertThat(json.get("rows_created").asLong()).isEqualTo(5);
		assertThat(json.get("rows_updated").asLong()).isEqualTo(2);
		assertThat(json.get("rows_unchanged").asLong()).isEqualTo(1);
		assertThat(json.get("rows_rejected").asLong()).isEqualTo(1);
		assertThat(json.get("rows_skipped").asLong()).isEqualTo(1);
		assertThat(json.get("leads_created").asLong()).isEqualTo(3);
		assertThat(json.get("leads_updated").asLong()).isEqualTo(1);
		assertThat(json.get("leads_unchanged").asLong()).isEqualTo(1);
		assertThat(json.get("contacts_created").asLong()).isEqualTo(6);
		assertThat(json.get("contacts_updated").asLong()).isEqualTo(2);
		assertThat(json.get("requests").asLong()).isEqualTo(42);
		assertThat(json.get("retries").asLong()).isEqualTo(3);
		assertThat(json.get("throttled").asLong()).isEqualTo(2);
		assertThat(json.get("elapsed_ms").asLong()).isEqualTo(1500);
		assertThat(json.get("rejects_file").asString()).isEqualTo("out/import-leads/7/rejects.csv");
		assertThat(json.get("results_file").asString()).isEqualTo("out/import-leads/7/results.csv");
		assertThat(json.get("accounting_gap").isNull()).isTrue();
		assertThat(json.get("exit_code").asInt()).isEqualTo(3);
		assertThat(json.get("outcome").asString()).startsWith("completed with 1 rejected row");
	}

	@Test
	void writesTheGapAndNullFilesForAFailedRunAndLeavesNoTemporaryFile() throws Exception {
		RunSummary summary = new RunSummary("import-leads", "8", RunStatus.FAILED, 4,
				new RunSummary.RowCounts(2, 0, 0, 0, 0), 2, 0, 0, 0, 0, ApiUsage.NONE, 20, null, null);
		Path file = this.dir.resolve("summary.json");
		Files.writeString(file, "{\"stale\": true}");

		RunReport.of(summary, ExitDecision.of(summary, RejectThreshold.NONE), file.getParent(), null).write();

		JsonNode json = SummaryJson.read(file);
		assertThat(json.has("stale")).isFalse();
		assertThat(json.get("status").asString()).isEqualTo("failed");
		assertThat(json.get("rejects_file").isNull()).isTrue();
		assertThat(json.get("accounting_gap").asString()).endsWith("2 rows without an outcome");
		assertThat(json.get("exit_code").asInt()).isEqualTo(1);
		try (var files = Files.list(this.dir)) {
			assertThat(files).containsExactly(file);
		}
	}

}
