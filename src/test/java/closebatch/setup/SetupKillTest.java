package closebatch.setup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import closebatch.job.ChildImport;
import closebatch.sandbox.SandboxExtension;
import closebatch.sandbox.http.FaultSettings;
import closebatch.sandbox.http.RequestLog;
import closebatch.sandbox.resource.OrganizationSeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #14: {@code closebatch setup apply} killed with SIGKILL at 3 random moments and
 * run again ends in the state an uninterrupted apply makes. The random seed is in the
 * assertion messages, to replay a failure.
 */
class SetupKillTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	@Test
	void anApplyKilledAtRandomMomentsAndRunAgainEndsAsAnUninterruptedOne(@TempDir Path dir) throws Exception {
		SetupApply.apply(SetupAsCodeTest.client(sandbox), SetupFile.read(SetupAsCodeTest.SAMPLE), false, (change) -> {
		});
		String reference = SetupFile.write(SetupInClose.read(SetupAsCodeTest.client(sandbox)));
		OrganizationSeed.reset(sandbox.sandbox().store());

		long seed = System.nanoTime();
		Random random = new Random(seed);
		// Slowed down so that an apply (about 80 requests) lasts a couple of seconds.
		sandbox.faults(new FaultSettings(20, Map.of(), 0, 0, 30_000, null));
		RequestLog requests = sandbox.sandbox().requests();
		Path log = dir.resolve("child.log");
		String[] command = { "setup", "apply", SetupAsCodeTest.SAMPLE.toAbsolutePath().toString() };
		List<String> kills = new ArrayList<>();
		for (int kill = 0; kill < 3; kill++) {
			long before = total(requests);
			// An apply reads the organization in 10 requests, then writes 18 definitions
			// with reads between parts: each kill falls among the first writes left.
			int afterRequests = 8 + random.nextInt(10);
			Process child = ChildImport.start(dir, sandbox.baseUrl(), SandboxExtension.API_KEY, List.of(), log,
					command);
			while (child.isAlive() && total(requests) - before < afterRequests) {
				Thread.sleep(2);
			}
			if (!child.isAlive()) {
				kills.add("ended before its kill after " + afterRequests + " requests");
				break;
			}
			child.destroyForcibly();
			assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
			kills.add("killed after " + (total(requests) - before) + " requests");
		}
		sandbox.faults(FaultSettings.none());
		Process last = ChildImport.start(dir, sandbox.baseUrl(), SandboxExtension.API_KEY, List.of(), log, command);
		assertThat(last.waitFor(2, TimeUnit.MINUTES)).isTrue();

		String context = "seed " + seed + ", " + kills + "\n" + Files.readString(log);
		assertThat(kills).as(context).allMatch((kill) -> kill.startsWith("killed"));
		assertThat(last.exitValue()).as(context).isZero();
		assertThat(SetupFile.write(SetupInClose.read(SetupAsCodeTest.client(sandbox)))).as(context)
			.isEqualTo(reference);
	}

	private static long total(RequestLog requests) {
		return requests.toJson().path("total").asLong();
	}

}
