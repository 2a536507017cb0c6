package closebatch.checkpoint;

import java.nio.file.Path;
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

	@Test
	void resumesARunWhoseProcessWasKilledFromItsLastCommittedChunk() throws Exception {
		Path stateFile = this.dir.resolve("state.db");
		Process owner = StateFileOwner.start("run-numbers", stateFile);
		StateFileOwner.kill(owner);

		try (RunLock lock = RunLock.acquire(stateFile);
				CheckpointDatabase database = CheckpointDatabase.open(stateFile)) {
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
		Path stateFile = this.dir.resolve("state.db");
		try (RunLock lock = RunLock.acquire(stateFile);
				CheckpointDatabase database = CheckpointDatabase.open(stateFile)) {
			CheckpointBatch batch = CheckpointBatch.on(database);
			batch.jobOperator().start(NumbersJob.build(database, batch, (chunk) -> {
			}), NumbersJob.PARAMETERS);

			assertThat(AbandonedRuns.recover(batch, lock)).isEmpty();
		}
	}

	@Test
	void forgetsARunKilledBetweenItsInstanceAndItsFirstExecutionSoThatItStartsAgain() throws Exception {
		Path stateFile = this.dir.resolve("state.db");
		try (RunLock lock = RunLock.acquire(stateFile);
				CheckpointDatabase database = CheckpointDatabase.open(stateFile)) {
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

}
