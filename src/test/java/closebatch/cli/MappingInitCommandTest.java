package closebatch.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import closebatch.FileSchemas;
import closebatch.report.SummaryJson;
import closebatch.sandbox.SandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code closebatch mapping init}: the mapping and job it guesses from the sample file
 * validate and import without an edit, and it never replaces a file unasked.
 */
class MappingInitCommandTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	@TempDir
	Path folder;

	private record Result(int exitCode, String out, String err) {
	}

	@Test
	void theMappingGuessedFromTheSampleValidatesAndImportsWithoutEdits() throws Exception {
		Result init = closebatch("mapping", "init", "samples/leads.csv", "--job", "guessed", "--out",
				this.folder.toString());

		assertThat(init.exitCode()).as(init.err()).isZero();
		Path job = this.folder.resolve("jobs/guessed.yaml");
		Path mapping = this.folder.resolve("mappings/guessed.yaml");
		assertThat(init.out()).contains("Company", "-> lead name (key)", "Work Phone", "{phone: US}", "Customer Since",
				"{date: [MM/dd/yyyy, yyyy-MM-dd]}", "Wrote " + mapping);
		assertThat(Files.readAllLines(job).get(0)).isEqualTo(FileSchemas.JOB.modeline(job));
		assertThat(Files.readAllLines(mapping).get(0)).isEqualTo(FileSchemas.MAPPING.modeline(mapping));
		assertThat(FileSchemas.JOB.validate(job)).isEmpty();
		assertThat(FileSchemas.MAPPING.validate(mapping)).isEmpty();

		Result validate = closebatch("validate", job.toString(), "--state", state(), "--out", out());

		assertThat(validate.exitCode()).as(validate.err()).isEqualTo(3);
		assertThat(validate.err()).doesNotContain("error ");
		assertThat(sandbox.sandbox().requests().toJson().path("writes").asLong()).isZero();

		Result run = closebatch("run", job.toString(), "--state", state(), "--out", out());

		assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
		JsonNode summary = SummaryJson.read(this.folder.resolve("out/guessed/1/summary.json"));
		assertThat(summary.path("rows_read").asLong()).isEqualTo(304);
		assertThat(summary.path("rows_rejected").asLong()).isBetween(1L, 12L);
		assertThat(summary.path("leads_created").asLong()).isEqualTo(100);
		JsonNode leads = sandbox.client().get("lead/?_limit=200").ok().path("data");
		assertThat(leads.size()).isEqualTo(100);
		JsonNode silverline = lead(leads, "Silverline Media LLC");
		assertThat(silverline.path("addresses").path(0).path("country").asString()).isEqualTo("US");
		assertThat(silverline.path("contacts").path(0).path("emails").size()).isEqualTo(2);
		assertThat(silverline.path("contacts").path(0).path("phones").path(0).path("phone").asString())
			.isEqualTo("+13035550156");
	}

	@Test
	void refusesToReplaceAJobOrMappingUnlessForced() throws Exception {
		Files.createDirectories(this.folder.resolve("mappings"));
		Files.writeString(this.folder.resolve("mappings/leads.yaml"), "# mine\n");

		Result refused = closebatch("mapping", "init", "samples/leads.csv", "--out", this.folder.toString());

		assertThat(refused.exitCode()).isEqualTo(2);
		assertThat(refused.err()).contains("CB-USAGE", "mappings/leads.yaml exists", "--job NAME", "--force");
		assertThat(Files.readString(this.folder.resolve("mappings/leads.yaml"))).isEqualTo("# mine\n");
		assertThat(this.folder.resolve("jobs/leads.yaml")).doesNotExist();

		Result forced = closebatch("mapping", "init", "samples/leads.csv", "--out", this.folder.toString(), "--force");

		assertThat(forced.exitCode()).as(forced.err()).isZero();
		assertThat(Files.readString(this.folder.resolve("mappings/leads.yaml"))).contains("identity:");
		assertThat(Files.readString(this.folder.resolve("jobs/leads.yaml")))
			.contains("mapping: " + this.folder.resolve("mappings/leads.yaml"));
	}

	@Test
	void aFileThatIsNotThereIsAUsageErrorAndWritesNothing() throws Exception {
		Result result = closebatch("mapping", "init", "samples/none.csv", "--out", this.folder.toString());

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err()).contains("samples/none.csv");
		assertThat(this.folder.resolve("jobs")).doesNotExist();
	}

	private static JsonNode lead(JsonNode leads, String name) {
		for (JsonNode lead : leads) {
			if (name.equals(lead.path("display_name").asString())) {
				return lead;
			}
		}
		throw new AssertionError("no lead " + name);
	}

	private String state() {
		return this.folder.resolve("state.db").toString();
	}

	private String out() {
		return this.folder.resolve("out").toString();
	}

	private Result closebatch(String... arguments) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exit = ClosebatchCommand.execute(
				Map.of("CLOSE_API_KEY", SandboxExtension.API_KEY, "CLOSE_BASE_URL", sandbox.baseUrl().toString()),
				new PrintWriter(out), new PrintWriter(err), arguments);
		return new Result(exit, out.toString(), err.toString());
	}

}
