package closebatch.load;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import closebatch.close.AuthenticationException;
import closebatch.mapping.MappedRow;
import closebatch.report.PlanWriter;
import closebatch.report.RejectsWriter;
import closebatch.report.ResultsWriter;
import closebatch.report.RowAction;
import closebatch.report.RowOutcome;
import closebatch.source.SourceRow;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes a chunk of records (each the rows of one record key, see
 * {@link closebatch.source.KeyGroupReader}): groups its rows by record key, has the
 * step's {@link ChunkLoader} prepare them, loads the records with up to
 * {@code concurrency} in flight (one at a time per key, since a key is one record), and
 * writes every row's outcome to {@code results.csv} and each rejected row to
 * {@code rejects.csv} before the chunk commits.
 *
 * <p>
 * Keeps in the step's execution context when the run started (so a restarted run still
 * knows which ledger entries it wrote itself) and the record and contact counts so far.
 */
final class LoadItemWriter implements ItemWriter<List<LoadItem>>, ItemStream {

	private static final String RUN_STARTED = "load.run.started";

	private final Function<Instant, ChunkLoader> loaders;

	private final Path outputDir;

	private final int concurrency;

	private final String namespace;

	private final String inputFingerprint;

	private final ProgressListener progress;

	private final Clock clock;

	private final PlanWriter plan;

	private LoadCounts counts = LoadCounts.NONE;

	private ChunkLoader loader;

	private ExecutorService executor;

	private ResultsWriter results;

	private RejectsWriter rejects;

	/**
	 * @param loaders makes the loader once the run's start is known
	 * @param outputDir where results.csv and rejects.csv go
	 * @param concurrency records in flight at once
	 * @param namespace the mapping's namespace, which record keys belong to
	 * @param inputFingerprint the input's fingerprint, which names the rows the mapping
	 * gives no key
	 * @param progress hears about each chunk
	 * @param clock the wall clock
	 * @param plan where a dry run writes its plan, or {@code null} for a run that writes
	 */
	LoadItemWriter(Function<Instant, ChunkLoader> loaders, Path outputDir, int concurrency, String namespace,
			String inputFingerprint, ProgressListener progress, Clock clock, PlanWriter plan) {
		this.loaders = loaders;
		this.outputDir = outputDir;
		this.concurrency = concurrency;
		this.namespace = namespace;
		this.inputFingerprint = inputFingerprint;
		this.progress = progress;
		this.clock = clock;
		this.plan = plan;
	}

	@Override
	public void open(ExecutionContext context) {
		if (!context.containsKey(RUN_STARTED)) {
			context.putString(RUN_STARTED, this.clock.instant().toString());
		}
		this.loader = this.loaders.apply(Instant.parse(context.getString(RUN_STARTED)));
		this.counts = LoadCounts.from(context);
		AtomicInteger threads = new AtomicInteger();
		this.executor = Executors.newFixedThreadPool(this.concurrency, (task) -> {
			Thread thread = new Thread(task, "load-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		this.results = ResultsWriter.open(this.outputDir.resolve(ResultsWriter.FILE_NAME));
	}

	@Override
	public void write(Chunk<? extends List<LoadItem>> chunk) throws Exception {
		List<RowOutcome> outcomes = new ArrayList<>();
		List<RejectsWriter.Reject> rejected = new ArrayList<>();
		List<PlanWriter.Line> planned = new ArrayList<>();
		Map<Long, SourceRow> rows = new LinkedHashMap<>();
		Map<RecordKey, List<MappedRow>> groups = new LinkedHashMap<>();
		List<LoadItem> items = chunk.getItems().stream().<LoadItem>flatMap(List::stream).toList();
		for (LoadItem item : items) {
			rows.put(item.row().number(), item.row());
			if (item.skipped()) {
				outcomes.add(RowOutcome.skipped(item.row().number(), item.error()));
				planned.add(new PlanWriter.Line(List.of(item.row().number()), "", PlanWriter.Action.SKIP, null, "",
						item.error().describe()));
			}
			else if (item.error() != null) {
				outcomes.add(RowOutcome.rejected(item.row().number(), null, item.error()));
				rejected.add(new RejectsWriter.Reject(item.row(), item.error()));
				planned.add(new PlanWriter.Line(List.of(item.row().number()), "", PlanWriter.Action.REJECT, null, "",
						item.error().describe()));
			}
			else {
				groups
					.computeIfAbsent(RecordKey.of(this.namespace, item.record(), this.inputFingerprint),
							(k) -> new ArrayList<>())
					.add(item.record());
			}
		}
		List<ChunkLoader.Keyed> records = new ArrayList<>();
		groups.forEach((key, mapped) -> records.add(new ChunkLoader.Keyed(key, mapped)));
		Exception failure = null;
		List<Future<ChunkLoader.Loaded>> loading = new ArrayList<>();
		for (Callable<ChunkLoader.Loaded> load : this.loader.prepare(records)) {
			loading.add(this.executor.submit(load));
		}
		for (Future<ChunkLoader.Loaded> load : loading) {
			try {
				ChunkLoader.Loaded loaded = load.get();
				GroupResult result = loaded.result();
				if (loaded.planLine() != null) {
					planned.add(loaded.planLine());
				}
				outcomes.addAll(result.outcomes());
				this.counts = this.counts.plus(result);
				result.outcomes()
					.stream()
					.filter((outcome) -> outcome.action() == RowAction.REJECTED)
					.forEach((outcome) -> rejected
						.add(new RejectsWriter.Reject(rows.get(outcome.row()), outcome.error())));
			}
			catch (ExecutionException ex) {
				failure = worse(failure, (ex.getCause() instanceof Exception cause) ? cause : ex);
			}
		}
		// Outcomes of the records that were written are kept even when another failed.
		long written = this.results.write(outcomes);
		if (this.plan != null) {
			this.plan.write(planned);
		}
		if (!rejected.isEmpty()) {
			rejectsFor(rejected.get(0).row()).write(rejected);
		}
		this.counts = this.counts.plusRows(written);
		if (failure != null) {
			throw failure;
		}
		this.progress.progress(this.counts.rows(), -1);
	}

	private static Exception worse(Exception first, Exception next) {
		return (first == null || next instanceof AuthenticationException) ? next : first;
	}

	private RejectsWriter rejectsFor(SourceRow row) {
		if (this.rejects == null) {
			this.rejects = RejectsWriter.open(this.outputDir.resolve(RejectsWriter.FILE_NAME), row.header());
		}
		return this.rejects;
	}

	@Override
	public void update(ExecutionContext context) {
		this.counts.saveTo(context);
	}

	@Override
	public void close() {
		if (this.executor != null) {
			this.executor.shutdownNow();
			this.executor = null;
		}
		if (this.results != null) {
			this.results.close();
			this.results = null;
		}
		if (this.rejects != null) {
			this.rejects.close();
			this.rejects = null;
		}
	}

}
