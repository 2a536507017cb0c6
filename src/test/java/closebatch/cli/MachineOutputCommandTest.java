package closebatch.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import closebatch.sandbox.SandboxExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --json}, {@code --quiet} and {@code --log-level} as CI uses them: stdout carries
 * only what a script reads, stderr the rest, and the log level is the one asked for. What
 * reaches the real stderr (logs, the quiet sandbox warning) is seen from a child process.
 */
class MachineOutputCommandTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	private static final Map<String, String> NO_KEY = Map.of();

	@TempDir
	Path workDir;

	private CommandLineChild closebatch;

	private Map<String, String> sandboxKey;

	@BeforeEach
	void copyTheSamples() throws Exception {
		this.closebatch = new CommandLineChild(this.workDir).withSamples();
		this.sandboxKey = Map.of("CLOSE_API_KEY", SandboxExtension.API_KEY, "CLOSE_BASE_URL",
				sandbox.baseUrl().toString());
	}

	@Test
	void runWithJsonPrintsOnlyTheSummaryOnStdoutAndTheBannerAndTextOnStderr() throws Exception {
		CommandLineChild.Result result = this.closebatch.run(NO_KEY, "run", "import-leads", "--json");

		assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
		JsonNode summary = json(result.out());
		assertThat(summary.path("job").asString()).isEqualTo("import-leads");
		assertThat(summary.path("rows_read").asLong()).isEqualTo(304);
		assertThat(summary.path("rows_rejected").asLong()).isEqualTo(12);
		assertThat(summary.path("exit_code").asInt()).isEqualTo(3);
		assertThat(summary.path("output").asString()).isEqualTo("out/import-leads/1");
		assertThat(result.err()).contains("SANDBOX RUN", "import-leads (run 1)", "Output: out/import-leads/1");
	}

	@Test
	void planAndRetryFailedWithJsonPrintTheirDataAsJson() throws Exception {
		CommandLineChild.Result plan = inProcess("plan", "import-leads", "--json");

		assertThat(plan.exitCode()).as(plan.err()).isEqualTo(3);
		JsonNode planned = json(plan.out());
		assertThat(planned.path("planned").path("create").asLong()).isEqualTo(100);
		assertThat(planned.path("planned").path("reject").asLong()).isEqualTo(12);
		assertThat(Path.of(planned.path("plan_file").asString())).isRegularFile();
		assertThat(plan.err()).contains("Plan for import-leads");

		inProcess("run", "import-leads", "--quiet");
		CommandLineChild.Result retry = inProcess("retry-failed", "import-leads", "--json");

		assertThat(retry.exitCode()).as(retry.err()).isEqualTo(3);
		assertThat(json(retry.out()).path("rows_read").asLong()).isEqualTo(12);
		assertThat(json(retry.out()).path("run").asString()).isEqualTo("2");
	}

	@Test
	void anExportRunWithJsonPrintsTheExportsSummary() throws Exception {
		inProcess("run", "import-leads", "--quiet");

		CommandLineChild.Result export = inProcess("run", "export-leads", "--json", "--set",
				"output.path=" + this.workDir.resolve("leads.csv"));

		assertThat(export.exitCode()).as(export.err()).isZero();
		JsonNode summary = json(export.out());
		assertThat(summary.path("kind").asString()).isEqualTo("export");
		assertThat(summary.path("rows_written").asLong()).isEqualTo(100);
		assertThat(summary.path("output").asString()).startsWith(this.workDir.resolve("out/export-leads").toString());
	}

	@Test
	void quietPrintsOneResultLineAndOnlyAOneLineSandboxWarning() throws Exception {
		CommandLineChild.Result quiet = this.closebatch.run(NO_KEY, "run", "import-leads", "--quiet");

		assertThat(quiet.exitCode()).as(quiet.err()).isEqualTo(3);
		assertThat(quiet.out().lines()).singleElement()
			.asString()
			.startsWith("import-leads (run 1): completed with 12 rejected rows")
			.contains("304 read", "out/import-leads/1");
		assertThat(quiet.err().lines()).singleElement().asString().startsWith("SANDBOX RUN:");

		CommandLineChild.Result quietJson = this.closebatch.run(NO_KEY, "run", "import-leads", "-q", "--json");

		assertThat(json(quietJson.out()).path("rows_unchanged").asLong()).isEqualTo(292);
		assertThat(quietJson.err().lines()).singleElement().asString().startsWith("SANDBOX RUN:");
	}

	@Test
	void theLogLevelComesFromTheOptionElseTheEnvironment() throws Exception {
		CommandLineChild.Result debug = this.closebatch.run(withEnvironment("CLOSEBATCH_LOG_LEVEL", "DEBUG"), "plan",
				"import-leads");
		CommandLineChild.Result optionWins = this.closebatch.run(withEnvironment("CLOSEBATCH_LOG_LEVEL", "DEBUG"),
				"plan", "import-leads", "--log-level", "error");

		assertThat(debug.err()).contains(" DEBUG ", " INFO  SchemaResolver");
		assertThat(optionWins.exitCode()).as(optionWins.err()).isEqualTo(3);
		assertThat(optionWins.err()).doesNotContain(" DEBUG ").doesNotContain(" INFO ");
	}

	@Test
	void anUnknownLogLevelIsAUsageErrorNamingTheLevels() throws Exception {
		CommandLineChild.Result option = this.closebatch.run(this.sandboxKey, "run", "import-leads", "--log-level",
				"LOUD");
		CommandLineChild.Result environment = this.closebatch.run(withEnvironment("CLOSEBATCH_LOG_LEVEL", "LOUD"),
				"run", "import-leads");

		CommandLineChild.assertInvalidInput(option, "--log-level LOUD", "TRACE, DEBUG, INFO, WARN, ERROR, OFF");
		CommandLineChild.assertInvalidInput(environment, "CLOSEBATCH_LOG_LEVEL LOUD", "TRACE, DEBUG");
		assertThat(this.workDir.resolve("out")).doesNotExist();
	}

	/**
	 * Runs a command in this JVM, from the project's folder, with the state and output in
	 * the test's folder.
	 */
	private CommandLineChild.Result inProcess(String... arguments) {
		List<String> all = new ArrayList<>(List.of(arguments));
		all.addAll(List.of("--state", this.workDir.resolve("state.db").toString(), "--out",
				this.workDir.resolve("out").toString()));
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exit = ClosebatchCommand.execute(this.sandboxKey, new PrintWriter(out), new PrintWriter(err),
				all.toArray(String[]::new));
		return new CommandLineChild.Result(exit, out.toString(), err.toString());
	}

	private Map<String, String> withEnvironment(String name, String value) {
		Map<String, String> environment = new java.util.HashMap<>(this.sandboxKey);
		environment.put(name, value);
		return environment;
	}

	private static JsonNode json(String stdout) {
		return JsonMapper.builder().build().readTree(stdout);
	}

}
