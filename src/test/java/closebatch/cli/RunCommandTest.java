package closebatch.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import closebatch.job.ChildImport;
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

	private record Result(int exitCode, String out, String err) {
	}

	@BeforeEach
	void copyTheSamples() throws IOException {
		for (String folder : List.of("jobs", "mappings", "samples")) {
			try (Stream<Path> files = Files.walk(Path.of(folder))) {
				for (Path file : files.toList()) {
					Path copy = this.workDir.resolve(file.toString());
					if (Files.isDirectory(file)) {
						Files.createDirectories(copy);
					}
					else {
						Files.copy(file, copy);
					}
				}
			}
		}
	}

	@Test
	void importsTheSampleReportsItsRejectsWithExitThreeAndWritesNothingTheSecondTime() throws Exception {
		Result first = closebatch(SandboxExtension.API_KEY, "run", "import-leads");

		assertThat(first.exitCode()).as(first.err()).isEqualTo(3);
		assertThat(first.out()).contains("import-leads (run 1)").contains("12 rejected").doesNotContain("SANDBOX RUN");
		JsonNode summary = SummaryJson.read(this.workDir.resolve("out/import-leads/1/summary.json"));
		assertThat(summary.path("rows_read").asLong()).isEqualTo(304);
		assertThat(summary.path("leads_created").asLong()).isEqualTo(100);
		assertThat(summary.path("contacts_created").asLong()).isEqualTo(292);
		assertThat(Files.readAllLines(this.workDir.resolve("out/import-leads/1/results.csv"))).hasSize(305);
		assertThat(sandbox.client().get("lead/?_limit=200").ok().path("data").size()).isEqualTo(100);
		sandbox.sandbox().requests().clear();

		Result second = closebatch(SandboxExtension.API_KEY, "run", "import-leads");

		assertThat(second.exitCode()).isEqualTo(3);
		assertThat(second.out()).contains("import-leads (run 2)").contains("292 unchanged");
		assertThat(sandbox.sandbox().requests().toJson().path("writes").asLong()).isZero();
	}

	@Test
	void planRetryFailedAndStatusFollowTheRunsOfAJob() throws Exception {
		Result plan = closebatch(SandboxExtension.API_KEY, "plan", "import-leads");

		assertThat(plan.exitCode()).as(plan.err()).isEqualTo(3);
		assertThat(plan.out()).contains("100 create, 0 update, 0 unchanged, 0 skip, 12 reject");
		assertThat(sandbox.sandbox().requests().toJson().path("writes").asLong()).isZero();

		closebatch(SandboxExtension.API_KEY, "run", "import-leads");
		Result retry = closebatch(SandboxExtension.API_KEY, "retry-failed", "import-leads");

		assertThat(retry.exitCode()).as(retry.err()).isEqualTo(3);
		assertThat(retry.out()).contains("import-leads (run 2)").contains("12 read:").contains("12 rejected");

		Result status = closebatch(SandboxExtension.API_KEY, "status", "import-leads");
		Result json = closebatch(SandboxExtension.API_KEY, "status", "--json");

		assertThat(status.exitCode()).as(status.err()).isZero();
		assertThat(status.out()).containsPattern("import-leads +2 +COMPLETED .* 12 read: 12 rejected")
			.containsPattern("import-leads +1 +COMPLETED .* 304 read: 292 created, 12 rejected");
		JsonNode runs = JsonMapper.builder().build().readTree(json.out());
		assertThat(runs.size()).isEqualTo(2);
		assertThat(runs.path(0).path("run").asLong()).isEqualTo(2);
		assertThat(runs.path(1).path("summary").path("rows_created").asLong()).isEqualTo(292);
		Result export = closebatch(SandboxExtension.API_KEY, "plan", "export-leads");
		assertThat(export.exitCode()).isEqualTo(2);
		assertThat(export.err()).contains("export-leads is not an import; only imports are planned");
	}

	@Test
	void aKeyTheApiRefusesStopsTheRunWithExitFourAndIsNeverShown() throws Exception {
		String wrongKey = "api_wrong_key_shown_nowhere";

		Result result = closebatch(wrongKey, "run", "import-leads");

		assertThat(result.exitCode()).isEqualTo(4);
		assertThat(result.err()).contains("CB-AUTH").doesNotContain(wrongKey);
		assertThat(result.out()).doesNotContain(wrongKey);
	}

	@Test
	void aMappingThatNamesAnUnknownColumnStopsWithExitTwoAtItsLineBeforeAnyWrite() throws Exception {
		Path mapping = this.workDir.resolve("mappings/leads.yaml");
		Files.writeString(mapping, Files.readString(mapping).replace("description: Description", "description: Notes"));

		Result result = closebatch(SandboxExtension.API_KEY, "run", "import-leads");

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err()).contains("mappings/leads.yaml:").contains("Notes");
		assertThat(sandbox.sandbox().requests().toJson().path("writes").asLong()).isZero();
	}

	@Test
	void validateChecksEveryRowAgainstTheTargetAndSendsNoWrite() throws Exception {
		Result result = closebatch(SandboxExtension.API_KEY, "validate", "import-leads");

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
		Result result = closebatch(SandboxExtension.API_KEY, "run", "import-leads", "--dry-run", "--max-rejects", "5");

		assertThat(result.exitCode()).isEqualTo(3);
		assertThat(result.out()).contains("failed by threshold");
	}

	@Test
	void theXlsxJobLoadsTheSameRecords() throws Exception {
		Result result = closebatch(SandboxExtension.API_KEY, "run", "import-leads-xlsx");

		assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
		assertThat(sandbox.client().get("lead/?_limit=200").ok().path("data").size()).isEqualTo(100);
		assertThat(result.out()).contains("contacts 292 created");
	}

	@Test
	void runsTheSampleExportsWithTheirSummaries() throws Exception {
		closebatch(SandboxExtension.API_KEY, "run", "import-leads");

		Result leads = closebatch(SandboxExtension.API_KEY, "run", "export-leads");
		Result ceos = closebatch(SandboxExtension.API_KEY, "run", "export-ceos");

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
		Result result = closebatch(SandboxExtension.API_KEY, "jobs");

		assertThat(result.exitCode()).isZero();
		assertThat(result.out()).containsPattern("import-leads\\s+import\\s+samples/leads.csv")
			.containsPattern("import-leads-xlsx\\s+import\\s+samples/leads.xlsx");
	}

	@Test
	void anUnknownJobIsAnInvalidCommand() throws Exception {
		Result result = closebatch(SandboxExtension.API_KEY, "run", "no-such-job");

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err()).contains("jobs/no-such-job.yaml");
	}

	private Result closebatch(String apiKey, String... arguments) throws Exception {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		command.addAll(ChildImport.SHORT_RUN_OPTIONS);
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), "closebatch.Main"));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.workDir.toFile());
		Map<String, String> environment = builder.environment();
		environment.remove("CLOSE_API_KEYS");
		environment.put("CLOSE_API_KEY", apiKey);
		environment.put("CLOSE_BASE_URL", sandbox.baseUrl().toString());
		Path err = this.workDir.resolve("stderr.txt");
		Process process = builder.redirectError(err.toFile()).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
		return new Result(process.exitValue(), out, Files.readString(err));
	}

}
