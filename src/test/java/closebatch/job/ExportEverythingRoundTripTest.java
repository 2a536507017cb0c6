package closebatch.job;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import closebatch.checkpoint.RunPlanner.RestartMode;
import closebatch.config.ExportJob;
import closebatch.config.ImportJob;
import closebatch.config.JobLoader;
import closebatch.load.ProgressListener;
import closebatch.report.RejectThreshold;
import closebatch.report.RunStatus;
import closebatch.report.RunSummary;
import closebatch.sandbox.SandboxExtension;
import closebatch.sandbox.resource.OrganizationSeed;
import closebatch.sandbox.store.Kind;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #10, the round trip of a whole migration: {@code jobs/migrate-crm.yaml} loaded
 * into an empty sandbox, exported with {@code jobs/export-everything.yaml}, the folder
 * imported with the {@code import.yaml} the export wrote into an emptied sandbox and
 * exported again, gives the same leads, contacts, opportunities, tasks, notes, calls and
 * custom activities, linked to the same leads, apart from the ids and timestamps the
 * sandbox chose; and imported into the organization it came from, it changes nothing.
 */
class ExportEverythingRoundTripTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	@TempDir
	Path folder;

	@Test
	void anOrganizationExportedImportedIntoAnEmptyOneAndExportedAgainHoldsTheSameData() throws Exception {
		migrate();
		Path first = exportEverything("first");
		OrganizationSeed.reset(sandbox.sandbox().store());

		RunSummary imported = importFolder(first, "empty");

		assertThat(imported.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(imported.rows().rejected()).isZero();
		assertThat(imported.leadsCreated()).isEqualTo(11);
		assertThat(imported.contactsCreated()).isEqualTo(20);
		assertThat(imported.objects().get("opportunity").created()).isEqualTo(15);
		assertThat(imported.objects().get("task").created()).isEqualTo(10);
		assertThat(imported.objects().get("note").created()).isEqualTo(25);
		assertThat(imported.objects().get("call").created()).isEqualTo(15);
		assertThat(imported.objects().get("custom-activity").created()).isEqualTo(8);
		Path second = exportEverything("second");

		assertThat(files(second)).isEqualTo(files(first))
			.contains("leads.csv", "opportunities.csv", "tasks.csv", "notes.csv", "calls.csv",
					"custom-activities-onboarding-meeting.csv");
		for (String file : files(first)) {
			assertThat(withoutIdsAndTimes(second.resolve(file))).as(file)
				.isEqualTo(withoutIdsAndTimes(first.resolve(file)));
		}
		assertThat(column(first.resolve("notes.csv"), "date_created")).as("the notes' dates, kept from the CRM")
			.contains("2023-01-01T07:15:00.000000+00:00");
		Map<String, String> firstLeadIds = leadIdsByName(first);
		for (CSVRecord note : csv(second.resolve("notes.csv"))) {
			assertThat(note.get("lead_key")).as("the key the folder's lead mapping gave the lead")
				.isEqualTo("exported-leads:" + firstLeadIds.get(note.get("lead_name")).toLowerCase(Locale.ROOT));
		}
	}

	@Test
	void theExportImportedIntoTheOrganizationItCameFromChangesNothing() throws Exception {
		assertImportedBackChangesNothing("same");
	}

	@Test
	void theExportImportedBackWithTheStateFileOfTheMigrationThatLoadedItChangesNothing() throws Exception {
		// That state file's own run created the leads, under other mappings' namespaces.
		assertImportedBackChangesNothing("migration");
	}

	private void assertImportedBackChangesNothing(String stateFile) throws Exception {
		migrate();
		Path exported = exportEverything("first");
		Map<Kind, List<JsonNode>> before = census();
		sandbox.sandbox().requests().clear();

		RunSummary again = importFolder(exported, stateFile);

		assertThat(again.status()).isEqualTo(RunStatus.COMPLETED);
		Map<String, Long> writes = InProcessImport.writeRequests(sandbox.sandbox().requests());
		writes.remove("POST /data/search/");
		assertThat(writes).as("writes besides searches, which only read").isEmpty();
		assertThat(again.rows().rejected()).isZero();
		assertThat(again.rows().unchanged()).isEqualTo(again.rowsRead()).isEqualTo(20 + 15 + 10 + 25 + 15 + 8);
		assertThat(census()).isEqualTo(before);
	}

	@Test
	void theObjectsOfAnExportLinkToTheirLeadsKeyContactAndUsersByEmail() throws Exception {
		migrate();
		Path exported = exportEverything("first");

		CSVRecord deal = csv(exported.resolve("opportunities.csv")).stream()
			.filter((row) -> row.get("note").equals("Pilot for C001"))
			.findFirst()
			.orElseThrow();
		assertThat(deal.get("lead_name")).isEqualTo("Acme Robotics");
		assertThat(deal.get("lead_key")).isEqualTo("companies:c001");
		assertThat(deal.get("contact_email")).isEqualTo("ana.ito@acme-robotics.example");
		assertThat(deal.get("user_email")).isEqualTo("admin@sandbox.invalid");
		assertThat(deal.get("status_label")).isEqualTo("Active");
		assertThat(deal.get("value")).isEqualTo("3000000");
		CSVRecord meeting = csv(exported.resolve("custom-activities-onboarding-meeting.csv")).stream()
			.filter((row) -> row.get("lead_name").equals("Acme Robotics"))
			.findFirst()
			.orElseThrow();
		assertThat(meeting.get("custom.Attendee")).isEqualTo("ana.ito@acme-robotics.example");
		assertThat(meeting.get("custom.Host")).isEqualTo("admin@sandbox.invalid");
		assertThat(meeting.get("custom_activity_type")).isEqualTo("Onboarding Meeting");
		assertThat(Files.readString(exported.resolve("import.yaml"))).contains("name: leads", "name: opportunities",
				"name: custom-activities-onboarding-meeting");
	}

	private void migrate() {
		ImportJob job = (ImportJob) JobLoader.load(Path.of("jobs/migrate-crm.yaml"));
		RunResult result = new ImportRunner(Clock.systemUTC()).run(job, options("migration"),
				InProcessImport.target(sandbox.baseUrl()), ProgressListener.NONE);
		assertThat(result.failure()).isNull();
	}

	/** Runs jobs/export-everything.yaml into a folder of its own; returns the folder. */
	private Path exportEverything(String name) throws Exception {
		Path into = this.folder.resolve(name);
		Path jobFile = Files.createDirectories(this.folder.resolve("jobs-" + name)).resolve("export-everything.yaml");
		Files.writeString(jobFile, Files.readString(Path.of("jobs/export-everything.yaml"))
			.replace("folder: out/everything", "folder: " + into));
		ExportResult result = new ExportRunner(Clock.systemUTC()).run((ExportJob) JobLoader.load(jobFile),
				options(name), InProcessImport.target(sandbox.baseUrl()));
		assertThat(result.summary().status()).as(result.report().failure()).isEqualTo(RunStatus.COMPLETED);
		assertThat(result.summary().mappingFile()).isEqualTo(into.resolve("import.yaml"));
		long rows = 0;
		for (String file : files(into)) {
			rows += csv(into.resolve(file)).size();
		}
		assertThat(result.summary().rowsWritten()).as("the rows of every file").isEqualTo(rows);
		return into;
	}

	/**
	 * Runs the import job the export wrote into the folder, with a state file of its own.
	 */
	private RunSummary importFolder(Path exported, String name) {
		ImportJob job = (ImportJob) JobLoader.load(exported.resolve("import.yaml"));
		RunResult result = new ImportRunner(Clock.systemUTC()).run(job, options(name),
				InProcessImport.target(sandbox.baseUrl()), ProgressListener.NONE);
		assertThat(result.failure()).isNull();
		return result.summary();
	}

	private RunOptions options(String name) {
		return new RunOptions(this.folder.resolve(name + "-state.db"), RestartMode.RESUME,
				this.folder.resolve("out-" + name), RejectThreshold.NONE, "test");
	}

	private static List<String> files(Path folder) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(".csv"))
				.sorted()
				.toList();
		}
	}

	/**
	 * The file's rows without the ids and timestamps the sandbox chose (and the lead
	 * keys, which hold the first organization's ids), in a stable order. An object's
	 * {@code date_created} and {@code activity_at} came from the CRM and stay; a lead's
	 * {@code date_created} is the import's.
	 */
	private static List<Map<String, String>> withoutIdsAndTimes(Path file) throws Exception {
		Set<String> dropped = file.getFileName().toString().equals("leads.csv")
				? Set.of("id", "date_created", "date_updated") : Set.of("id", "lead_id", "lead_key", "date_updated");
		List<Map<String, String>> rows = new ArrayList<>();
		for (CSVRecord record : csv(file)) {
			Map<String, String> row = new TreeMap<>(record.toMap());
			row.keySet().removeAll(dropped);
			rows.add(row);
		}
		rows.sort(Comparator.comparing(Map::toString));
		return rows;
	}

	private static List<String> column(Path file, String name) throws Exception {
		return csv(file).stream().map((row) -> row.get(name)).toList();
	}

	private static Map<String, String> leadIdsByName(Path exported) throws Exception {
		Map<String, String> ids = new LinkedHashMap<>();
		csv(exported.resolve("leads.csv")).forEach((row) -> ids.put(row.get("name"), row.get("id")));
		return ids;
	}

	private static List<CSVRecord> csv(Path file) throws Exception {
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
		}
	}

	/** Every lead, contact, opportunity, task and activity in the sandbox, by kind. */
	private static Map<Kind, List<JsonNode>> census() {
		Map<Kind, List<JsonNode>> census = new LinkedHashMap<>();
		for (Kind kind : List.of(Kind.LEAD, Kind.CONTACT, Kind.OPPORTUNITY, Kind.TASK, Kind.ACTIVITY)) {
			List<JsonNode> objects = new ArrayList<>();
			sandbox.sandbox().store().oldestFirst(kind).forEach(objects::add);
			census.put(kind, objects);
		}
		return census;
	}

}
