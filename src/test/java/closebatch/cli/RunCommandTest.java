package closebatch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import closebatch.report.SummaryJson;
import closebatch.sandbox.SandboxExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code closebatch run}, {@code validate} and {@code jobs} as a user runs them: a child
 * process in a folder holding the sample jobs, with the key and base URL of a sandbox in
 * its environment.
 */
class RunCommandTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	@TempDir
	Path workDir;

	private CommandLineChild child;

	@BeforeEach
	void copyTheSamples() throws IOException {
		this.child = new CommandLineChild(this.workDir).withSamples();
	}

	@Test
	void importsTheSampleReportsItsRejectsWithExitThreeAndWritesNothingTheSecondTime() throws Exception {
		CommandLineChild.Result first = closebatch(SandboxExtension.API_KEY, "run", "import-leads");

		assertThat(first.exitCode()).as(first.err()).isEqualTo(3);
		assertThat(first.out()).contains("import-leads (run 1)").contains("12 rejected").doesNotContain("SANDBOX RUN");
		JsonNode summary = SummaryJson.read(this.workDir.resolve("out/import-leads/1/summary.json"));
		assertThat(summary.path("rows_read").asLong()).isEqualTo(304);
		assertThat(summary.path("leads_created").asLong()).isEqualTo(100);
		assertThat(summary.path("contacts_created").asLong()).isEqualTo(292);
		assertThat(Files.readAllLines(this.workDir.resolve("out/import-leads/1/results.csv"))).hasSize(305);
		assertThat(sandbox.client().get("lead/?_limit=200").ok().path("data").size()).isEqualTo(100);
		sandbox.sandbox().requests().clear();

		CommandLineChild.Result second = closebatch(SandboxExtension.API_KEY, "run", "import-leads");

		assertThat(second.exitCode()).isEqualTo(3);
		assertThat(second.out()).contains("import-leads (run 2)").contains("292 unchanged");
		assertThat(sandbox.sandbox().requests().toJson().path("writes").asLong()).isZero();
	}

	@Test
	void planRetryFailedAndStatusFollowTheRunsOfAJob() throws Exception {
		CommandLineChild.Result plan = closebatch(SandboxExtension.API_KEY, "plan", "import-leads");

		assertThat(plan.exitCode()).as(plan.err()).isEqualTo(3);
		assertThat(plan.out()).contains("100 create, 0 update, 0 unchanged, 0 skip, 12 reject");
		assertThat(sandbox.sandbox().requests().toJson().path("writes").asLong()).isZero();

		closebatch(SandboxExtension.API_KEY, "run", "import-leads");
		CommandLineChild.Result retry = closebatch(SandboxExtension.API_KEY, "retry-failed", "import-leads");

		assertThat(retry.exitCode()).as(retry.err()).isEqualTo(3);
		assertThat(retry.out()).contains("import-leads (run 2)").contains("12 read:").contains("12 rejected");

		CommandLineChild.Result status = closebatch(SandboxExtension.API_KEY, "status", "import-leads");
		CommandLineChild.Result json = closebatch(SandboxExtension.API_KEY, "status", "--json");

		assertThat(status.exitCode()).as(status.err()).isZero();
		assertThat(status.out()).containsPattern("import-leads +2 +COMPLETED .* 12 read: 12 rejected")
			.containsPattern("import-leads +1 +COMPLETED .* 304 read: 292 created, 12 rejected");
		JsonNode runs = JsonMapper.builder().build().readTree(json.out());
		assertThat(runs.size()).isEqualTo(2);
		assertThat(runs.path(0).path("run").asLong()).isEqualTo(2);
		assertThat(runs.path(1).path("summary").path("rows_created").asLong()).isEqualTo(292);
		CommandLineChild.Result export = closebatch(SandboxExtension.API_KEY, "plan", "export-leads");
		assertThat(export.exitCode()).isEqualTo(2);
		assertThat(export.err()).contains("export-leads is not an import; only imports are planned");
	}

	@Test
	void aKeyTheApiRefusesStopsTheRunWithExitFourAndIsNeverShown() throws Exception {
		String wrongKey = "api_wrong_key_shown_nowhere";

		CommandLineChild.Result result = closebatch(wrongKey, "run", "import-leads");

		assertThat(result.exitCode()).isEqualTo(4);
		assertThat(result.err()).contains("CB-AUTH").doesNotContain(wrongKey);
		assertThat(result.out()).doesNotContain(wrongKey);
	}

	@Test
	void aMappingThatNamesAnUnknownColumnStopsWithExitTwoAtItsLineBeforeAnyWrite() throws Exception {
		Path mapping = this.workDir.resolve("mappings/leads.yaml");
		Files.writeString(mapping, Files.readString(mapping).replace("description: Description", "description: Notes"));

		CommandLineChild.Result result = closebatch(SandboxExtension.API_KEY, "run", "import-leads");

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err()).contains("mappings/leads.yaml:").contains("Notes");
		assertThat(sandbox.sandbox().requests().toJson().path("writes").asLong()).isZero();
	}

	@Test
	void validateChecksEveryRowAgainstTheTargetAndSendsNoWrite() throws Exception {
		CommandLineChild.Result result = closebatch(SandboxExtension.API_KEY, "validate", "import-leads");

		assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
		assertThat(result.out()).contains("304 read").contains("12 rejected").contains("292 skipped");
		assertThat(sandbox.sandbox().requests().toJson().path("writes").asLong()).isZero();
		try (Stream<Path> runs = Files.list(this.workDir.resolve("out/import-leads"))) {
			Path run = runs.findFirst().orElseThrow();
			assertThat(run.getFileName().toString()).startsWith("validate-");
			assertThat(Files.readAllLines(run.resolve("rejects.csv"))).hasSize(13);
		}
	}

	@Test
	void aRejectLimitOnTheCommandLineOverridesTheJobs() throws Exception {
		CommandLineChild.Result result = closebatch(SandboxExtension.API_KEY, "run", "import-leads", "--dry-run",
				"--max-rejects", "5");

		assertThat(result.exitCode()).isEqualTo(3);
		assertThat(result.out()).contains("failed by threshold");
	}

	@Test
	void theXlsxJobLoadsTheSameRecords() throws Exception {
		CommandLineChild.Result result = closebatch(SandboxExtension.API_KEY, "run", "import-leads-xlsx");

		assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
		assertThat(sandbox.client().get("lead/?_limit=200").ok().path("data").size()).isEqualTo(100);
		assertThat(result.out()).contains("contacts 292 created");
	}

	@Test
	void runsTheSampleExportsWithTheirSummaries() throws Exception {
		closebatch(SandboxExtension.API_KEY, "run", "import-leads");

		CommandLineChild.Result leads = closebatch(SandboxExtension.API_KEY, "run", "export-leads");
		CommandLineChild.Result ceos = closebatch(SandboxExtension.API_KEY, "run", "export-ceos");

		assertThat(leads.exitCode()).as(leads.err()).isZero();
		assertThat(leads.out()).contains("100 in").contains("leads.csv.mapping.yaml");
		try (Stream<Path> runs = Files.list(this.workDir.resolve("out/export-leads"))) {
			JsonNode summary = SummaryJson.read(runs.findFirst().orElseThrow().resolve("summary.json"));
			assertThat(summary.path("rows_written").asLong()).isEqualTo(100);
			assertThat(summary.path("exit_code").asInt()).isZero();
		}
		assertThat(ceos.exitCode()).as(ceos.err()).isZero();
		assertThat(this.workDir.resolve("out/ceos.xlsx")).isNotEmptyFile();
	}

	@Test
	void listsTheJobsWithOneLineEach() throws Exception {
		CommandLineChild.Result result = closebatch(SandboxExtension.API_KEY, "jobs");

		assertThat(result.exitCode()).isZero();
		assertThat(result.out()).containsPattern("import-leads\\s+import\\s+samples/leads.csv")
			.containsPattern("import-leads-xlsx\\s+import\\s+samples/leads.xlsx");
	}

	@Test
	void anUnknownJobIsAnInvalidCommand() throws Exception {
		CommandLineChild.Result result = closebatch(SandboxExtension.API_KEY, "run", "no-such-job");

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err()).contains("jobs/no-such-job.yaml");
	}

	private CommandLineChild.Result closebatch(String apiKey, String... arguments) throws Exception {
		return this.child.run(Map.of("CLOSE_API_KEY", apiKey, "CLOSE_BASE_URL", sandbox.baseUrl().toString()),
				arguments);
	}

}
