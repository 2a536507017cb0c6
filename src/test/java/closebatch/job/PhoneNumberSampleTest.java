package closebatch.job;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import closebatch.config.ImportJob;
import closebatch.config.JobLoader;
import closebatch.load.ProgressListener;
import closebatch.report.RunSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code jobs/phone-numbers.yaml} run as {@code ./closebatch run phone-numbers} runs it
 * with no key configured: against the embedded sandbox, which gets the sample's reps as
 * users with keys of their own. It rents a number for each row but the one in France,
 * which Close will not rent without a regulatory bundle; run again, it rents nothing.
 */
class PhoneNumberSampleTest {

	@Test
	void theSampleRentsTheTeamsNumbersInTheEmbeddedSandboxOnce(@TempDir Path dir) {
		ImportJob job = (ImportJob) JobLoader.load(Path.of("jobs/phone-numbers.yaml"));

		RunResult first = run(job, dir);
		RunResult second = run(job, dir);

		assertThat(first.summary().rows().created()).isEqualTo(6);
		assertThat(first.summary().rows().rejected()).isEqualTo(1);
		assertThat(first.decision().code()).isEqualTo(3);
		assertThat(first.summary().objects()).containsEntry("phone_number", new RunSummary.RecordCounts(6, 0, 0));
		assertThat(second.summary().rows().unchanged()).isEqualTo(6);
		assertThat(second.summary().rows().created()).isZero();
	}

	private static RunResult run(ImportJob job, Path dir) {
		try (JobTarget target = JobTarget.open(Map.of(), null, dir.resolve("sandbox.db"))) {
			RunResult result = new ImportRunner(Clock.systemUTC()).run(job, InProcessImport.options(dir), target,
					ProgressListener.NONE);
			assertThat(result.failure()).isNull();
			return result;
		}
	}

}
