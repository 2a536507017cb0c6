package closebatch.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import closebatch.close.ApiKey;
import closebatch.close.CloseClient;
import closebatch.close.CloseTarget;
import closebatch.config.ImportJob;
import closebatch.config.JobLoader;
import closebatch.load.ProgressListener;
import closebatch.sandbox.http.FaultSettings;
import closebatch.sandbox.SandboxExtension;
import closebatch.sandbox.resource.OrganizationSeed;
import closebatch.sandbox.store.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #10: {@code jobs/migrate-crm.yaml} killed with SIGKILL at 5 random moments across
 * its steps and restarted, once without its state file, ends with the same leads,
 * contacts, opportunities, notes, tasks and calls, linked alike, as a run nobody
 * interrupted.
 *
 * <p>
 * {@code closebatch run} runs in a child JVM, in a folder holding a copy of the job, its
 * mappings and files, against the in-process sandbox slowed down so the migration lasts a
 * few seconds. The random seed is in the assertion messages, to replay a failure.
 */
class MigrationKillTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	@Test
	void aMigrationKilledAtRandomMomentsAndRestartedEvenWithoutItsStateFileLoadsEveryObjectOnce(@TempDir Path dir)
			throws Exception {
		Map<String, Integer> expected = uninterrupted(dir.resolve("reference"));
		OrganizationSeed.reset(sandbox.sandbox().store());
		copySample(dir);

		long seed = System.nanoTime();
		Random random = new Random(seed);
		sandbox.faults(new FaultSettings(25, Map.of(), 0, 0, 30_000, null));
		Path log = dir.resolve("child.log");
		String[] command = { "run", "jobs/migrate-crm.yaml", "--state", dir.resolve("state.db").toString(), "--out",
				dir.resolve("out").toString() };
		int stateLostBefore = random.nextInt(5);
		List<String> stateDeleted = new ArrayList<>();
		// A start reads some 30 definitions before its first write.
		List<String> killed = new ArrayList<>(RandomKills.run(5, sandbox.sandbox().requests(),
				() -> 20 + random.nextInt(40),
				() -> ChildImport.start(dir, sandbox.baseUrl(), SandboxExtension.API_KEY, List.of(), log, command),
				(kill) -> {
					if (kill == stateLostBefore) {
						RandomKills.deleteStateFile(dir);
						stateDeleted.add("state file deleted after kill " + (kill + 1));
					}
				}));
		killed.addAll(stateDeleted);
		sandbox.faults(FaultSettings.none());
		Process last = ChildImport.start(dir, sandbox.baseUrl(), SandboxExtension.API_KEY, List.of(), log, command);
		assertThat(last.waitFor(5, TimeUnit.MINUTES)).as("the last run finishes").isTrue();

		String context = "seed " + seed + ", " + killed + ", log " + log;
		assertThat(killed).as(context).filteredOn((event) -> event.startsWith("kill")).hasSize(5);
		assertThat(last.exitValue())
			.as("exit code of the last run (3: the sample's rejected rows); %s\n%s", context, Files.readString(log))
			.isEqualTo(3);
		assertThat(census()).as("every object once, linked as an uninterrupted run links it; %s", context)
			.containsExactlyInAnyOrderEntriesOf(expected);
	}

	/** The census of the sample migration run once, to its end, in-process. */
	private static Map<String, Integer> uninterrupted(Path dir) {
		ImportJob job = (ImportJob) JobLoader.load(Path.of("jobs/migrate-crm.yaml"));
		CloseClient client = CloseClient
			.builder(CloseTarget.of(sandbox.baseUrl().toString()), List.of(ApiKey.of(SandboxExtension.API_KEY)))
			.build();
		RunResult result = new ImportRunner(Clock.systemUTC()).run(job, InProcessImport.options(dir),
				JobTarget.of(client), ProgressListener.NONE);
		assertThat(result.failure()).isNull();
		Map<String, Integer> census = census();
		assertThat(census.values().stream().mapToInt(Integer::intValue).sum()).as("objects in the census")
			.isEqualTo(11 + 20 + 15 + 25 + 10 + 15 + 8);
		return census;
	}

	/**
	 * Every lead, contact, opportunity, task, note, call and custom activity as what it
	 * holds (the ids in it as what they name) and the company key of its lead, never an
	 * id or a time the sandbox chose, counted.
	 */
	private static Map<String, Integer> census() {
		Map<String, String> leadKeys = new TreeMap<>();
		for (JsonNode lead : sandbox.sandbox().store().oldestFirst(Kind.LEAD)) {
			lead.properties()
				.stream()
				.filter((field) -> field.getValue().asString("").startsWith("companies:"))
				.forEach((field) -> leadKeys.put(lead.path("id").asString(), field.getValue().asString()));
		}
		// Ids the sandbox chose, as what they name: a contact by name, a field by name, a
		// user by email.
		Map<String, String> names = new TreeMap<>();
		sandbox.sandbox()
			.store()
			.oldestFirst(Kind.CONTACT)
			.forEach((contact) -> names.put(contact.path("id").asString(), contact.path("name").asString()));
		sandbox.sandbox()
			.store()
			.oldestFirst(Kind.USER)
			.forEach((user) -> names.put(user.path("id").asString(), user.path("email").asString()));
		for (Kind fields : List.of(Kind.LEAD_CUSTOM_FIELD, Kind.ACTIVITY_CUSTOM_FIELD)) {
			sandbox.sandbox()
				.store()
				.oldestFirst(fields)
				.forEach((field) -> names.put("custom." + field.path("id").asString(),
						"custom." + field.path("name").asString()));
		}
		Map<String, Integer> census = new TreeMap<>();
		for (Kind kind : List.of(Kind.LEAD, Kind.CONTACT, Kind.OPPORTUNITY, Kind.TASK, Kind.ACTIVITY)) {
			for (JsonNode object : sandbox.sandbox().store().oldestFirst(kind)) {
				String lead = leadKeys
					.get((kind == Kind.LEAD) ? object.path("id").asString() : object.path("lead_id").asString());
				Map<String, String> content = new TreeMap<>();
				object.properties().forEach((field) -> {
					String name = names.getOrDefault(field.getKey(), field.getKey());
					if (!chosenBySandbox(kind, object, name)) {
						content.put(name, field.getValue().isArray()
								? field.getValue()
									.values()
									.stream()
									.map((item) -> names.getOrDefault(item.asString(""), item.toString()))
									.toList()
									.toString()
								: names.getOrDefault(field.getValue().asString(""), field.getValue().toString()));
					}
				});
				census.merge(kind + " of " + lead + ": " + content, 1, Integer::sum);
			}
		}
		return census;
	}

	/**
	 * Whether the sandbox chose the field's value (an id, a time of its own), so that two
	 * runs of the same migration differ in it.
	 */
	private static boolean chosenBySandbox(Kind kind, JsonNode object, String field) {
		boolean ownTime = field.equals("date_created") || field.equals("activity_at");
		boolean historical = kind == Kind.OPPORTUNITY
				|| kind == Kind.ACTIVITY && !object.path("_type").asString().equals("CustomActivity");
		// date_lost: when the sandbox first saw the opportunity lost.
		return List
			.of("id", "lead_id", "organization_id", "status_id", "pipeline_id", "custom_activity_type_id", "users",
					"date_lost")
			.contains(field) || field.endsWith("_by") || field.endsWith("_by_name") || field.startsWith("date_updated")
				|| ownTime && !historical;
	}

	private static void copySample(Path dir) throws IOException {
		for (String folder : List.of("jobs", "mappings/migration", "samples/migration")) {
			Files.createDirectories(dir.resolve(folder));
			try (Stream<Path> files = Files.list(Path.of(folder))) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					Files.copy(file, dir.resolve(folder).resolve(file.getFileName()));
				}
			}
		}
	}

}
