package closebatch.load;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import closebatch.checkpoint.CheckpointBatch;
import closebatch.checkpoint.CheckpointDatabase;
import closebatch.checkpoint.Ledger;
import closebatch.close.CloseClient;
import closebatch.close.TimeSource;
import closebatch.config.ImportJob;
import closebatch.mapping.RecordMapper;
import closebatch.source.KeyGroupReader;
import closebatch.source.SourceRow;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;

/**
 * Turns an {@link ImportJob} into a restartable Spring Batch job: one chunk step that
 * reads the input's rows grouped by record key ({@link KeyGroupReader}), maps each row
 * ({@link RowMapping}) and loads each chunk through the ledger ({@link LoadItemWriter}).
 *
 * <p>
 * Build the job again for each run (fresh or resumed); a run is identified by its job
 * parameters as usual.
 */
public final class ImportJobs {

	/** How long Close's search index may take to show a new lead (NOTES: seconds). */
	static final Duration CLOSE_INDEX_LAG = Duration.ofSeconds(15);

	/**
	 * The run's rows grouped by record key, in the run's folder until its last chunk is
	 * read.
	 */
	static final String SPILL_FILE = ".rows-by-key.db";

	private ImportJobs() {
	}

	/**
	 * Builds the job.
	 * @param client the target's client (for a plan, one that keeps its writes)
	 * @param schema the mapping's statuses and custom fields, resolved against the target
	 */
	public static Job build(ImportJob job, ImportRun run, CloseClient client, CloseSchema schema,
			CheckpointDatabase database, CheckpointBatch batch, Clock clock) {
		RecordMapper mapper = run.mapper();
		Ledger ledger = new Ledger(database, clock);
		KeyGroupReader reader = new KeyGroupReader(run.file(), (row) -> mapper.recordKey(row.values()),
				run.outputDir().resolve(SPILL_FILE), run.included());
		LoadItemWriter.DryRun dryRun = (run.plan() != null)
				? new LoadItemWriter.DryRun(new PlannedChanges(run.plan().writes(), client, schema), run.plan().file())
				: null;
		LoadItemWriter writer = new LoadItemWriter((runStart) -> new LeadLoader(client, ledger, schema,
				new LeadLoader.Settings(run.identity().target(), job.name(), mapper.identity(), mapper.mode(), runStart,
						run.searchLags() ? CLOSE_INDEX_LAG : Duration.ZERO, clock, TimeSource.system())),
				run.outputDir(), job.concurrency(), mapper.identity().namespace(), run.identity().inputFingerprint(),
				(rows, fraction) -> run.progress().progress(rows, reader.fractionRead()), clock, dryRun);
		RowMapping mapping = new RowMapping(mapper);
		Step step = new StepBuilder("load", batch.jobRepository())
			.<List<SourceRow>, List<LoadItem>>chunk(job.chunkSize())
			.transactionManager(new ResourcelessTransactionManager())
			.reader(reader)
			.processor((rows) -> rows.stream().map(mapping::process).toList())
			.writer(writer)
			.build();
		return new JobBuilder(job.name(), batch.jobRepository()).start(step).build();
	}

}
