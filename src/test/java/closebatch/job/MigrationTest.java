package closebatch.job;

import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import closebatch.mapping.Identity;
import closebatch.close.ApiKey;
import closebatch.close.CloseClient;
import closebatch.close.CloseTarget;
import closebatch.config.ImportJob;
import closebatch.config.JobLoader;
import closebatch.load.ProgressListener;
import closebatch.report.PlanWriter;
import closebatch.report.RunStatus;
import closebatch.report.RunSummary;
import closebatch.sandbox.SandboxExtension;
import closebatch.sandbox.resource.OrganizationSeed;
import closebatch.sandbox.store.Kind;
import closebatch.load.CloseSchema;
import closebatch.setup.Setup;
import closebatch.setup.Setup.FieldScope;
import closebatch.setup.SetupApply;
import closebatch.setup.SetupFile;
import closebatch.setup.SetupInClose;
import closebatch.source.CsvFile;
import closebatch.source.SourceRow;
import closebatch.source.SourceRows;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #10, the whole migration: {@code jobs/migrate-crm.yaml} loads the sample CRM
 * export's companies, people, deals, notes, tasks and calls into an empty sandbox, each
 * object linked to the lead of its company (and to its contact and user where the file
 * names them), every bad row rejected with its reason; and loading it again, with or
 * without the state file, writes nothing.
 */
class MigrationTest {

	private static final Path JOB = Path.of("jobs/migrate-crm.yaml");

	private static final Path SAMPLES = Path.of("samples/migration");

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	@TempDir
	Path folder;

	@Test
	void theSampleMigrationLoadsEveryObjectLinkedToTheLeadOfItsCompany() throws Exception {
		RunSummary summary = run();

		assertThat(summary.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(summary.leadsCreated()).isEqualTo(11);
		assertThat(summary.contactsCreated()).isEqualTo(20);
		assertThat(summary.objects()).containsOnlyKeys("opportunity", "note", "task", "call", "custom-activity");
		assertThat(summary.objects().get("opportunity").created()).isEqualTo(15);
		assertThat(summary.objects().get("note").created()).isEqualTo(25);
		assertThat(summary.objects().get("task").created()).isEqualTo(10);
		assertThat(summary.objects().get("call").created()).isEqualTo(15);
		assertThat(summary.objects().get("custom-activity").created()).isEqualTo(8);
		assertThat(summary.rows().rejected()).isEqualTo(13);
		assertThat(summary.accountingGap()).isEmpty();
		assertThat(census().get(Kind.OPPORTUNITY)).hasSize(15);
		assertThat(census().get(Kind.TASK)).hasSize(10);
		assertThat(census().get(Kind.ACTIVITY)).hasSize(25 + 15 + 8);

		Map<String, String> companyLeads = leadsByCompanyId();
		String admin = sandbox.sandbox().store().oldestFirst(Kind.USER).iterator().next().path("id").asString();
		for (SourceRow deal : rows("deals.csv")) {
			JsonNode opportunity = objectOf("deals", deal, Kind.OPPORTUNITY);
			if (opportunity != null) {
				assertThat(opportunity.path("lead_id").asString()).as(deal.value("Deal ID"))
					.isEqualTo(companyLeads.get(deal.value("Company ID")));
				assertThat(opportunity.path("user_id").asString()).isEqualTo(admin);
				assertThat(opportunity.path("value").asLong()).as("the amount in cents")
					.isEqualTo(new java.math.BigDecimal(deal.value("Amount").replaceAll("[$,]", "")).movePointRight(2)
						.longValueExact());
				JsonNode contact = sandbox.sandbox()
					.store()
					.get(Kind.CONTACT, opportunity.path("contact_id").asString());
				assertThat(contact.path("emails").path(0).path("email").asString())
					.isEqualTo(deal.value("Contact Email"));
			}
		}
		JsonNode firstDeal = objectOf("deals", rows("deals.csv").get(0), Kind.OPPORTUNITY);
		assertThat(firstDeal.path("note").asString()).isEqualTo("Pilot for C001");
		for (String step : List.of("notes", "tasks", "calls", "meetings")) {
			Kind kind = step.equals("tasks") ? Kind.TASK : Kind.ACTIVITY;
			for (SourceRow row : rows(step + ".csv")) {
				JsonNode object = objectOf(step, row, kind);
				if (object != null) {
					assertThat(object.path("lead_id").asString()).as(step + " row " + row.number())
						.isEqualTo(companyLeads.get(row.value("Company ID")));
				}
			}
		}
		JsonNode firstNote = objectOf("notes", rows("notes.csv").get(0), Kind.ACTIVITY);
		assertThat(firstNote.path("date_created").asString()).as("the note's date, kept from the file")
			.startsWith("2023-01-01T07:15:00");

		assertThat(rejectCodes("companies")).containsExactly("ROW-201");
		assertThat(rejectCodes("people")).containsExactlyInAnyOrder("ROW-201", "LOAD-404");
		assertThat(rejectCodes("deals")).containsExactlyInAnyOrder("ROW-201", "ROW-201", "LINK-NOT-FOUND");
		assertThat(rejectCodes("notes")).containsExactlyInAnyOrder("ROW-201", "LINK-NOT-FOUND");
		assertThat(rejectCodes("tasks")).containsExactly("LOAD-302");
		assertThat(rejectCodes("calls")).containsExactlyInAnyOrder("ROW-201", "LINK-NOT-FOUND");
		assertThat(rejectCodes("meetings")).containsExactlyInAnyOrder("ROW-201", "LINK-NOT-FOUND");
	}

	@Test
	void aCustomActivityHoldsItsFieldsByTypeWithItsContactAndUserResolved() throws Exception {
		run();

		SourceRow meeting = rows("meetings.csv").get(0);
		JsonNode activity = objectOf("meetings", meeting, Kind.ACTIVITY);
		Map<String, String> fieldIds = new HashMap<>();
		sandbox.sandbox()
			.store()
			.oldestFirst(Kind.ACTIVITY_CUSTOM_FIELD)
			.forEach((field) -> fieldIds.put(field.path("name").asString(), field.path("id").asString()));
		JsonNode attendee = sandbox.sandbox()
			.store()
			.get(Kind.CONTACT, activity.path("custom." + fieldIds.get("Attendee")).asString());
		assertThat(attendee.path("emails").path(0).path("email").asString()).isEqualTo(meeting.value("Attendee"));
		assertThat(activity.path("custom." + fieldIds.get("Host")).toString())
			.contains(sandbox.sandbox().store().oldestFirst(Kind.USER).iterator().next().path("id").asString());
		assertThat(activity.path("custom." + fieldIds.get("Summary")).asString()).isEqualTo(meeting.value("Summary"));
		assertThat(activity.path("custom." + fieldIds.get("Outcome")).toString()).contains(meeting.value("Outcome"));
	}

	@Test
	void aSecondRunSendsNoWriteRequest() throws Exception {
		run();
		Map<Kind, Map<String, JsonNode>> before = census();
		sandbox.sandbox().requests().clear();

		RunSummary again = run();

		Map<String, Long> writes = InProcessImport.writeRequests(sandbox.sandbox().requests());
		writes.remove("POST /data/search/");
		assertThat(writes).as("writes besides searches, which only read").isEmpty();
		assertThat(again.rows().unchanged()).isEqualTo(104);
		assertThat(again.rows().rejected()).isEqualTo(13);
		assertThat(census()).isEqualTo(before);
	}

	@Test
	void withTheStateFileDeletedEveryObjectIsFoundInCloseInsteadOfCreatedAgain() throws Exception {
		run();
		Map<Kind, Map<String, JsonNode>> before = census();
		Files.delete(this.folder.resolve("state.db"));
		sandbox.sandbox().requests().clear();

		RunSummary again = run();

		assertThat(again.leadsCreated()).isZero();
		assertThat(again.objects().values()).allSatisfy((counts) -> {
			assertThat(counts.created()).isZero();
			assertThat(counts.updated()).isZero();
		});
		assertThat(InProcessImport.writeRequests(sandbox.sandbox().requests()))
			.as("only the schema the new state file does not know: no object is written")
			.allSatisfy((route, count) -> assertThat(route).doesNotContain("/activity/", "/opportunity/", "/task/",
					"/lead/", "/contact/"));
		assertThat(census()).isEqualTo(before);
	}

	@Test
	void aPlanOfTheMigrationWritesNothingAndSaysWhatEachStepWouldCreate() throws Exception {
		RunResult plan = new ImportRunner(Clock.systemUTC()).plan((ImportJob) JobLoader.load(JOB),
				InProcessImport.options(this.folder), JobTarget.of(client()), ProgressListener.NONE);

		Map<String, Long> writes = InProcessImport.writeRequests(sandbox.sandbox().requests());
		writes.remove("POST /data/search/");
		assertThat(writes).as("a plan sends no write").isEmpty();
		assertThat(census().values()).allSatisfy((objects) -> assertThat(objects).isEmpty());
		assertThat(plan.planned()).containsEntry(PlanWriter.Action.CREATE, 11L + 15 + 25 + 10 + 15 + 8)
			.containsEntry(PlanWriter.Action.REJECT, 13L);
		assertThat(plan.outputDir().resolve("deals/plan.csv")).exists();
	}

	@Test
	void retryFailedTakesOnlyTheRejectedRowsOfEachStep() throws Exception {
		run();

		RunResult retried = new ImportRunner(Clock.systemUTC()).retryFailed((ImportJob) JobLoader.load(JOB),
				InProcessImport.options(this.folder), JobTarget.of(client()), ProgressListener.NONE);

		assertThat(retried.summary().rowsRead()).isEqualTo(13);
		assertThat(retried.summary().rows().rejected()).isEqualTo(13);
		assertThat(census().get(Kind.ACTIVITY)).hasSize(25 + 15 + 8);
	}

	@Test
	void afterTheSampleSetupIsAppliedTheMigrationNeedsNoCreateMissing() throws Exception {
		SetupApply.apply(client(), SetupFile.read(Path.of("samples/setup.yaml")), false, (change) -> {
		});
		String setup = SetupFile.write(SetupInClose.read(client()));
		String job = Files.readString(JOB);
		for (Path mapping : Files.list(Path.of("mappings/migration")).toList()) {
			Path copy = this.folder.resolve(mapping.getFileName());
			Files.writeString(copy, Files.readString(mapping).replaceAll("(?m)^\\s*create-missing: true.*\\n", ""));
			job = job.replace(mapping.toString(), copy.toString());
		}
		Path jobFile = Files.writeString(this.folder.resolve("migrate-crm.yaml"), job);
		assertThat(job).doesNotContain("mappings/migration");

		RunResult result = new ImportRunner(Clock.systemUTC()).run((ImportJob) JobLoader.load(jobFile),
				InProcessImport.options(this.folder), JobTarget.of(client()), ProgressListener.NONE);

		assertThat(result.failure()).isNull();
		assertThat(result.summary().rows().rejected()).as("the sample's own rejects only").isEqualTo(13);
		assertThat(result.summary().objects().get("custom-activity").created()).isEqualTo(8);
		Setup after = SetupInClose.read(client());
		Map<FieldScope, List<Setup.Field>> fields = new HashMap<>(after.customFields());
		fields.put(FieldScope.LEAD,
				after.fields(FieldScope.LEAD)
					.stream()
					.filter((field) -> !field.name().equals(Identity.KEY_FIELD))
					.toList());
		assertThat(SetupFile.write(new Setup(fields, after.leadStatuses(), after.pipelines(),
				after.customActivityTypes(), after.emailTemplates(), after.smsTemplates())))
			.as("the migration made no definition but the field of its keys")
			.isEqualTo(setup);
	}

	@Test
	void anOpportunityStatusTheOrganizationLacksIsCreatedOnceWhenTheMappingSaysSo() throws Exception {
		RunResult result = runWithCompanyAcme("deals",
				"Deal ID,Company ID,Stage\nD1,A1,Discovery\nD2,A1,discovery\nD3,A1,Won\n", """
						identity: {key: [Deal ID]}
						link:
						  lead: {namespace: companies, key: [Company ID]}
						opportunity:
						  status: {column: Stage, create-missing: true}
						""");

		assertThat(result.summary().objects().get("opportunity").created()).isEqualTo(3);
		Map<String, String> labels = new HashMap<>();
		sandbox.sandbox()
			.store()
			.oldestFirst(Kind.OPPORTUNITY_STATUS)
			.forEach((status) -> labels.put(status.path("id").asString(),
					status.path("label").asString().toLowerCase(Locale.ROOT)));
		assertThat(labels.values()).as("labels compare without case")
			.containsOnlyOnce("discovery")
			.containsOnlyOnce("won");
		List<String> statuses = new ArrayList<>();
		sandbox.sandbox()
			.store()
			.oldestFirst(Kind.OPPORTUNITY)
			.forEach((opportunity) -> statuses.add(labels.get(opportunity.path("status_id").asString())));
		assertThat(statuses).containsExactlyInAnyOrder("discovery", "discovery", "won");
	}

	@Test
	void aNoteKeepsItsAuthorAndDateAndGoesToTheUserTheRowNames() throws Exception {
		String jane = OrganizationSeed.addUser(sandbox.sandbox().store(), "Jane", "Roe", "jane@example.com")
			.path("id")
			.asString();
		RunResult result = runWithCompanyAcme("notes",
				"Note ID,Company ID,Body,Author,Written\nN1,A1,Signed,JANE@example.com,2019-03-04T05:06:07Z\n", """
						identity: {key: [Note ID]}
						link:
						  lead: {namespace: companies, key: [Company ID]}
						note:
						  note: Body
						  user: Author
						  created_by: Author
						  date_created: Written
						""");

		assertThat(result.summary().objects().get("note").created()).isEqualTo(1);
		JsonNode note = sandbox.sandbox().store().oldestFirst(Kind.ACTIVITY).iterator().next();
		assertThat(note.path("user_id").asString()).isEqualTo(jane);
		assertThat(note.path("created_by").asString()).isEqualTo(jane);
		assertThat(note.path("date_created").asString()).startsWith("2019-03-04T05:06:07");
	}

	/**
	 * Runs a job of two steps: the company A1 "Acme" as a lead (namespace "companies"),
	 * then a file of objects of it through its mapping.
	 */
	private RunResult runWithCompanyAcme(String step, String csv, String mapping) throws Exception {
		Path companies = Files.writeString(this.folder.resolve("companies.csv"), "Company ID,Company\nA1,Acme\n");
		Path leads = Files.writeString(this.folder.resolve("companies.yaml"),
				"identity: {key: [Company ID]}\nlead:\n  name: Company\n");
		Path objects = Files.writeString(this.folder.resolve(step + ".csv"), csv);
		Path objectMapping = Files.writeString(this.folder.resolve(step + ".yaml"), mapping);
		Path job = Files.writeString(this.folder.resolve("acme.yaml"),
				"type: import\nsteps:\n  - {name: companies, input: {path: " + companies + "}, mapping: " + leads
						+ "}\n  - {name: " + step + ", input: {path: " + objects + "}, mapping: " + objectMapping
						+ "}\n");
		return new ImportRunner(Clock.systemUTC()).run((ImportJob) JobLoader.load(job),
				InProcessImport.options(this.folder), JobTarget.of(client()), ProgressListener.NONE);
	}

	private static CloseClient client() {
		return CloseClient
			.builder(CloseTarget.of(sandbox.baseUrl().toString()), List.of(ApiKey.of(SandboxExtension.API_KEY)))
			.build();
	}

	private RunSummary run() {
		ImportJob job = (ImportJob) JobLoader.load(JOB);
		RunResult result = new ImportRunner(Clock.systemUTC()).run(job, InProcessImport.options(this.folder),
				JobTarget.of(client()), ProgressListener.NONE);
		assertThat(result.failure()).isNull();
		return result.summary();
	}

	/**
	 * Every lead, contact, opportunity, task and activity in the sandbox, by kind and id.
	 */
	private static Map<Kind, Map<String, JsonNode>> census() {
		Map<Kind, Map<String, JsonNode>> census = new LinkedHashMap<>();
		for (Kind kind : List.of(Kind.LEAD, Kind.CONTACT, Kind.OPPORTUNITY, Kind.TASK, Kind.ACTIVITY)) {
			Map<String, JsonNode> objects = new LinkedHashMap<>();
			sandbox.sandbox()
				.store()
				.oldestFirst(kind)
				.forEach((object) -> objects.put(object.path("id").asString(), object));
			census.put(kind, objects);
		}
		return census;
	}

	/** The lead of each company, by the export's "Company ID" (its hidden key). */
	private static Map<String, String> leadsByCompanyId() {
		Map<String, String> leads = new HashMap<>();
		for (JsonNode lead : sandbox.sandbox().store().oldestFirst(Kind.LEAD)) {
			lead.properties()
				.stream()
				.filter((field) -> field.getValue().asString("").startsWith("companies:"))
				.forEach(
						(field) -> leads.put(field.getValue().asString().substring("companies:".length()).toUpperCase(),
								lead.path("id").asString()));
		}
		return leads;
	}

	/**
	 * The object a step's results name for the row, or null when the row was rejected.
	 */
	private JsonNode objectOf(String step, SourceRow row, Kind kind) throws Exception {
		for (CSVRecord result : results(step)) {
			if (Long.parseLong(result.get("_row")) == row.number() && !result.get("object_id").isEmpty()) {
				return sandbox.sandbox().store().get(kind, result.get("object_id"));
			}
		}
		return null;
	}

	private List<CSVRecord> results(String step) throws Exception {
		return csv(this.folder.resolve("out/migrate-crm/1").resolve(step).resolve("results.csv"));
	}

	private List<String> rejectCodes(String step) throws Exception {
		return results(step).stream()
			.filter((result) -> result.get("action").equals("rejected"))
			.map((result) -> result.get("error").substring(0, result.get("error").indexOf(':')))
			.toList();
	}

	/** A sample file's rows, each with its physical row number, as a run reads them. */
	private static List<SourceRow> rows(String file) throws Exception {
		List<SourceRow> rows = new ArrayList<>();
		try (SourceRows read = CsvFile.of(SAMPLES.resolve(file)).open()) {
			read.forEachRemaining(rows::add);
		}
		return rows;
	}

	private static List<CSVRecord> csv(Path file) throws Exception {
		// results.csv starts with a byte order mark, for spreadsheets.
		try (Reader reader = new StringReader(Files.readString(file).replace("\uFEFF", ""))) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

}
