package closebatch.checkpoint;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The run lock on a PostgreSQL state database, across processes: one runner per job and
 * target, named to the runner it refuses, and free again as soon as its holder is killed.
 */
class AdvisoryRunLockTest {

	private static final String OTHER_TARGET = "http://127.0.0.1:2/api/v1/";

	@Test
	void refusesTheJobOnTheTargetALiveProcessRunsAndTakesItOverOnceThatProcessIsKilled() throws Exception {
		PostgresState state = SharedPostgres.newDatabase();
		Process owner = StateFileOwner.start("hold", SharedPostgres.urlWithUser(state));
		Instant ownerStarted = owner.info().startInstant().orElseThrow();
		try {
			assertThatExceptionOfType(RunRefusedException.class)
				.isThrownBy(() -> RunLock.acquire(state, NumbersJob.NAME, NumbersJob.TARGET))
				.satisfies((ex) -> {
					assertThat(ex.reason()).isEqualTo(RunRefusedException.Reason.STATE_IN_USE);
					assertThat(ex.getMessage()).contains("Job numbers is already running against " + NumbersJob.TARGET)
						.contains(state.url())
						.contains("by process " + owner.pid());
					assertThat(ex.hint()).isNotBlank();
				});
			try (RunLock otherTarget = RunLock.acquire(state, NumbersJob.NAME, OTHER_TARGET);
					RunLock otherJob = RunLock.acquire(state, "other-job", NumbersJob.TARGET)) {
				assertThat(otherTarget.previousOwner()).isEmpty();
				assertThat(otherJob.previousOwner()).isEmpty();
			}
		}
		finally {
			StateFileOwner.kill(owner);
		}

		try (RunLock lock = AbandonedRunsTest.acquireWithin(Duration.ofSeconds(10), state)) {
			assertThat(lock.owner().pid()).isEqualTo(ProcessHandle.current().pid());
			assertThat(lock.previousOwner()).hasValueSatisfying((previous) -> {
				assertThat(previous.pid()).isEqualTo(owner.pid());
				assertThat(previous.startedAt()).isEqualTo(ownerStarted);
			});
		}
	}

	@Test
	void refusesASecondOwnerInTheSameProcessAndLeavesNoPreviousOwnerWhenReleasedCleanly() {
		PostgresState state = SharedPostgres.newDatabase();
		try (RunLock lock = RunLock.acquire(state, NumbersJob.NAME, NumbersJob.TARGET)) {
			assertThatExceptionOfType(RunRefusedException.class)
				.isThrownBy(() -> RunLock.acquire(state, NumbersJob.NAME, NumbersJob.TARGET))
				.satisfies((ex) -> assertThat(ex.getMessage()).contains("by process " + ProcessHandle.current().pid()));
		}
		try (RunLock lock = RunLock.acquire(state, NumbersJob.NAME, NumbersJob.TARGET)) {
			assertThat(lock.previousOwner()).isEmpty();
		}
	}

	@Test
	void vouchesForEveryRunOfItsJobOnlyWhileNoOtherRunnerHoldsALockOfThatJob() {
		PostgresState state = SharedPostgres.newDatabase();
		try (RunLock lock = RunLock.acquire(state, NumbersJob.NAME, NumbersJob.TARGET)) {
			try (RunLock otherTarget = RunLock.acquire(state, NumbersJob.NAME, OTHER_TARGET);
					RunLock otherJob = RunLock.acquire(state, "other-job", NumbersJob.TARGET)) {
				assertThat(lock.guardsEveryRunOf(NumbersJob.NAME)).isFalse();
			}
			assertThat(lock.guardsEveryRunOf(NumbersJob.NAME)).isTrue();
			assertThat(lock.guardsEveryRunOf("other-job")).isFalse();
		}
	}

	@Test
	void recoversOnlyTheRunsOfItsOwnJobAndTargetSinceOtherRunnersShareTheDatabase() throws Exception {
		PostgresState state = SharedPostgres.newDatabase();
		try (CheckpointDatabase database = CheckpointDatabase.open(state)) {
			CheckpointBatch batch = CheckpointBatch.on(database);
			var parameters = new JobParametersBuilder(NumbersJob.PARAMETERS).addString(RunIdentity.TARGET, OTHER_TARGET)
				.toJobParameters();
			JobInstance instance = batch.jobRepository().createJobInstance(NumbersJob.NAME, parameters);
			JobExecution elsewhere = batch.jobRepository()
				.createJobExecution(instance, parameters, new ExecutionContext());

			try (RunLock lock = RunLock.acquire(state, NumbersJob.NAME, NumbersJob.TARGET)) {
				assertThat(AbandonedRuns.recover(batch, lock)).isEmpty();
			}
			assertThat(batch.jobRepository().getJobExecution(elsewhere.getId()).isRunning()).isTrue();

			try (RunLock lock = RunLock.acquire(state, NumbersJob.NAME, OTHER_TARGET)) {
				List<JobExecution> recovered = AbandonedRuns.recover(batch, lock);
				assertThat(recovered).extracting(JobExecution::getId).containsExactly(elsewhere.getId());
			}
		}
	}

}
