package closebatch.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import closebatch.error.UserInputException;
import closebatch.load.ProgressListener;
import closebatch.report.RejectThreshold;
import closebatch.config.ImportJob;
import closebatch.checkpoint.RunPlanner.RestartMode;
import closebatch.report.RunSummary;
import closebatch.sandbox.SandboxExtension;
import closebatch.sandbox.store.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code closebatch retry-failed}: after rows are fixed in the job's own input, a new run
 * reads only the rows earlier runs rejected, and loads them into the leads they belong
 * to.
 */
class RetryFailedTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	@TempDir
	Path folder;

	@Test
	void readsOnlyTheRowsEarlierRunsRejectedFromTheFixedInput() throws Exception {
		Path input = Files.copy(Path.of("samples/leads.csv"), this.folder.resolve("leads.csv"));
		Path job = Files.writeString(this.folder.resolve("import-fixed.yaml"), "type: import\ninput:\n  path: "
				+ input.toAbsolutePath() + "\nmapping: " + Path.of("mappings/leads.yaml").toAbsolutePath() + "\n");
		RunSummary first = new ImportRunner(Clock.systemUTC())
			.run(InProcessImport.importJob(job), InProcessImport.options(this.folder),
					InProcessImport.target(sandbox.baseUrl()), ProgressListener.NONE)
			.summary();
		assertThat(first.rows().rejected()).isEqualTo(12);
		long contacts = sandbox.sandbox().store().count(Kind.CONTACT);
		// Two rows fixed in place: an email written with (at), a day-first date.
		Files.writeString(input,
				Files.readString(input)
					.replace("maria.lopez(at)ashcombe-energy.test", "maria.lopez@ashcombe-energy.test")
					.replace(",31/01/2021", ",01/31/2021"));

		RunSummary retry = retryFailed(job);

		assertThat(retry.rowsRead()).as("only the rejected rows are read").isEqualTo(12);
		assertThat(retry.rows().rejected()).isEqualTo(10);
		assertThat(retry.leadsCreated()).as("the fixed rows' leads exist already").isZero();
		assertThat(sandbox.sandbox().store().count(Kind.LEAD)).isEqualTo(100);
		assertThat(sandbox.sandbox().store().count(Kind.CONTACT)).as("the fixed rows' contacts added to their leads")
			.isEqualTo(contacts + 2);

		RunSummary again = retryFailed(job);

		assertThat(again.rowsRead()).as("the rows still rejected").isEqualTo(10);
		assertThat(again.rows().rejected()).isEqualTo(10);
		assertThat(sandbox.sandbox().store().count(Kind.CONTACT)).isEqualTo(contacts + 2);
	}

	@Test
	void holdsTheRetryToTheRejectCountAloneNotToTheShareOfRowsItChoseForBeingRejected() {
		RunOptions options = new RunOptions(this.folder.resolve("state.db"), RestartMode.RESUME,
				this.folder.resolve("out"), new RejectThreshold(null, 0.05), "test");
		ImportJob job = InProcessImport.importJob(Path.of("jobs/import-leads.yaml"));
		new ImportRunner(Clock.systemUTC()).run(job, options, InProcessImport.target(sandbox.baseUrl()),
				ProgressListener.NONE);

		RunResult retry = new ImportRunner(Clock.systemUTC()).retryFailed(job, options,
				InProcessImport.target(sandbox.baseUrl()), ProgressListener.NONE);

		assertThat(retry.summary().rows().rejected()).isEqualTo(12);
		assertThat(retry.decision().headline()).as("12 of 12 rows is not a rate that fails the retry")
			.doesNotContain("threshold");
	}

	@Test
	void refusesAJobThatHasNotRunYet() {
		assertThatThrownBy(() -> retryFailed(Path.of("jobs/import-leads.yaml")))
			.isInstanceOfSatisfying(UserInputException.class,
					(ex) -> assertThat(ex.code()).isEqualTo(JobError.NO_EARLIER_RUN))
			.hasMessageContaining("no run of import-leads");
	}

	private RunSummary retryFailed(Path job) {
		RunResult result = new ImportRunner(Clock.systemUTC()).retryFailed(InProcessImport.importJob(job),
				InProcessImport.options(this.folder), InProcessImport.target(sandbox.baseUrl()), ProgressListener.NONE);
		assertThat(result.failure()).as("failure of the retry").isNull();
		return result.summary();
	}

}
