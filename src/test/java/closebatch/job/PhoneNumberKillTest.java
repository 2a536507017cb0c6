package closebatch.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import closebatch.sandbox.SandboxExtension;
import closebatch.sandbox.http.FaultSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #14: a job renting 20 numbers for 5 reps, killed with SIGKILL at 3 random moments
 * and restarted, rents each number exactly once. The sandbox's budget allows exactly 20
 * numbers, so a rent sent twice would either leave a 13th number or end in a
 * billing-error; a re-run rents nothing, with its state file or without it.
 *
 * <p>
 * {@code closebatch run} runs in a child JVM with a key file holding each rep's key,
 * against the in-process sandbox slowed down so the run lasts long enough to be killed.
 * The random seed is in the assertion messages, to replay a failure.
 */
class PhoneNumberKillTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	private static final List<String> REPS = List.of("ana@kill.example", "ben@kill.example", "cy@kill.example",
			"di@kill.example", "ed@kill.example");

	private static final String[] PREFIXES = { "415", "212", "312", "646" };

	@Test
	void aRentJobKilledAtRandomMomentsAndRestartedRentsEachNumberOnce(@TempDir Path dir) throws Exception {
		PhoneTeam team = PhoneTeam.of(sandbox, REPS.toArray(String[]::new));
		team.rentalRules(Map.of("monthly_price", 1.15, "monthly_budget", REPS.size() * PREFIXES.length * 1.15));
		Map<String, Integer> wanted = new TreeMap<>();
		StringBuilder csv = new StringBuilder("Rep Email,Line,Action,Country,Area Code,SMS,Forward To,Forwarding\n");
		for (String rep : REPS) {
			for (int line = 1; line <= PREFIXES.length; line++) {
				csv.append(rep).append(",Line ").append(line).append(",rent,US,").append(PREFIXES[line - 1]);
				csv.append(",,+1 415 555 01").append(10 + line).append(",yes\n");
				wanted.put(rep + "|Line " + line, 1);
			}
		}
		Files.createDirectories(dir.resolve("jobs"));
		Files.createDirectories(dir.resolve("mappings"));
		Files.createDirectories(dir.resolve("samples"));
		Files.writeString(dir.resolve("samples/phone-numbers.csv"), csv);
		Files.copy(Path.of("jobs/phone-numbers.yaml"), dir.resolve("jobs/phone-numbers.yaml"));
		Files.copy(Path.of("mappings/phone-numbers.yaml"), dir.resolve("mappings/phone-numbers.yaml"));
		String[] command = { "run", "jobs/phone-numbers.yaml", "--state", dir.resolve("state.db").toString(), "--out",
				dir.resolve("out").toString(), "--api-key-file", team.keyFile(dir).toString() };

		long seed = System.nanoTime();
		Random random = new Random(seed);
		sandbox.faults(new FaultSettings(60, Map.of(), 0, 0, 30_000, null));
		Path log = dir.resolve("child.log");
		// A start asks whose each of the 6 keys is, and lists the users, first; a number
		// then takes 3 requests (list, rent, label).
		List<String> killed = RandomKills.run(3, sandbox.sandbox().requests(), () -> 9 + random.nextInt(18),
				() -> ChildImport.start(dir, sandbox.baseUrl(), SandboxExtension.API_KEY, List.of(), log, command),
				(kill) -> {
				});
		sandbox.faults(FaultSettings.none());
		int exit = runToTheEnd(dir, log, command);

		String context = "seed " + seed + ", " + killed + ", log " + log;
		assertThat(killed).as(context).filteredOn((event) -> event.startsWith("kill")).hasSize(3);
		assertThat(exit)
			.as("exit code of the last run (0: no row rejected, no billing-error); %s\n%s", context,
					Files.readString(log))
			.isZero();
		assertThat(team.numbers()).as("each number rented once and labelled; %s", context)
			.containsExactlyInAnyOrderEntriesOf(wanted);

		sandbox.sandbox().requests().clear();
		assertThat(runToTheEnd(dir, log, command)).isZero();
		assertThat(team.rentRequests()).as("rents of a re-run").isZero();
		RandomKills.deleteStateFile(dir);
		assertThat(runToTheEnd(dir, log, command)).isZero();
		assertThat(team.rentRequests()).as("rents of a re-run without the state file").isZero();
		assertThat(team.numbers()).containsExactlyInAnyOrderEntriesOf(wanted);
	}

	private static int runToTheEnd(Path dir, Path log, String[] command) throws Exception {
		Process last = ChildImport.start(dir, sandbox.baseUrl(), SandboxExtension.API_KEY, List.of(), log, command);
		assertThat(last.waitFor(5, TimeUnit.MINUTES)).as("the run finishes").isTrue();
		return last.exitValue();
	}

}
