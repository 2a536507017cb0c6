package closebatch.checkpoint;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AbandonedRunsTest {

	@TempDir
	Path dir;

	/**
	 * The state database of a test, for the child process and this one; subclasses run
	 * the tests on another.
	 */
	String stateOfTest() {
		return this.dir.resolve("state.db").toString();
	}

	@Test
	void resumesARunWhoseProcessWasKilledFromItsLastCommittedChunk() throws Exception {
		String stateArgument = stateOfTest();
		StateLocation state = StateLocation.of(stateArgument, java.util.Map.of());
		Process owner = StateFileOwner.start("run-numbers", stateArgument);
		StateFileOwner.kill(owner);

		try (RunLock lock = acquireWithin(Duration.ofSeconds(10), state);
				CheckpointDatabase database = CheckpointDatabase.open(state)) {
			assertThat(lock.previousOwner()).map(RunOwner::pid).hasValue(owner.pid());
			CheckpointBatch batch = CheckpointBatch.on(database);
			Job job = NumbersJob.build(database, batch, (chunk) -> {
			});
			assertThat(NumbersJob.written(database)).isEqualTo(IntStream.rangeClosed(1, 40).boxed().toList());
			assertThatExceptionOfType(JobExecutionAlreadyRunningException.class)
				.isThrownBy(() -> batch.jobOperator().start(job, NumbersJob.PARAMETERS));

			List<JobExecution> recovered = AbandonedRuns.recover(batch, lock);

			assertThat(recovered).singleElement()
				.satisfies((execution) -> assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED));
			JobExecution resumed = batch.jobOperator().start(job, NumbersJob.PARAMETERS);
			assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
			assertThat(resumed.getStepExecutions().iterator().next().getReadCount()).isEqualTo(60);
			assertThat(NumbersJob.written(database)).isEqualTo(IntStream.rangeClosed(1, 100).boxed().toList());
		}
	}

	@Test
	void recoversNothingWhenNoRunWasLeftRunning() throws Exception {
		StateLocation state = StateLocation.of(stateOfTest(), java.util.Map.of());
		try (RunLock lock = RunLock.acquire(state, NumbersJob.NAME, NumbersJob.TARGET);
				CheckpointDatabase database = CheckpointDatabase.open(state)) {
			CheckpointBatch batch = CheckpointBatch.on(database);
			batch.jobOperator().start(NumbersJob.build(database, batch, (chunk) -> {
			}), NumbersJob.PARAMETERS);

			assertThat(AbandonedRuns.recover(batch, lock)).isEmpty();
		}
	}

	@Test
	void forgetsARunKilledBetweenItsInstanceAndItsFirstExecutionSoThatItStartsAgain() throws Exception {
		StateLocation state = StateLocation.of(stateOfTest(), java.util.Map.of());
		try (RunLock lock = RunLock.acquire(state, NumbersJob.NAME, NumbersJob.TARGET);
				CheckpointDatabase database = CheckpointDatabase.open(state)) {
			CheckpointBatch batch = CheckpointBatch.on(database);
			Job job = NumbersJob.build(database, batch, (chunk) -> {
			});
			batch.jobRepository().createJobInstance(job.getName(), NumbersJob.PARAMETERS);

			AbandonedRuns.recover(batch, lock);

			JobExecution started = batch.jobOperator().start(job, NumbersJob.PARAMETERS);
			assertThat(started.getStatus()).isEqualTo(BatchStatus.COMPLETED);
			assertThat(NumbersJob.written(database)).isEqualTo(IntStream.rangeClosed(1, 100).boxed().toList());
		}
	}

	/**
	 * Takes the run lock of {@link NumbersJob} as soon as it is free: a PostgreSQL server
	 * ends a killed client's session when it sees the connection close.
	 */
	static RunLock acquireWithin(Duration timeout, StateLocation state) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			try {
				return RunLock.acquire(state, NumbersJob.NAME, NumbersJob.TARGET);
			}
			catch (RunRefusedException ex) {
				if (System.nanoTime() > deadline) {
					throw ex;
				}
				Thread.sleep(20);
			}
		}
	}

}
