package closebatch.checkpoint;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import closebatch.checkpoint.RunPlanner.RestartMode;
import closebatch.checkpoint.RunRefusedException.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RunPlannerTest {

	private static final String CLOSE = "https://api.close.com/api/v1/";

	private static final RunIdentity IDENTITY = new RunIdentity("import-leads", "sha256:input-1", "sha256:mapping-1",
			CLOSE, "0.1.0");

	@TempDir
	Path dir;

	private CheckpointDatabase database;

	private CheckpointBatch batch;

	private RunPlanner planner;

	private final AtomicBoolean fail = new AtomicBoolean();

	private Job job;

	@BeforeEach
	void openDatabase() {
		this.database = CheckpointDatabase.open(this.dir.resolve("state.db"));
		this.batch = CheckpointBatch.on(this.database);
		this.planner = new RunPlanner(this.batch.jobRepository());
		this.job = new JobBuilder("import-leads", this.batch.jobRepository())
			.start(new StepBuilder("load", this.batch.jobRepository()).tasklet((contribution, context) -> {
				if (this.fail.get()) {
					throw new IllegalStateException("target unavailable");
				}
				return RepeatStatus.FINISHED;
			}, this.database.transactionManager()).build())
			.build();
	}

	@AfterEach
	void closeDatabase() {
		this.database.close();
	}

	private JobExecution run(RunPlan plan, boolean failing) throws Exception {
		this.fail.set(failing);
		return this.batch.jobOperator().start(this.job, plan.parameters());
	}

	@Test
	void identifiesARunByFingerprintsTargetAndRunNumberButNeverAKey() {
		JobParameters parameters = this.planner.plan(IDENTITY, RestartMode.RESUME).parameters();

		assertThat(parameters.getIdentifyingParameters()).extracting(JobParameter::name)
			.containsExactlyInAnyOrder("input.fingerprint", "mapping.fingerprint", "target", "run.number");
		assertThat(parameters.getString("tool.version")).isEqualTo("0.1.0");
		assertThat(parameters.getParameter("tool.version").identifying()).isFalse();
	}

	@Test
	void refusesATargetThatCarriesCredentials() {
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> new RunIdentity("import-leads", null, null, "https://api_secret:@api.close.com/", "0.1.0"))
			.withMessageNotContaining("api_secret");
	}

	@Test
	void startsTheFirstRunOfAJobAsANewRun() {
		assertThat(this.planner.plan(IDENTITY, RestartMode.RESUME)).isInstanceOf(RunPlan.StartNew.class);
	}

	@Test
	void resumesAFailedRunWhoseInputAndMappingAreUnchanged() throws Exception {
		JobExecution failed = run(this.planner.plan(IDENTITY, RestartMode.RESUME), true);
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);

		RunPlan plan = this.planner.plan(IDENTITY, RestartMode.RESUME);

		assertThat(plan).isInstanceOfSatisfying(RunPlan.Resume.class,
				(resume) -> assertThat(resume.interrupted().getId()).isEqualTo(failed.getId()));
		JobExecution resumed = run(plan, false);
		assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(resumed.getJobInstanceId()).isEqualTo(failed.getJobInstanceId());
	}

	@Test
	void refusesToResumeWhenTheInputFileChanged() throws Exception {
		run(this.planner.plan(IDENTITY, RestartMode.RESUME), true);
		RunIdentity changed = new RunIdentity("import-leads", "sha256:input-2", "sha256:mapping-1", CLOSE, "0.1.0");

		assertThatExceptionOfType(RunRefusedException.class)
			.isThrownBy(() -> this.planner.plan(changed, RestartMode.RESUME))
			.satisfies((ex) -> {
				assertThat(ex.reason()).isEqualTo(Reason.INPUT_CHANGED);
				assertThat(ex.getMessage()).contains("import-leads")
					.contains("the input file (was sha256:input-1, now sha256:input-2)")
					.doesNotContain("mapping");
				assertThat(ex.hint()).contains("--restart=fresh");
			});
	}

	@Test
	void refusesToResumeWhenTheMappingChanged() throws Exception {
		run(this.planner.plan(IDENTITY, RestartMode.RESUME), true);
		RunIdentity changed = new RunIdentity("import-leads", "sha256:input-1", "sha256:mapping-2", CLOSE, "0.1.0");

		assertThatExceptionOfType(RunRefusedException.class)
			.isThrownBy(() -> this.planner.plan(changed, RestartMode.RESUME))
			.satisfies((ex) -> {
				assertThat(ex.reason()).isEqualTo(Reason.MAPPING_CHANGED);
				assertThat(ex.getMessage()).contains("the mapping (was sha256:mapping-1, now sha256:mapping-2)")
					.doesNotContain("input file");
			});
	}

	@Test
	void namesBothWhenInputAndMappingChanged() throws Exception {
		run(this.planner.plan(IDENTITY, RestartMode.RESUME), true);
		RunIdentity changed = new RunIdentity("import-leads", "sha256:input-2", "sha256:mapping-2", CLOSE, "0.1.0");

		assertThatExceptionOfType(RunRefusedException.class)
			.isThrownBy(() -> this.planner.plan(changed, RestartMode.RESUME))
			.withMessageContaining("the input file")
			.withMessageContaining("the mapping");
	}

	@Test
	void startsANewRunOnAChangedInputWhenAskedForAFreshStart() throws Exception {
		JobExecution failed = run(this.planner.plan(IDENTITY, RestartMode.RESUME), true);
		RunIdentity changed = new RunIdentity("import-leads", "sha256:input-2", "sha256:mapping-1", CLOSE, "0.1.0");

		RunPlan plan = this.planner.plan(changed, RestartMode.FRESH);

		assertThat(plan).isInstanceOf(RunPlan.StartNew.class);
		JobExecution fresh = run(plan, false);
		assertThat(fresh.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(fresh.getJobInstanceId()).isNotEqualTo(failed.getJobInstanceId());
	}

	@Test
	void startsAFreshRunOfUnchangedInputsAsANewInstance() throws Exception {
		JobExecution failed = run(this.planner.plan(IDENTITY, RestartMode.RESUME), true);

		JobExecution fresh = run(this.planner.plan(IDENTITY, RestartMode.FRESH), false);

		assertThat(fresh.getJobInstanceId()).isNotEqualTo(failed.getJobInstanceId());
		assertThat(this.planner.plan(IDENTITY, RestartMode.RESUME)).isInstanceOf(RunPlan.StartNew.class);
	}

	@Test
	void startsANewRunAfterACompletedOne() throws Exception {
		JobExecution first = run(this.planner.plan(IDENTITY, RestartMode.RESUME), false);

		JobExecution second = run(this.planner.plan(IDENTITY, RestartMode.RESUME), false);

		assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(second.getJobInstanceId()).isNotEqualTo(first.getJobInstanceId());
	}

	@Test
	void judgesOnlyRunsAgainstTheSameTarget() throws Exception {
		run(this.planner.plan(IDENTITY, RestartMode.RESUME), true);
		RunIdentity sandbox = new RunIdentity("import-leads", "sha256:input-2", "sha256:mapping-1",
				"http://127.0.0.1:8765/api/v1/", "0.1.0");

		assertThat(this.planner.plan(sandbox, RestartMode.RESUME)).isInstanceOf(RunPlan.StartNew.class);
		assertThat(this.planner.plan(IDENTITY, RestartMode.RESUME)).isInstanceOf(RunPlan.Resume.class);
	}

	@Test
	void numbersTheRunsOfEachJobOnTheirOwn() throws Exception {
		for (int i = 0; i < 3; i++) {
			run(this.planner.plan(IDENTITY, RestartMode.RESUME), false);
		}
		RunIdentity other = new RunIdentity("migrate-crm", "sha256:input-2", "sha256:mapping-2", CLOSE, "0.1.0");
		Job otherJob = new JobBuilder("migrate-crm", this.batch.jobRepository())
			.start(new StepBuilder("load", this.batch.jobRepository())
				.tasklet((contribution, context) -> RepeatStatus.FINISHED, this.database.transactionManager())
				.build())
			.build();

		RunPlan first = this.planner.plan(other, RestartMode.RESUME);
		this.batch.jobOperator().start(otherJob, first.parameters());
		RunPlan second = this.planner.plan(other, RestartMode.RESUME);

		assertThat(first.parameters().getLong(RunIdentity.RUN_NUMBER)).isEqualTo(1);
		assertThat(second.parameters().getLong(RunIdentity.RUN_NUMBER)).isEqualTo(2);
		assertThat(this.planner.plan(IDENTITY, RestartMode.RESUME).parameters().getLong(RunIdentity.RUN_NUMBER))
			.isEqualTo(4);
	}

}
