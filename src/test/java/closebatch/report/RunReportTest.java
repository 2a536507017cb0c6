package closebatch.report;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import closebatch.error.Secrets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of run ends with one report: its {@code summary.json}, its text for people,
 * its line for {@code --quiet} and its JSON for {@code --json}.
 */
class RunReportTest {

	@TempDir
	Path dir;

	@Test
	void anImportWritesItsSummaryAndPrintsItWithItsOutputFolderAndFailure() throws Exception {
		Path folder = this.dir.resolve("out/import-leads/7");
		RunSummary summary = importSummary(RunStatus.FAILED);

		RunReport report = RunReport
			.of(summary, ExitDecision.of(summary, RejectThreshold.NONE), folder, "the server answered 503")
			.write();

		JsonNode written = SummaryJson.read(folder.resolve("summary.json"));
		assertThat(written.has("output")).as("summary.json names no folder").isFalse();
		assertThat(written.get("exit_code").asInt()).isEqualTo(1);
		assertThat(report.json().get("output").asString()).isEqualTo(folder.toString());
		assertThat(report.json().get("failure").asString()).isEqualTo("the server answered 503");
		assertThat(report.text()).startsWith("import-leads (run 7): failed").endsWith("Output: " + folder + "\n");
		assertThat(report.line()).isEqualTo("import-leads (run 7): failed: run the same command again to resume; "
				+ "10 read: 9 created, 0 updated, 0 unchanged, 1 rejected, 0 skipped; " + folder);
		assertThat(report.exitCode()).isEqualTo(1);
	}

	@Test
	void anExportIsDecidedByHowItEndedAndItsSummaryEndsWithALineBreakWithoutSecrets() throws Exception {
		Secrets.register("api_RunReportTest_secret");
		Path folder = this.dir.resolve("out/export-ceos/2");
		ExportSummary summary = new ExportSummary("export-ceos", "2", RunStatus.COMPLETED, 40, 40, 0,
				Path.of("out/api_RunReportTest_secret.csv"), null, new ApiUsage(3, 0, 0), 1200);

		RunReport report = RunReport.of(summary, folder, null).write();

		JsonNode json = SummaryJson.read(folder.resolve("summary.json"));
		assertThat(json.get("kind").asString()).isEqualTo("export");
		assertThat(json.get("exit_code").asInt()).isZero();
		assertThat(Files.readString(folder.resolve("summary.json"))).doesNotContain("api_RunReportTest_secret")
			.endsWith("}" + System.lineSeparator());
		assertThat(report.exitCode()).isZero();
		assertThat(report.text()).startsWith("export-ceos (run 2): completed\n").contains("  exit     0\n");
		assertThat(report.line()).startsWith("export-ceos (run 2): completed; 40 rows in ").endsWith("; " + folder);
	}

	@Test
	void aPlanPrintsWhatARunWouldDoButWritesTheRunsSummary() throws Exception {
		Path folder = this.dir.resolve("out/phones/plan-20261206-030000");
		RunSummary summary = importSummary(RunStatus.COMPLETED);
		ExitDecision decision = ExitDecision.of(summary, RejectThreshold.NONE);

		RunReport report = RunReport
			.ofPlan(summary, decision, folder, null, Map.of(PlanWriter.Action.CREATE, 2L, PlanWriter.Action.REJECT, 1L),
					new RentCost(2, new BigDecimal("1.15"), "USD"))
			.write();

		assertThat(SummaryJson.read(folder.resolve("summary.json")).has("planned")).isFalse();
		assertThat(report.json().get("planned").get("create").asLong()).isEqualTo(2);
		assertThat(report.json().get("monthly_cost").get("amount").decimalValue()).isEqualByComparingTo("2.30");
		assertThat(report.json().get("plan_file").asString()).isEqualTo(folder.resolve("plan.csv").toString());
		assertThat(report.text()).startsWith("Plan for import-leads (nothing was written): 2 create")
			.contains("Cost: 2 numbers to rent: 2.30 USD a month (1.15 USD each)\n")
			.contains("A run would end: completed with 1 rejected row");
		assertThat(report.exitCode()).isEqualTo(3);
	}

	private static RunSummary importSummary(RunStatus status) {
		return new RunSummary("import-leads", "7", status, 10, new RunSummary.RowCounts(9, 0, 0, 1, 0), 9, 0, 0, 0, 0,
				ApiUsage.NONE, 20, null, null);
	}

}
