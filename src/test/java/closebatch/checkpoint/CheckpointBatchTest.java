package closebatch.checkpoint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

import static org.assertj.core.api.Assertions.assertThat;

class CheckpointBatchTest {

	@TempDir
	Path dir;

	private CheckpointDatabase database;

	private CheckpointBatch batch;

	@BeforeEach
	void openDatabase() {
		this.database = CheckpointDatabase.open(this.dir.resolve("state.db"));
		this.batch = CheckpointBatch.on(this.database);
	}

	@AfterEach
	void closeDatabase() {
		this.database.close();
	}

	@Test
	void runsAChunkJobToCompletion() throws Exception {
		Job job = NumbersJob.build(this.database, this.batch, (chunk) -> {
		});

		JobExecution execution = this.batch.jobOperator().start(job, NumbersJob.PARAMETERS);

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(NumbersJob.written(this.database)).isEqualTo(IntStream.rangeClosed(1, 100).boxed().toList());
	}

	@Test
	void restartsAFailedRunFromItsLastCommittedChunk() throws Exception {
		Job failingAt55 = NumbersJob.build(this.database, this.batch, (chunk) -> {
			if (chunk.getItems().contains(55)) {
				throw new IllegalStateException("target unavailable");
			}
		});
		JobExecution failed = this.batch.jobOperator().start(failingAt55, NumbersJob.PARAMETERS);
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(NumbersJob.written(this.database)).hasSize(50);

		List<Integer> firstChunkAfterRestart = new ArrayList<>();
		Job healthy = NumbersJob.build(this.database, this.batch, (chunk) -> {
			if (firstChunkAfterRestart.isEmpty()) {
				firstChunkAfterRestart.addAll(chunk.getItems());
			}
		});
		JobExecution restarted = this.batch.jobOperator().start(healthy, NumbersJob.PARAMETERS);

		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(restarted.getJobInstanceId()).isEqualTo(failed.getJobInstanceId());
		assertThat(firstChunkAfterRestart).startsWith(51);
		StepExecution step = restarted.getStepExecutions().iterator().next();
		assertThat(step.getReadCount()).isEqualTo(50);
		assertThat(NumbersJob.written(this.database)).isEqualTo(IntStream.rangeClosed(1, 100).boxed().toList());
	}

}
