package closebatch.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import closebatch.checkpoint.CheckpointDatabase;
import closebatch.checkpoint.Ledger;
import closebatch.checkpoint.LedgerKey;
import closebatch.close.CloseClient;
import closebatch.config.ImportJob;
import closebatch.config.JobLoader;
import closebatch.load.ProgressListener;
import closebatch.sandbox.SandboxExtension;
import closebatch.sandbox.store.Kind;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #14, phone numbers: a {@code type: phone-numbers} job against the sandbox rents,
 * updates and releases the numbers of a team of reps, each with the rep's own key; every
 * failure status of the sandbox's rental rules becomes its row's outcome with Close's
 * message; re-runs, even without the state file, rent nothing; a plan writes nothing.
 */
class PhoneNumberJobTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	private static final String HEADER = "Action,Rep,Line,Country,Prefix,SMS,MMS,Bundle,Forward To,Forwarding\n";

	/** A mapping with every column of {@link #HEADER}. */
	private static final Path MAPPING = Path.of("src/test/resources/phone-numbers/mapping.yaml");

	private static PhoneTeam team;

	@TempDir
	Path dir;

	/** The last run's result. */
	private RunResult last;

	@BeforeAll
	static void addTheTeam() {
		team = PhoneTeam.of(sandbox, "ana@team.example", "ben@team.example", "cy@team.example");
	}

	@Test
	void rentsEachRepANumberWithItsLabelAndForwardingWithTheRepsOwnKey() throws Exception {
		RunResult result = run(HEADER + """
				rent,ana@team.example,Main line,US,415,,,,(415) 555-0101,yes
				,ben@team.example,Main line,US,212,,,,,
				""", "");

		assertThat(result.decision().code()).isZero();
		assertThat(team.numbers()).containsExactlyInAnyOrderEntriesOf(
				Map.of("ana@team.example|Main line", 1, "ben@team.example|Main line", 1));
		JsonNode ana = team.number("ana@team.example", "Main line");
		assertThat(ana.path("number").asString()).startsWith("+1415");
		assertThat(ana.path("forward_to").asString()).isEqualTo("+14155550101");
		assertThat(ana.path("forward_to_enabled").asBoolean()).isTrue();
		assertThat(results().get(2).get("action")).isEqualTo("created");
		assertThat(results().get(2).get("object_id")).isEqualTo(ana.path("id").asString());
	}

	@Test
	void eachRefusalOfARentIsItsRowsOutcomeWithClosesStatusAndMessage() throws Exception {
		team.rentalRules(Map.of("voice_only", List.of("US:907")));

		run(HEADER + """
				rent,ana@team.example,Paris,FR,1,,,,,
				rent,ana@team.example,Juneau,US,907,,,,,
				rent,ben@team.example,London,GB,20,yes,yes,,,
				rent,ben@team.example,Nowhere,US,999,,,,,
				rent,cy@team.example,Berlin,DE,30,,,BU123,,
				""", "");

		Map<Integer, CSVRecord> results = results();
		assertThat(results.get(2).get("error")).startsWith("RENT-NEEDS-MORE-INFO: ")
			.contains("(needs-more-info): Renting a number in FR needs a regulatory bundle");
		assertThat(results.get(3).get("error")).startsWith("RENT-HAS-VOICE-ONLY: ")
			.contains("(has-voice-only): Only numbers without SMS are available in US with the prefix 907");
		assertThat(results.get(4).get("error")).startsWith("RENT-ERROR: ")
			.contains("(error): MMS-capable numbers are not available in GB");
		assertThat(results.get(5).get("error")).startsWith("RENT-ERROR: ").contains("No phone numbers are available");
		assertThat(results.get(6).get("action")).as("a bundle rents in Germany").isEqualTo("created");
		assertThat(Files.readString(this.last.outputDir().resolve("rejects.csv")))
			.as("the rejects file holds the rows as they were, to fix and load again")
			.contains("rent,ana@team.example,Paris,FR,1,,,,,,2,")
			.contains("rent,ben@team.example,Nowhere,US,999");
	}

	@Test
	void aVoiceOnlyPrefixIsRentedWithoutSmsWhenTheMappingSaysSo() throws Exception {
		team.rentalRules(Map.of("voice_only", List.of("US:907")));

		run(HEADER + "rent,ana@team.example,Juneau,US,907,,,,,\n", "has-voice-only: retry-without-sms\n");

		assertThat(results().get(2).get("action")).isEqualTo("created");
		assertThat(team.number("ana@team.example", "Juneau").path("sms_enabled").asBoolean()).isFalse();
		assertThat(team.rentRequests()).as("the refused rent, then the one without SMS").isEqualTo(2);
	}

	@Test
	void aBillingErrorStopsTheRunsRentsWhileUpdatesAndReleasesGoOn() throws Exception {
		run(HEADER + """
				rent,ana@team.example,Main line,US,415,,,,,
				rent,ben@team.example,Main line,US,212,,,,,
				""", "");
		team.rentalRules(Map.of("max_numbers", 1));
		sandbox.sandbox().requests().clear();

		RunResult second = run(HEADER + """
				update,ana@team.example,Main line,,,,,,+1 415 555 0199,yes
				rent,cy@team.example,Main line,US,312,,,,,
				rent,cy@team.example,Second line,US,312,,,,,
				rent,cy@team.example,Third line,US,312,,,,,
				release,ben@team.example,Main line,,,,,,,
				""", "");

		Map<Integer, CSVRecord> results = results(second);
		assertThat(results.get(2).get("action")).isEqualTo("updated");
		assertThat(results.get(6).get("action")).isEqualTo("updated");
		for (int row = 3; row <= 5; row++) {
			assertThat(results.get(row).get("action")).isEqualTo("rejected");
			assertThat(results.get(row).get("error")).startsWith("RENT-BILLING-ERROR: ");
		}
		assertThat(team.rentRequests()).as("one rent meets the billing error; the others are not sent").isEqualTo(1);
		assertThat(team.number("ana@team.example", "Main line").path("forward_to").asString())
			.isEqualTo("+14155550199");
		assertThat(team.numbers()).containsOnlyKeys("ana@team.example|Main line");
	}

	@Test
	void aReRunRentsNothingAndNeitherDoesOneWithoutTheStateFile() throws Exception {
		String file = HEADER + """
				rent,ana@team.example,Main line,US,415,,,,(415) 555-0101,yes
				rent,ana@team.example,Callbacks,US,628,,,,,
				rent,ben@team.example,Main line,US,212,,,,,
				""";
		run(file, "");
		Map<String, Integer> rented = team.numbers();
		sandbox.sandbox().requests().clear();

		RunResult again = run(file, "");
		assertThat(InProcessImport.writeRequests(sandbox.sandbox().requests())).as("writes of a re-run").isEmpty();
		assertThat(again.summary().rows().unchanged()).isEqualTo(3);

		RandomKills.deleteStateFile(this.dir);
		RunResult withoutState = run(file, "");
		assertThat(InProcessImport.writeRequests(sandbox.sandbox().requests()))
			.as("writes of a re-run without the state file: the numbers are found by rep and label")
			.isEmpty();
		assertThat(withoutState.summary().rows().unchanged()).isEqualTo(3);
		assertThat(team.numbers()).isEqualTo(rented).hasSize(3);
	}

	@Test
	void aRentWhoseAnswerWasLostIsFoundAmongTheRepsNumbersAndLabelledNotSentAgain() throws Exception {
		String file = HEADER + "rent,ana@team.example,Main line,US,415,,,,,\n";
		CloseClient client = team.client("ana@team.example", "ben@team.example", "cy@team.example");
		// A run killed after its rent reached Close and before the answer was recorded:
		// the ledger says pending, and the rep holds a number with no label yet.
		markRentPending(client, "ana@team.example|main line");
		JsonNode rented = team.as("ana@team.example")
			.post("phone_number/request/internal/", Map.of("country", "US", "prefix", "415"))
			.ok();
		sandbox.sandbox().requests().clear();

		run(file, "", client);

		assertThat(results().get(2).get("action")).isEqualTo("created");
		assertThat(results().get(2).get("object_id")).isEqualTo(rented.path("id").asString());
		assertThat(team.rentRequests()).as("rents sent after the lost answer").isZero();
		assertThat(team.numbers()).containsExactlyInAnyOrderEntriesOf(Map.of("ana@team.example|Main line", 1));
	}

	@Test
	void aRentMarkedPendingThatNeverReachedCloseIsSentOnce() throws Exception {
		CloseClient client = team.client("ana@team.example", "ben@team.example", "cy@team.example");
		markRentPending(client, "ana@team.example|main line");

		run(HEADER + "rent,ana@team.example,Main line,US,415,,,,,\n", "", client);

		assertThat(results().get(2).get("action")).isEqualTo("created");
		assertThat(team.rentRequests()).isEqualTo(1);
		assertThat(team.numbers()).containsExactlyInAnyOrderEntriesOf(Map.of("ana@team.example|Main line", 1));
	}

	/**
	 * Marks a rent of the record pending in the test's state file, as a run does before
	 * sending it.
	 */
	private void markRentPending(CloseClient client, String recordKey) {
		try (CheckpointDatabase state = CheckpointDatabase.open(this.dir.resolve("state.db"))) {
			new Ledger(state, Clock.systemUTC())
				.markPending(new LedgerKey(JobTarget.of(client).identity(), "phones-mapping", recordKey), "a rent");
		}
	}

	@Test
	void rentsAGroupNumberWithItsParticipantsByEmailAndFindsItAgainByItsLabel() throws Exception {
		String mapping = """
				phone_number:
				  group: Group
				  label: Line
				  country: Country
				  prefix: Prefix
				  participants: {column: Team, transforms: [{split: ";"}]}
				""";
		String file = "Group,Line,Country,Prefix,Team\nyes,Support,US,415,ana@team.example;ben@team.example\n";

		runWithMapping(file, mapping);
		sandbox.sandbox().requests().clear();
		runWithMapping(file, mapping);

		JsonNode support = sandbox.sandbox().store().oldestFirst(Kind.PHONE_NUMBER).iterator().next();
		assertThat(support.path("is_group_number").asBoolean()).isTrue();
		assertThat(support.path("label").asString()).isEqualTo("Support");
		assertThat(support.path("participants")).hasSize(2);
		assertThat(InProcessImport.writeRequests(sandbox.sandbox().requests())).as("writes of a re-run").isEmpty();
	}

	@Test
	void aRepWithoutAKeyOfTheRunIsRejectedAndNothingIsRentedForThem() throws Exception {
		RunResult result = run(HEADER + "rent,cy@team.example,Main line,US,415,,,,,\n", "",
				team.client("ana@team.example"));

		assertThat(result.decision().code()).isEqualTo(3);
		assertThat(results().get(2).get("error")).startsWith("PHONE-KEY: no API key of the run is cy@team.example's");
		assertThat(team.rentRequests()).isZero();
	}

	@Test
	void twoRowsOfOneNumberAndARowWithoutALabelAreRejectedNamingTheirColumns() throws Exception {
		run(HEADER + """
				rent,ana@team.example,Main line,US,415,,,,,
				rent,ana@team.example,main line ,US,212,,,,,
				rent,ana@team.example,,US,212,,,,,
				""", "");

		Map<Integer, CSVRecord> results = results();
		assertThat(results.get(2).get("action")).isEqualTo("created");
		assertThat(results.get(3).get("error")).startsWith("PHONE-DUPLICATE: row 2 already names the number");
		assertThat(results.get(4).get("error")).startsWith("ROW-201: the label is empty");
		assertThat(Files.readString(this.last.outputDir().resolve("rejects.csv"))).contains(",4,ROW-201")
			.contains(",Line\r\n");
	}

	@Test
	void aPlanWritesNothingAndPricesTheNumbersItWouldRent() throws Exception {
		run(HEADER + "rent,ana@team.example,Main line,US,415,,,,,\n", "");
		sandbox.sandbox().requests().clear();
		Path job = job(HEADER + """
				update,ana@team.example,Main line,,,,,,(415) 555-0142,yes
				rent,ben@team.example,Main line,US,212,,,,,
				rent,cy@team.example,Main line,US,312,,,,,
				release,ana@team.example,Old line,,,,,,,
				""", Files.readString(MAPPING));

		RunResult plan = new ImportRunner(Clock.systemUTC()).plan((ImportJob) JobLoader.load(job),
				InProcessImport.options(this.dir),
				JobTarget.of(team.client("ana@team.example", "ben@team.example", "cy@team.example")),
				ProgressListener.NONE);

		assertThat(InProcessImport.writeRequests(sandbox.sandbox().requests())).as("writes of a plan").isEmpty();
		assertThat(plan.rentCost().numbers()).isEqualTo(2);
		assertThat(plan.rentCost().monthly()).isEqualByComparingTo("2.30");
		String planFile = Files.readString(plan.outputDir().resolve("plan.csv"));
		assertThat(planFile).contains("update", "forward_to: (none) → +14155550142", "forward_to_enabled: false → true")
			.contains("rent US 212 for ben@team.example (1.15 USD a month)")
			.contains("skip", "PHONE-404: no number of ana@team.example is labelled 'Old line': nothing to release");
		assertThat(team.numbers()).containsOnlyKeys("ana@team.example|Main line");
	}

	private RunResult run(String csv, String mappingExtra) throws Exception {
		return run(csv, mappingExtra, team.client("ana@team.example", "ben@team.example", "cy@team.example"));
	}

	private RunResult run(String csv, String mappingExtra, CloseClient client) throws Exception {
		return run(job(csv, Files.readString(MAPPING) + mappingExtra), client);
	}

	private RunResult runWithMapping(String csv, String mapping) throws Exception {
		return run(job(csv, mapping), team.client("ana@team.example", "ben@team.example", "cy@team.example"));
	}

	private RunResult run(Path job, CloseClient client) {
		RunResult result = new ImportRunner(Clock.systemUTC()).run((ImportJob) JobLoader.load(job),
				InProcessImport.options(this.dir), JobTarget.of(client), ProgressListener.NONE);
		assertThat(result.failure()).as("the run's failure").isNull();
		this.last = result;
		return result;
	}

	/** Writes the job, its mapping and its input into the test's folder. */
	private Path job(String csv, String mapping) throws Exception {
		Files.writeString(this.dir.resolve("phones.csv"), csv);
		Files.writeString(this.dir.resolve("phones-mapping.yaml"), mapping);
		return Files.writeString(this.dir.resolve("phones.yaml"),
				"type: phone-numbers\n" + "input: {path: " + this.dir.resolve("phones.csv") + "}\n" + "mapping: "
						+ this.dir.resolve("phones-mapping.yaml") + "\n");
	}

	private Map<Integer, CSVRecord> results() throws Exception {
		return results(this.last);
	}

	private static Map<Integer, CSVRecord> results(RunResult result) throws Exception {
		return PhoneTeam.results(result.outputDir().resolve("results.csv"));
	}

}
