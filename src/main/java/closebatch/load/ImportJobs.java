package closebatch.load;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import closebatch.checkpoint.CheckpointBatch;
import closebatch.checkpoint.CheckpointDatabase;
import closebatch.checkpoint.Ledger;
import closebatch.close.CloseClient;
import closebatch.close.TimeSource;
import closebatch.config.ImportJob;
import closebatch.mapping.ObjectMapper;
import closebatch.mapping.PhoneNumberMapper;
import closebatch.mapping.RecordMapper;
import closebatch.source.KeyGroupReader;
import closebatch.source.SourceRow;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.FlowJobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * Turns an {@link ImportJob} into a restartable Spring Batch job with one chunk step per
 * step of the job, run in order (consecutive steps of objects of leads at the same time):
 * each reads its input's rows grouped by record key ({@link KeyGroupReader}), maps each
 * row ({@link RowMapping}) and loads each chunk through the ledger
 * ({@link LoadItemWriter}) with the step's {@link ChunkLoader}. A restarted job goes on
 * at the step and chunk where it stopped.
 *
 * <p>
 * Build the job again for each run (fresh or resumed); a run is identified by its job
 * parameters as usual.
 */
public final class ImportJobs {

	/** How long Close's search index may take to show a new lead (NOTES: seconds). */
	static final Duration CLOSE_INDEX_LAG = Duration.ofSeconds(15);

	/**
	 * The step's rows grouped by record key, in its folder until its last chunk is read.
	 */
	static final String SPILL_FILE = ".rows-by-key.db";

	private ImportJobs() {
	}

	/**
	 * Builds the job.
	 * @param client the target's client (for a plan, one that keeps its writes)
	 */
	public static Job build(ImportJob job, ImportRun run, CloseClient client, CheckpointDatabase database,
			CheckpointBatch batch, Clock clock) {
		Ledger ledger = new Ledger(database, clock);
		List<Flow> stages = new ArrayList<>();
		List<Flow> together = new ArrayList<>();
		for (ImportRun.Step step : run.steps()) {
			Flow flow = new FlowBuilder<SimpleFlow>(step.name())
				.start(step(job, run, step, client, ledger, batch, clock))
				.build();
			if (step.mapper() instanceof ObjectMapper) {
				together.add(flow);
			}
			else {
				stages.addAll(stage(together));
				together.clear();
				stages.add(flow);
			}
		}
		stages.addAll(stage(together));
		FlowBuilder<FlowJobBuilder> flows = new JobBuilder(job.name(), batch.jobRepository()).start(stages.get(0));
		for (Flow stage : stages.subList(1, stages.size())) {
			flows = flows.next(stage);
		}
		return flows.end().build();
	}

	/**
	 * Consecutive steps of objects of leads, which depend on the leads before them and
	 * not on each other: one flow that runs them at the same time, so that each type's
	 * endpoint group works while the others do.
	 */
	private static List<Flow> stage(List<Flow> together) {
		if (together.size() < 2) {
			return List.copyOf(together);
		}
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("step-");
		executor.setDaemon(true);
		return List.of(new FlowBuilder<SimpleFlow>("objects-" + together.get(0).getName()).split(executor)
			.add(together.toArray(Flow[]::new))
			.build());
	}

	private static Step step(ImportJob job, ImportRun run, ImportRun.Step step, CloseClient client, Ledger ledger,
			CheckpointBatch batch, Clock clock) {
		KeyGroupReader reader = new KeyGroupReader(step.file(), (row) -> step.mapper().recordKey(row.values()),
				step.outputDir().resolve(SPILL_FILE), step.included());
		LoadItemWriter writer = new LoadItemWriter(loaders(job, run, step, client, ledger, clock), reader,
				step.outputDir(), job.concurrency(), () -> client.concurrency(job.concurrency()),
				step.mapper().identity().namespace(), step.inputFingerprint(),
				(rows, fraction) -> run.progress().progress(rows, reader.fractionDone()), clock, step.plan());
		RowMapping mapping = new RowMapping(step.mapper());
		return new StepBuilder(step.name(), batch.jobRepository())
			.<List<SourceRow>, List<LoadItem>>chunk(job.chunkSize())
			.transactionManager(new ResourcelessTransactionManager())
			.reader(reader)
			.processor((rows) -> rows.stream().map(mapping::process).toList())
			.writer(writer)
			.build();
	}

	/** Makes the step's chunk loader once the run's start is known. */
	private static Function<Instant, ChunkLoader> loaders(ImportJob job, ImportRun run, ImportRun.Step step,
			CloseClient client, Ledger ledger, Clock clock) {
		String target = run.identity().target();
		if (step.mapper() instanceof ObjectMapper objects) {
			return (runStart) -> new ObjectLoader(client, ledger, step.objects(),
					new ObjectLoader.Settings(target, run.run(), objects.identity().namespace(), objects.type(),
							objects.mode(), objects.createStatuses(), step.plan() != null, clock));
		}
		if (step.mapper() instanceof PhoneNumberMapper numbers) {
			return (runStart) -> new PhoneNumberLoader(client, ledger, new PhoneNumberLoader.Settings(target,
					numbers.identity().namespace(), numbers, step.plan() != null, clock));
		}
		RecordMapper leads = (RecordMapper) step.mapper();
		PlannedChanges planned = (step.plan() != null) ? new PlannedChanges(run.plannedWrites(), client, step.schema())
				: null;
		return (runStart) -> new LeadChunks(
				new LeadLoader(client, ledger, step.schema(),
						new LeadLoader.Settings(target, job.name(), run.run(), leads.identity(), leads.mode(), runStart,
								run.searchLags() ? CLOSE_INDEX_LAG : Duration.ZERO, clock, TimeSource.system())),
				planned);
	}

}
