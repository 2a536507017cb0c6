package closebatch.job;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import closebatch.checkpoint.RunPlanner.RestartMode;
import closebatch.close.RetryPolicy;
import closebatch.sandbox.SandboxExtension;
import closebatch.sandbox.http.FaultSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #3, "the same import with the sandbox dropping 2% of connections, answering 10%
 * with 429, 5% with 503 and delaying 2% past the client timeout ends with the same exact
 * result": a dropped connection or a timed-out create may or may not have reached Close,
 * and the import must settle each one without losing or doubling a lead or a contact.
 */
class ImportFaultTest {

	private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(1);

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	@Test
	void anImportThroughDroppedConnectionsThrottlingUnavailabilityAndTimeoutsLoadsEveryRowExactlyOnce(
			@TempDir Path dir) {
		long seed = System.nanoTime();
		GeneratedImport generated = GeneratedImport.csv(dir, 5_000, seed);
		sandbox.faults(
				new FaultSettings(0, Map.of(429, 0.10, 503, 0.05), 0.02, 0.02, CLIENT_TIMEOUT.toMillis() + 500, seed));

		// Each 429 pauses the client for its Retry-After (1 s); the test skips those
		// waits.
		FastForwardTime time = new FastForwardTime();
		RunResult result = InProcessImport.run(generated,
				InProcessImport.client(sandbox.baseUrl(), CLIENT_TIMEOUT, time), RestartMode.RESUME);

		sandbox.faults(FaultSettings.none());
		assertThat(result.decision().code()).as("seed %d: exit code; %s", seed, result.failure()).isZero();
		JsonNode statuses = sandbox.sandbox().requests().toJson().path("by_status");
		assertThat(statuses.path("429").asLong()).as("seed %d: 429s sent", seed).isPositive();
		assertThat(statuses.path("503").asLong()).as("seed %d: 503s sent", seed).isPositive();
		assertThat(statuses.path("0").asLong()).as("seed %d: connections dropped", seed).isPositive();
		Map<String, String> leadIds = generated.assertLoadedExactlyOnce(sandbox.sandbox().store());
		JsonNode summary = generated.assertResultsAccountFor(result.outputDir(), leadIds);
		assertThat(summary.path("leads_created").asLong()).as("leads_created").isEqualTo(generated.companies());
		assertThat(summary.path("contacts_created").asLong()).as("contacts_created").isEqualTo(generated.contacts());
		assertThat(summary.path("retries").asLong()).as("retries").isPositive();
		assertThat(summary.path("throttled").asLong()).as("throttled").isPositive();
	}

}
