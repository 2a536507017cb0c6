package closebatch.checkpoint;

import java.util.List;
import java.util.function.Consumer;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A trivial restartable chunk job for tests: reads the numbers 1 to 100 and writes each
 * to {@code NUMBERS_WRITTEN} in the checkpoint database, in the chunk's transaction.
 */
final class NumbersJob {

	static final int COUNT = 100;

	static final int CHUNK = 10;

	static final String NAME = "numbers";

	static final String TARGET = "http://127.0.0.1:1/api/v1/";

	static final JobParameters PARAMETERS = new JobParametersBuilder().addString("input.fingerprint", "sha256:numbers")
		.addString(RunIdentity.TARGET, TARGET)
		.toJobParameters();

	private NumbersJob() {
	}

	/**
	 * The job; {@code beforeWrite} sees every chunk before it is written and may fail or
	 * block.
	 */
	static Job build(CheckpointDatabase database, CheckpointBatch batch,
			Consumer<Chunk<? extends Integer>> beforeWrite) {
		JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
		jdbc.execute("CREATE TABLE IF NOT EXISTS NUMBERS_WRITTEN (NUMBER INTEGER NOT NULL)");
		ItemWriter<Integer> writer = (chunk) -> {
			beforeWrite.accept(chunk);
			jdbc.batchUpdate("INSERT INTO NUMBERS_WRITTEN (NUMBER) VALUES (?)",
					chunk.getItems().stream().map((n) -> new Object[] { n }).toList());
		};
		Step step = new StepBuilder("write-numbers", batch.jobRepository()).<Integer, Integer>chunk(CHUNK)
			.reader(new NumberReader())
			.writer(writer)
			.transactionManager(database.transactionManager())
			.build();
		return new JobBuilder(NAME, batch.jobRepository()).start(step).build();
	}

	static List<Integer> written(CheckpointDatabase database) {
		return new JdbcTemplate(database.dataSource()).queryForList("SELECT NUMBER FROM NUMBERS_WRITTEN ORDER BY 1",
				Integer.class);
	}

	/** Reads 1 to {@link #COUNT}; restartable through its saved read count. */
	static final class NumberReader extends AbstractItemCountingItemStreamItemReader<Integer> {

		private int last;

		NumberReader() {
			setName("numbers");
			setMaxItemCount(COUNT);
		}

		@Override
		protected Integer doRead() {
			return ++this.last;
		}

		@Override
		protected void jumpToItem(int itemIndex) {
			this.last = itemIndex;
		}

		@Override
		protected void doOpen() {
			this.last = 0;
		}

		@Override
		protected void doClose() {
		}

	}

}
