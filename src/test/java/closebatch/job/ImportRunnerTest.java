package closebatch.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import closebatch.checkpoint.RunPlanner.RestartMode;
import closebatch.checkpoint.RunRefusedException;
import closebatch.close.ApiKey;
import closebatch.close.CloseClient;
import closebatch.close.CloseTarget;
import closebatch.close.RetryPolicy;
import closebatch.config.ImportJob;
import closebatch.config.JobLoader;
import closebatch.load.ProgressListener;
import closebatch.report.ExitDecision;
import closebatch.report.RejectThreshold;
import closebatch.report.RunStatus;
import closebatch.sandbox.SandboxExtension;
import closebatch.sandbox.http.FaultSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A run that fails part-way resumes where it stopped when run again, refuses to resume on
 * a changed input, and ends with every record written once.
 */
class ImportRunnerTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	@TempDir
	Path folder;

	private Path input;

	private ImportJob job;

	private JobTarget target;

	@BeforeEach
	void prepareTheSampleJob() throws Exception {
		this.input = this.folder.resolve("leads.csv");
		Files.copy(Path.of("samples/leads.csv"), this.input);
		Path jobFile = this.folder.resolve("import-sample.yaml");
		Files.writeString(jobFile, """
				type: import
				input:
				  path: %s
				mapping: %s
				chunk-size: 50
				concurrency: 3
				""".formatted(this.input, Path.of("mappings/leads.yaml").toAbsolutePath()));
		this.job = (ImportJob) JobLoader.load(jobFile);
		CloseClient client = CloseClient
			.builder(CloseTarget.of(sandbox.baseUrl().toString()), List.of(ApiKey.of(SandboxExtension.API_KEY)))
			.retryPolicy(new RetryPolicy(0, 0, Duration.ZERO, Duration.ZERO))
			.build();
		this.target = JobTarget.of(client);
	}

	@Test
	void aRunThatFailedResumesWhereItStoppedAndWritesEveryRecordOnce() throws Exception {
		ProgressListener faultsAfterTheFirstChunk = (rows, fraction) -> sandbox
			.faults(new FaultSettings(0, Map.of(500, 0.5), 0, 0, 0, 7L));

		RunResult failed = run(faultsAfterTheFirstChunk);

		assertThat(failed.summary().status()).isEqualTo(RunStatus.FAILED);
		assertThat(failed.decision().code()).isEqualTo(ExitDecision.FAILED);
		assertThat(failed.failure()).isNotBlank();
		sandbox.faults(FaultSettings.none());

		RunResult resumed = run(ProgressListener.NONE);

		assertThat(resumed.summary().status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(resumed.summary().run()).isEqualTo(failed.summary().run());
		assertThat(resumed.summary().rowsRead()).isEqualTo(304);
		assertThat(resumed.summary().accountingGap()).isEmpty();
		assertThat(resumed.summary().rows().rejected()).isEqualTo(12);
		assertThat(resumed.decision().code()).isEqualTo(ExitDecision.REJECTS);
		assertEveryRecordOnce();
	}

	@Test
	void aFailedRunIsNotResumedOnAChangedInputButCanStartAfresh() throws Exception {
		RunResult failed = run((rows, fraction) -> sandbox.faults(new FaultSettings(0, Map.of(500, 1.0), 0, 0, 0, 1L)));
		assertThat(failed.summary().status()).isEqualTo(RunStatus.FAILED);
		sandbox.faults(FaultSettings.none());
		Files.writeString(this.input, "Extra Co,,,,,,,,,,,,,,,,,,\n", StandardOpenOption.APPEND);

		assertThatExceptionOfType(RunRefusedException.class).isThrownBy(() -> run(ProgressListener.NONE))
			.withMessageContaining("the input file")
			.satisfies((refused) -> assertThat(refused.hint()).contains("--restart=fresh"));

		RunResult fresh = new ImportRunner(Clock.systemUTC()).run(this.job, options(RestartMode.FRESH), this.target,
				ProgressListener.NONE);
		assertThat(fresh.summary().status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(fresh.summary().run()).isNotEqualTo(failed.summary().run());
		assertThat(fresh.summary().rowsRead()).isEqualTo(305);
		assertEveryRecordOnce();
	}

	private void assertEveryRecordOnce() {
		JsonNode leads = sandbox.client().get("lead/?_limit=200").ok().path("data");
		assertThat(leads.size()).isEqualTo(100 + (Files.exists(this.input) && readsExtra() ? 1 : 0));
		Set<String> emails = new HashSet<>();
		int contacts = 0;
		for (JsonNode lead : leads) {
			for (JsonNode contact : lead.path("contacts")) {
				contacts++;
				Set<String> own = new HashSet<>();
				contact.path("emails").forEach((email) -> own.add(email.path("email").asString()));
				own.forEach((email) -> assertThat(emails.add(email)).as("%s on one contact only", email).isTrue());
			}
		}
		assertThat(contacts).isEqualTo(292);
	}

	private boolean readsExtra() {
		try {
			return Files.readString(this.input).contains("Extra Co");
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private RunResult run(ProgressListener progress) {
		return new ImportRunner(Clock.systemUTC()).run(this.job, options(RestartMode.RESUME), this.target, progress);
	}

	private RunOptions options(RestartMode mode) {
		return new RunOptions(this.folder.resolve("state.db"), mode, this.folder.resolve("out"), RejectThreshold.NONE,
				"test");
	}

}
