package closebatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import closebatch.checkpoint.PostgresState;
import closebatch.checkpoint.SharedPostgres;
import closebatch.sandbox.SandboxExtension;
import closebatch.sandbox.resource.OrganizationSeed;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --state jdbc:postgresql://…}: the sample import, its re-run, its plan and
 * {@code closebatch status} on a PostgreSQL state database, exactly as on a SQLite file.
 */
class PostgresStateCommandTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	@TempDir
	Path workDir;

	private Map<String, String> sandboxKey;

	@BeforeEach
	void targetTheSandbox() {
		this.sandboxKey = Map.of("CLOSE_API_KEY", SandboxExtension.API_KEY, "CLOSE_BASE_URL",
				sandbox.baseUrl().toString());
	}

	@Test
	void importsTheSampleToPostgresStateWithTheSameResultsAsToASqliteFileAndRerunsAndPlansItWithoutAWrite()
			throws Exception {
		String sqliteFile = this.workDir.resolve("state.db").toString();
		long sqliteStarted = System.nanoTime();
		Result onSqlite = closebatch(this.sandboxKey, "run", "import-leads", "--state", sqliteFile, "--out",
				out("sqlite"), "--json");
		long sqliteMillis = (System.nanoTime() - sqliteStarted) / 1_000_000;
		assertThat(onSqlite.exitCode()).as(onSqlite.err()).isEqualTo(3);
		List<String> sqliteLeads = leadsInTheSandbox();
		OrganizationSeed.reset(sandbox.sandbox().store());

		String postgres = SharedPostgres.urlWithUser(SharedPostgres.newDatabase());
		long postgresStarted = System.nanoTime();
		Result onPostgres = closebatch(this.sandboxKey, "run", "import-leads", "--state", postgres, "--out",
				out("postgres"), "--json");
		long postgresMillis = (System.nanoTime() - postgresStarted) / 1_000_000;

		assertThat(onPostgres.exitCode()).as(onPostgres.err()).isEqualTo(3);
		assertThat(leadsInTheSandbox()).hasSize(100).isEqualTo(sqliteLeads);
		assertThat(rowOutcomes("postgres", 1)).hasSize(304).isEqualTo(rowOutcomes("sqlite", 1));
		assertThat(json(onPostgres.out()).path("rows_created").asLong())
			.isEqualTo(json(onSqlite.out()).path("rows_created").asLong());
		System.out.printf("import-leads into the sandbox: SQLite state %d ms, PostgreSQL state %d ms%n", sqliteMillis,
				postgresMillis);

		long writesBefore = writes();
		Result rerun = closebatch(this.sandboxKey, "run", "import-leads", "--state", postgres, "--out", out("postgres"),
				"--json");
		assertThat(rerun.exitCode()).as(rerun.err()).isEqualTo(3);
		assertThat(json(rerun.out()).path("rows_unchanged").asLong()).isEqualTo(292);

		Result plan = closebatch(this.sandboxKey, "plan", "import-leads", "--state", postgres, "--out", out("postgres"),
				"--json");
		assertThat(plan.exitCode()).as(plan.err()).isEqualTo(3);
		assertThat(json(plan.out()).path("planned").path("unchanged").asLong()).isEqualTo(100);
		assertThat(json(plan.out()).path("planned").path("create").asLong()).isZero();
		assertThat(writes()).as("writes sent by the re-run and the plan").isEqualTo(writesBefore);

		Result status = closebatch(Map.of("CLOSEBATCH_STATE_URL", postgres), "status", "import-leads", "--out",
				out("postgres"), "--json");
		assertThat(status.exitCode()).as(status.err()).isZero();
		JsonNode runs = json(status.out());
		assertThat(runs).hasSize(2);
		assertThat(runs.get(0).path("run").asLong()).isEqualTo(2);
		assertThat(runs.get(0).path("status").asString()).isEqualTo("completed");
		assertThat(runs.get(0).path("summary").path("rows_unchanged").asLong()).isEqualTo(292);
		assertThat(runs.get(1).path("run").asLong()).isEqualTo(1);
	}

	@Test
	void refusesAStateUrlThatHoldsThePasswordWithoutRepeatingIt() {
		Result refused = closebatch(this.sandboxKey, "status", "--state",
				"jdbc:postgresql://127.0.0.1:5432/state?user=ci&password=hunter2-in-the-url");

		assertThat(refused.exitCode()).isEqualTo(2);
		assertThat(refused.err()).contains("CB-USAGE", "CLOSEBATCH_STATE_PASSWORD").doesNotContain("hunter2");
	}

	@Test
	void saysWhichStateDatabaseCannotBeReachedAndThatRunningAgainHelps() {
		Result unreachable = closebatch(Map.of("CLOSEBATCH_STATE_PASSWORD", "a-state-password"), "status", "--state",
				"jdbc:postgresql://127.0.0.1:1/state");

		assertThat(unreachable.exitCode()).isEqualTo(1);
		assertThat(unreachable.err())
			.contains("CB-STATE", "Cannot connect to the state database", "jdbc:postgresql://127.0.0.1:1/state",
					"run the same command again")
			.doesNotContain("a-state-password")
			.doesNotContain("Exception\n\tat");
	}

	private static long writes() {
		return sandbox.sandbox().requests().toJson().path("writes").asLong();
	}

	private String out(String name) {
		return this.workDir.resolve(name).toString();
	}

	/** Each lead's name with its contacts' names and emails, sorted. */
	private static List<String> leadsInTheSandbox() {
		List<String> leads = new ArrayList<>();
		for (JsonNode lead : sandbox.client().get("lead/?_limit=200").ok().path("data")) {
			TreeSet<String> contacts = new TreeSet<>();
			for (JsonNode contact : lead.path("contacts")) {
				List<String> emails = new ArrayList<>();
				contact.path("emails").forEach((email) -> emails.add(email.path("email").asString()));
				contacts.add(contact.path("name").asString() + " " + emails);
			}
			leads.add(lead.path("display_name").asString() + ": " + contacts);
		}
		leads.sort(null);
		return leads;
	}

	/**
	 * Every row of a run's results.csv as its number, action and error (the ids differ).
	 */
	private List<String> rowOutcomes(String out, int run) throws IOException {
		Path results = this.workDir.resolve(out)
			.resolve("import-leads")
			.resolve(Integer.toString(run))
			.resolve("results.csv");
		List<String> rows = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(results)) {
			for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().get().parse(reader)) {
				rows.add(row.get(0) + " " + row.get(1) + " " + row.get(5));
			}
		}
		return rows;
	}

	private static JsonNode json(String text) {
		return JsonMapper.builder().build().readTree(text);
	}

	private static Result closebatch(Map<String, String> environment, String... arguments) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exit = ClosebatchCommand.execute(environment, new PrintWriter(out), new PrintWriter(err), arguments);
		return new Result(exit, out.toString(), err.toString());
	}

	private record Result(int exitCode, String out, String err) {
	}

}
