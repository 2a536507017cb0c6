package closebatch.job;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import closebatch.checkpoint.RunPlanner.RestartMode;
import closebatch.sandbox.SandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #3, "a fresh re-run of a completed job makes no write request": once every row is
 * in Close, running the same import again, even as a new run, reads the ledger and sends
 * nothing but reads.
 */
class ImportRerunTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	@Test
	void aFreshRerunOfACompletedImportSendsNoWriteAndFindsEveryRowUnchanged(@TempDir Path dir) {
		GeneratedImport generated = GeneratedImport.csv(dir, 600, 3);
		RunResult first = InProcessImport.run(generated,
				InProcessImport.client(sandbox.baseUrl(), Duration.ofSeconds(30)), RestartMode.RESUME);
		assertThat(first.decision().code()).as(first.failure()).isZero();
		Map<String, String> leadIds = generated.assertLoadedExactlyOnce(sandbox.sandbox().store());
		assertThat(InProcessImport.writeRequests(sandbox.sandbox().requests())).as("writes of the first run")
			.isNotEmpty();
		sandbox.sandbox().requests().clear();

		RunResult again = InProcessImport.run(generated,
				InProcessImport.client(sandbox.baseUrl(), Duration.ofSeconds(30)), RestartMode.FRESH);

		assertThat(again.decision().code()).as(again.failure()).isZero();
		assertThat(again.outputDir()).as("a new run folder").isNotEqualTo(first.outputDir());
		assertThat(InProcessImport.writeRequests(sandbox.sandbox().requests())).as("write requests of the re-run")
			.isEmpty();
		generated.assertLoadedExactlyOnce(sandbox.sandbox().store());
		JsonNode summary = generated.assertResultsAccountFor(again.outputDir(), leadIds);
		assertThat(summary.path("rows_unchanged").asLong()).as("rows_unchanged").isEqualTo(generated.rows());
		assertThat(summary.path("leads_unchanged").asLong()).as("leads_unchanged").isEqualTo(generated.companies());
		assertThat(summary.path("leads_created").asLong() + summary.path("leads_updated").asLong()
				+ summary.path("contacts_created").asLong() + summary.path("contacts_updated").asLong())
			.as("leads and contacts written by the re-run")
			.isZero();
	}

	@Test
	void runningACompletedImportAgainWithoutRestartFlagStartsANewRunThatWritesNothing(@TempDir Path dir) {
		GeneratedImport generated = GeneratedImport.csv(dir, 200, 4);
		RunResult first = InProcessImport.run(generated,
				InProcessImport.client(sandbox.baseUrl(), Duration.ofSeconds(30)), RestartMode.RESUME);
		assertThat(first.decision().code()).as(first.failure()).isZero();
		sandbox.sandbox().requests().clear();

		RunResult again = InProcessImport.run(generated,
				InProcessImport.client(sandbox.baseUrl(), Duration.ofSeconds(30)), RestartMode.RESUME);

		assertThat(again.decision().code()).as(again.failure()).isZero();
		assertThat(InProcessImport.writeRequests(sandbox.sandbox().requests())).as("write requests of the re-run")
			.isEmpty();
		generated.assertLoadedExactlyOnce(sandbox.sandbox().store());
	}

}
