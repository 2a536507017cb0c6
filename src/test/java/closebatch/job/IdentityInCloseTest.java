package closebatch.job;

import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
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
import closebatch.report.RunSummary;
import closebatch.sandbox.SandboxExtension;
import closebatch.sandbox.store.Kind;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #9, "identity that lives in Close": the state file is a cache, so losing it,
 * loading the same data through another job, importing an export back, feeding fixed
 * rejects back or loading into an organization that already holds the leads never creates
 * a record twice and never changes what the file does not hold. Each scenario starts from
 * an empty sandbox and a state directory of its own.
 */
class IdentityInCloseTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	@TempDir
	Path folder;

	@Test
	void theSampleJobRunAgainAfterItsStateFileIsDeletedCreatesNothing() throws Exception {
		RunSummary first = run(Path.of("jobs/import-leads.yaml"), "state.db");
		assertThat(first.leadsCreated()).isEqualTo(100);
		assertThat(first.usage().requests())
			.as("one create per lead with all its contacts, besides 4 field creates and a few schema reads")
			.isLessThanOrEqualTo(100 + 4 + 5);
		Map<String, JsonNode> before = census();
		Files.delete(this.folder.resolve("state.db"));

		RunSummary again = run(Path.of("jobs/import-leads.yaml"), "state.db");

		assertThat(again.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(again.leadsCreated()).as("leads created").isZero();
		assertThat(again.contactsCreated()).as("contacts created").isZero();
		assertThat(again.leadsUnchanged()).isEqualTo(100);
		assertThat(census()).as("every lead and contact as it was").isEqualTo(before);
		assertThat(again.rowsRead()).isEqualTo(first.rowsRead());
	}

	@Test
	void theSameCompaniesFromAWorkbookThroughTheSameMappingCreateNothing() throws Exception {
		run(Path.of("jobs/import-leads.yaml"), "state.db");
		Map<String, JsonNode> before = census();
		sandbox.sandbox().requests().clear();

		RunSummary xlsx = run(Path.of("jobs/import-leads-xlsx.yaml"), "state.db");

		assertThat(xlsx.leadsCreated() + xlsx.contactsCreated()).as("leads and contacts created").isZero();
		assertThat(InProcessImport.writeRequests(sandbox.sandbox().requests())).as("writes").isEmpty();
		assertThat(census()).isEqualTo(before);
	}

	@Test
	void anExportImportedBackIntoTheSameOrganizationWithItsMappingCreatesAndChangesNothing() throws Exception {
		run(Path.of("jobs/import-leads.yaml"), "state.db");
		ExportResult exported = export();
		Map<String, JsonNode> before = census();
		sandbox.sandbox().requests().clear();

		RunSummary back = run(job("import-export", exported.summary().outputFile(), exported.summary().mappingFile()),
				"state.db");

		assertThat(back.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(back.rows().rejected()).isZero();
		assertThat(back.leadsUnchanged()).isEqualTo(100);
		assertThat(InProcessImport.writeRequests(sandbox.sandbox().requests()))
			.as("nothing but searches: no create, no update")
			.containsOnlyKeys("POST /data/search/");
		assertThat(census()).isEqualTo(before);
	}

	@Test
	void fixedRejectedRowsFedBackChangeNoFieldOfAnyLeadLoadedBefore() throws Exception {
		RunSummary first = run(Path.of("jobs/import-leads.yaml"), "state.db");
		Map<String, JsonNode> leadsBefore = leadFields();
		int contactsBefore = sandbox.sandbox().store().count(Kind.CONTACT);
		Path fixed = fixRejects(Path.of(first.rejectsFile()));

		RunSummary fedBack = run(Path.of("jobs/import-leads.yaml"), "state.db", "input.path=" + fixed);

		assertThat(fedBack.rows().rejected()).as("the row without a company stays rejected").isEqualTo(1);
		assertThat(fedBack.contactsCreated()).as("the fixed rows' contacts").isPositive();
		assertThat(sandbox.sandbox().store().count(Kind.CONTACT))
			.isEqualTo(contactsBefore + (int) fedBack.contactsCreated());
		Map<String, JsonNode> leadsAfter = leadFields();
		assertThat(leadsAfter.keySet()).as("no lead created").isEqualTo(leadsBefore.keySet());
		Map<String, List<String>> held = fieldsHeldByRows(fixed);
		List<String> changedBeyondTheFile = new ArrayList<>();
		leadsBefore.forEach((id, before) -> {
			JsonNode after = leadsAfter.get(id);
			List<String> allowed = held.getOrDefault(before.path("name").asString(), List.of());
			before.properties().forEach((field) -> {
				if (!field.getValue().equals(after.path(field.getKey())) && !allowed.contains(field.getKey())) {
					changedBeyondTheFile.add(before.path("name").asString() + ": " + field.getKey() + " "
							+ field.getValue() + " became " + after.path(field.getKey()));
				}
			});
		});
		assertThat(changedBeyondTheFile).as("fields changed that the fed-back rows leave blank").isEmpty();
	}

	@Test
	void anUpsertMatchingOnAnExternalIdUpdatesTheLeadsTheOrganizationHoldsAndCreatesOnlyTheRest() throws Exception {
		String externalId = leadTextField("External ID");
		Map<String, String> handMade = new LinkedHashMap<>();
		for (int i = 1; i <= 30; i++) {
			handMade.put("CRM-" + i,
					sandbox.client()
						.post("lead/", Map.of("name", "Company " + i, "custom." + externalId, "CRM-" + i))
						.ok()
						.path("id")
						.asString());
		}
		List<List<String>> rows = new ArrayList<>();
		for (int i = 1; i <= 50; i++) {
			rows.add(List.of("CRM-" + i, "Company " + i, "Loaded by closebatch"));
		}
		Path input = csv("accounts.csv", List.of("Account ID", "Account", "Notes"), rows);
		Path mapping = write("accounts.yaml", """
				mode: upsert
				identity:
				  key: [Account ID]
				  namespace: crm-accounts
				  match: [key, {custom: External ID}]
				lead:
				  name: Account
				  description: Notes
				  custom:
				    External ID: Account ID
				""");

		RunSummary summary = run(job("import-accounts", input, mapping), "state.db");

		assertThat(summary.leadsUpdated()).isEqualTo(30);
		assertThat(summary.leadsCreated()).isEqualTo(20);
		assertThat(sandbox.sandbox().store().count(Kind.LEAD)).isEqualTo(50);
		handMade.forEach((crmId,
				leadId) -> assertThat(sandbox.client().get("lead/" + leadId + "/").ok().path("description").asString())
					.as("hand-made lead %s", crmId)
					.isEqualTo("Loaded by closebatch"));
	}

	@Test
	void twoLeadsWithTheSameNameAreNeverGuessedBetween() throws Exception {
		String first = sandbox.client().post("lead/", Map.of("name", "Acme Inc")).ok().path("id").asString();
		String second = sandbox.client().post("lead/", Map.of("name", "ACME  inc")).ok().path("id").asString();
		Path input = csv("names.csv", List.of("Company"), List.of(List.of("acme inc"), List.of("Globex")));
		Path mapping = write("names.yaml", """
				mode: upsert
				identity:
				  key: [Company]
				  match: [key, name]
				lead:
				  name: Company
				""");

		RunSummary summary = run(job("import-names", input, mapping), "state.db");

		assertThat(summary.rows().rejected()).isEqualTo(1);
		assertThat(summary.leadsCreated()).as("Globex").isEqualTo(1);
		String rejects = Files.readString(Path.of(summary.rejectsFile()));
		assertThat(rejects).contains("IDENTITY-AMBIGUOUS", first, second);
		assertThat(sandbox.sandbox().store().count(Kind.LEAD)).isEqualTo(3);
	}

	@Test
	void aLeadTheFirstReleaseWroteUnderItsJobNameIsFoundByItsOldKey() throws Exception {
		String keyField = leadTextField("closebatch_key");
		String old = sandbox.client()
			.post("lead/", Map.of("name", "Acme", "custom." + keyField, "import-old:acme"))
			.ok()
			.path("id")
			.asString();
		Path input = csv("old.csv", List.of("Company"), List.of(List.of("Acme")));
		Path mapping = write("upgrade.yaml", "mode: upsert\nkey: [Company]\nlead:\n  name: Company\n");

		RunSummary summary = run(job("import-old", input, mapping), "state.db");

		assertThat(summary.leadsCreated()).isZero();
		assertThat(summary.leadsUnchanged()).isEqualTo(1);
		assertThat(sandbox.sandbox().store().count(Kind.LEAD)).isEqualTo(1);
		assertThat(sandbox.sandbox().store().get(Kind.LEAD, old)).isNotNull();
	}

	/**
	 * Creates a lead text field in the sandbox, as a user would in Close, and gives its
	 * id.
	 */
	private static String leadTextField(String name) {
		return sandbox.client()
			.post("custom_field/lead/", Map.of("name", name, "type", "text"))
			.ok()
			.path("id")
			.asString();
	}

	private RunSummary run(Path jobFile, String state, String... overrides) {
		ImportJob job = (ImportJob) JobLoader.load(jobFile, List.of(overrides));
		RunOptions options = new RunOptions(this.folder.resolve(state), RestartMode.RESUME, this.folder.resolve("out"),
				RejectThreshold.NONE, "test");
		RunResult result = new ImportRunner(Clock.systemUTC()).run(job, options, target(), ProgressListener.NONE);
		assertThat(result.failure()).as("failure of %s", jobFile).isNull();
		return result.summary();
	}

	private ExportResult export() throws Exception {
		Path jobFile = this.folder.resolve("export-leads.yaml");
		Files.writeString(jobFile, Files.readString(Path.of("jobs/export-leads.yaml"))
			.replace("path: out/leads.csv", "path: " + this.folder.resolve("export/leads.csv")));
		RunOptions options = new RunOptions(this.folder.resolve("export-state.db"), RestartMode.RESUME,
				this.folder.resolve("out"), RejectThreshold.NONE, "test");
		ExportResult result = new ExportRunner(Clock.systemUTC()).run((ExportJob) JobLoader.load(jobFile), options,
				target());
		assertThat(result.summary().status()).as(result.report().failure()).isEqualTo(RunStatus.COMPLETED);
		return result;
	}

	private static JobTarget target() {
		return JobTarget.of(CloseClient
			.builder(CloseTarget.of(sandbox.baseUrl().toString()), List.of(ApiKey.of(SandboxExtension.API_KEY)))
			.build());
	}

	private Path job(String name, Path input, Path mapping) throws Exception {
		return write(name + ".yaml", "type: import\ninput:\n  path: " + input.toAbsolutePath() + "\nmapping: "
				+ mapping.toAbsolutePath() + "\n");
	}

	private Path write(String name, String text) throws Exception {
		Path file = this.folder.resolve(name);
		Files.writeString(file, text);
		return file;
	}

	private Path csv(String name, List<String> header, List<List<String>> rows) throws Exception {
		Path file = this.folder.resolve(name);
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter printer = CSVFormat.RFC4180.builder()
					.setHeader(header.toArray(String[]::new))
					.get()
					.print(out)) {
			for (List<String> row : rows) {
				printer.printRecord(row);
			}
		}
		return file;
	}

	/**
	 * The rejects file with each rejected cell blanked, as a user fixes rows by leaving
	 * out what they cannot correct; the row without a company cannot be fixed so.
	 */
	private Path fixRejects(Path rejects) throws Exception {
		List<String> header;
		List<List<String>> rows = new ArrayList<>();
		try (Reader in = Files.newBufferedReader(rejects, StandardCharsets.UTF_8)) {
			var parsed = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in);
			header = parsed.getHeaderNames().stream().map((name) -> name.replace("\uFEFF", "")).toList();
			for (CSVRecord record : parsed) {
				List<String> row = new ArrayList<>(record.toList());
				int field = header.indexOf(record.get("_field"));
				if (field >= 0 && !header.get(field).equals("Company")) {
					row.set(field, "");
				}
				rows.add(row);
			}
		}
		return csv("fixed.csv", header, rows);
	}

	/**
	 * The lead fields each company's rows in a sample-shaped file fill (status, web
	 * address, description), by company: what feeding the file back may change.
	 */
	private static Map<String, List<String>> fieldsHeldByRows(Path file) throws Exception {
		Map<String, String> fieldOfColumn = Map.of("Status", "status_id", "Website", "url", "Description",
				"description");
		Map<String, List<String>> held = new LinkedHashMap<>();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
				List<String> fields = held.computeIfAbsent(row.get("Company"), (company) -> new ArrayList<>());
				fieldOfColumn.forEach((column, field) -> {
					if (!row.get(column).isBlank()) {
						fields.add(field);
					}
				});
			}
		}
		return held;
	}

	/** Every lead and contact as the sandbox stores it, by id. */
	private static Map<String, JsonNode> census() {
		Map<String, JsonNode> objects = new LinkedHashMap<>();
		for (Kind kind : List.of(Kind.LEAD, Kind.CONTACT)) {
			sandbox.sandbox()
				.store()
				.oldestFirst(kind)
				.forEach((object) -> objects.put(object.path("id").asString(), object));
		}
		return objects;
	}

	/**
	 * Every lead's own fields (not its contacts, nor when it was last touched), by id.
	 */
	private static Map<String, JsonNode> leadFields() {
		Map<String, JsonNode> leads = new LinkedHashMap<>();
		sandbox.sandbox().store().oldestFirst(Kind.LEAD).forEach((lead) -> {
			ObjectNode fields = lead.deepCopy();
			fields.remove(List.of("date_updated", "updated_by"));
			leads.put(lead.path("id").asString(), fields);
		});
		return leads;
	}

}
