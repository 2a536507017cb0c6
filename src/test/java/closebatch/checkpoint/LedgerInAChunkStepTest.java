package closebatch.checkpoint;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pattern the import step follows (DESIGN §3): a chunk step whose writer records each
 * write in the ledger, around a create that cannot be taken back, and a restart that
 * replays part of a chunk without creating anything twice.
 */
class LedgerInAChunkStepTest {

	private static final String TARGET = "http://127.0.0.1:8765/api/v1/";

	@TempDir
	Path dir;

	private CheckpointDatabase database;

	private CheckpointBatch batch;

	private Ledger ledger;

	private final AtomicInteger creates = new AtomicInteger();

	private final AtomicBoolean crashAfterCreating55 = new AtomicBoolean(true);

	@BeforeEach
	void openDatabase() {
		this.database = CheckpointDatabase.open(this.dir.resolve("state.db"));
		this.batch = CheckpointBatch.on(this.database);
		this.ledger = new Ledger(this.database, Clock.systemUTC());
	}

	@AfterEach
	void closeDatabase() {
		this.database.close();
	}

	private static LedgerKey key(int number) {
		return new LedgerKey(TARGET, "numbers", "n" + number);
	}

	/**
	 * Writes each number once: unchanged ones cost nothing, in-doubt ones are looked up.
	 */
	private ItemWriter<Integer> ledgerWriter() {
		return (chunk) -> {
			for (Integer number : chunk) {
				LedgerEntry known = this.ledger.find(key(number)).orElse(null);
				if (known != null && known.isUnchangedBy("h")) {
					continue;
				}
				if (known != null && known.isInDoubt()) {
					// Resolved by looking the record up on the target: here, it was
					// created.
					this.ledger.markDone(key(number), "lead_" + number, "h");
					continue;
				}
				this.ledger.markPending(key(number), "h");
				this.creates.incrementAndGet();
				if (number == 55 && this.crashAfterCreating55.getAndSet(false)) {
					throw new IllegalStateException("connection reset after the create was sent");
				}
				this.ledger.markDone(key(number), "lead_" + number, "h");
			}
		};
	}

	private Job job() {
		return new JobBuilder("numbers", this.batch.jobRepository())
			.start(new StepBuilder("load", this.batch.jobRepository()).<Integer, Integer>chunk(NumbersJob.CHUNK)
				.reader(new NumbersJob.NumberReader())
				.writer(ledgerWriter())
				.transactionManager(new ResourcelessTransactionManager())
				.build())
			.build();
	}

	@Test
	void createsEveryRecordExactlyOnceAcrossAFailureInsideAChunk() throws Exception {
		JobExecution failed = this.batch.jobOperator().start(job(), NumbersJob.PARAMETERS);
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(this.ledger.pendingEntries(TARGET, "numbers")).extracting(LedgerEntry::key).containsExactly(key(55));

		JobExecution restarted = this.batch.jobOperator().start(job(), NumbersJob.PARAMETERS);

		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(restarted.getStepExecutions().iterator().next().getReadCount()).isEqualTo(50);
		assertThat(this.creates).hasValue(100);
		List<LedgerKey> all = IntStream.rangeClosed(1, 100).mapToObj(LedgerInAChunkStepTest::key).toList();
		assertThat(this.ledger.findAll(all).values()).hasSize(100)
			.allSatisfy((entry) -> assertThat(entry.state()).isEqualTo(LedgerState.DONE));
		assertThat(this.ledger.pendingEntries(TARGET, "numbers")).isEmpty();
	}

}
