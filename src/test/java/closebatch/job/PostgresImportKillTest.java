package closebatch.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import closebatch.checkpoint.SharedPostgres;
import closebatch.sandbox.SandboxExtension;
import closebatch.sandbox.http.FaultSettings;
import closebatch.sandbox.http.RequestLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #13: with its state in PostgreSQL, an import killed with SIGKILL while it writes
 * and started again creates every record exactly once; while it runs, a second runner of
 * the same job and target is refused, naming it; once it is killed, the next runner takes
 * its lock at once (the server ends the dead runner's session) and resumes its run.
 *
 * <p>
 * {@code closebatch run --state jdbc:postgresql://…} runs in child JVMs against the
 * in-process sandbox, slowed down so the import lasts some seconds. The random seed is in
 * the assertion messages, to replay a failure.
 */
class PostgresImportKillTest {

	private static final int ROWS = 1_200;

	private static final int KILLS = 2;

	private static final FaultSettings WRITING = new FaultSettings(3, Map.of(), 0, 0, 30_000, null);

	/**
	 * Slow enough that the first runner, with all of its records in flight, is still at
	 * work when the second has started.
	 */
	private static final FaultSettings CRAWLING = new FaultSettings(3_000, Map.of(), 0, 0, 30_000, null);

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	@Test
	void anImportKilledWhileItWritesAndRestartedLoadsEveryLeadAndContactExactlyOnceAndAdmitsOneRunnerAtATime(
			@TempDir Path dir) throws Exception {
		long seed = System.nanoTime();
		Random random = new Random(seed);
		GeneratedImport generated = GeneratedImport.csv(dir, ROWS, seed);
		sandbox.faults(WRITING);
		String state = SharedPostgres.urlWithUser(SharedPostgres.newDatabase());
		Path log = dir.resolve("child.log");
		String[] command = { "run", generated.jobFile().toString(), "--state", state, "--out",
				dir.resolve("out").toString() };
		RequestLog requests = sandbox.sandbox().requests();
		List<String> killed = new ArrayList<>();
		for (int kill = 0; kill < KILLS; kill++) {
			// An uninterrupted run sends about one request per lead (some 420).
			int afterRequests = 20 + random.nextInt(80);
			long before = total(requests);
			Process child = ChildImport.start(dir, sandbox.baseUrl(), SandboxExtension.API_KEY, List.of(), log,
					command);
			while (child.isAlive() && total(requests) - before < afterRequests) {
				Thread.sleep(5);
			}
			assertThat(child.isAlive())
				.as("seed %d: run %d ended before it was killed:%n%s", seed, kill + 1, Files.readString(log))
				.isTrue();
			if (kill == 0) {
				assertASecondRunnerIsRefusedNaming(child, dir, command);
			}
			child.destroyForcibly();
			assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
			killed.add("after " + (total(requests) - before) + " requests");
		}
		sandbox.faults(FaultSettings.none());
		Process last = ChildImport.start(dir, sandbox.baseUrl(), SandboxExtension.API_KEY, List.of(), log, command);
		assertThat(last.waitFor(5, TimeUnit.MINUTES)).as("the last run finishes").isTrue();

		String context = "seed " + seed + ", kills " + killed + ", log " + log;
		assertThat(last.exitValue()).as("exit code of the last run; %s%n%s", context, Files.readString(log)).isZero();
		Map<String, String> leadIds = generated.assertLoadedExactlyOnce(sandbox.sandbox().store());
		Path jobFolder = dir.resolve("out").resolve(GeneratedImport.JOB_NAME);
		assertThat(jobFolder.resolve("2")).as("every restart resumed run 1; %s", context).doesNotExist();
		generated.assertResultsAccountFor(jobFolder.resolve("1"), leadIds);
	}

	private static void assertASecondRunnerIsRefusedNaming(Process runner, Path dir, String[] command)
			throws Exception {
		sandbox.faults(CRAWLING);
		Path secondLog = dir.resolve("second.log");
		Process second = ChildImport.start(dir, sandbox.baseUrl(), SandboxExtension.API_KEY, List.of(), secondLog,
				command);
		assertThat(second.waitFor(60, TimeUnit.SECONDS)).as("the second runner gives up at once").isTrue();
		assertThat(second.exitValue()).as(Files.readString(secondLog)).isEqualTo(1);
		assertThat(Files.readString(secondLog)).contains("CB-STATE", "is already running against",
				"by process " + runner.pid());
		assertThat(runner.isAlive()).as("the first runner still runs").isTrue();
		sandbox.faults(WRITING);
	}

	private static long total(RequestLog requests) {
		return requests.toJson().path("total").asLong();
	}

}
