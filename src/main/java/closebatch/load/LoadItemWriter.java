package closebatch.load;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.IntSupplier;

import closebatch.close.AuthenticationException;
import closebatch.mapping.MappedRow;
import closebatch.report.PlanWriter;
import closebatch.report.RejectsWriter;
import closebatch.report.ResultsWriter;
import closebatch.report.RowAction;
import closebatch.report.RowOutcome;
import closebatch.source.KeyGroupReader;
import closebatch.source.SourceRow;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Loads the chunks of a step as a pipeline: a chunk's records go to the step's
 * {@link LoadPool} and the writer returns, so that requests stay in flight across chunk
 * boundaries and a slow answer holds back its own record only. Each record key is one
 * record, loaded once, so no two loads of a key ever run at once.
 *
 * <p>
 * A chunk is <em>settled</em> when each of its records has been loaded (or has failed):
 * then every row's outcome goes to {@code results.csv} and each rejected row to
 * {@code rejects.csv}. The restart point the step commits (see
 * {@link KeyGroupReader#settled}) and the record counts only move past chunks that are
 * settled, as are all chunks before them, so a run killed with chunks in flight goes on
 * at the first unsettled one, where the ledger finds what was already written. At most
 * {@link #CHUNKS_IN_FLIGHT} chunks are unsettled at once; the last chunk waits for all. A
 * failure stops records that have not started, waits for those that have, and fails the
 * step.
 *
 * <p>
 * Keeps in the step's execution context when the run started (so a restarted run still
 * knows which ledger entries it wrote itself) and the record and contact counts so far.
 */
final class LoadItemWriter implements ItemWriter<List<LoadItem>>, ItemStream {

	/**
	 * Chunks written but not yet settled, at most: enough to ride out an answer held
	 * until the client's timeout at full rate, few enough that memory stays flat.
	 */
	static final int CHUNKS_IN_FLIGHT = 32;

	/** How often a writer waiting for a chunk looks for others that have finished. */
	private static final Duration SETTLE_POLL = Duration.ofMillis(20);

	private static final String RUN_STARTED = "load.run.started";

	private final Function<Instant, ChunkLoader> loaders;

	private final KeyGroupReader reader;

	private final Path outputDir;

	private final int concurrency;

	private final IntSupplier target;

	private final String namespace;

	private final String inputFingerprint;

	private final ProgressListener progress;

	private final Clock clock;

	private final PlanWriter plan;

	private final Deque<ChunkInFlight> inFlight = new ArrayDeque<>();

	private LoadCounts counts = LoadCounts.NONE;

	private ChunkLoader loader;

	private LoadPool pool;

	private ResultsWriter results;

	private RejectsWriter rejects;

	private Exception failure;

	/**
	 * @param loaders makes the loader once the run's start is known
	 * @param reader the step's reader, told which groups are settled
	 * @param outputDir where results.csv and rejects.csv go
	 * @param concurrency records in flight at once, at most
	 * @param target records in flight now (the client's
	 * {@link closebatch.close.CloseClient#concurrency}), up to {@code concurrency}
	 * @param namespace the mapping's namespace, which record keys belong to
	 * @param inputFingerprint the input's fingerprint, which names the rows the mapping
	 * gives no key
	 * @param progress hears about each chunk
	 * @param clock the wall clock
	 * @param plan where a dry run writes its plan, or {@code null} for a run that writes
	 */
	LoadItemWriter(Function<Instant, ChunkLoader> loaders, KeyGroupReader reader, Path outputDir, int concurrency,
			IntSupplier target, String namespace, String inputFingerprint, ProgressListener progress, Clock clock,
			PlanWriter plan) {
		this.loaders = loaders;
		this.reader = reader.settledByWriter();
		this.outputDir = outputDir;
		this.concurrency = concurrency;
		this.target = target;
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
		this.inFlight.clear();
		this.failure = null;
		this.pool = new LoadPool(this.concurrency, this.target);
		this.results = ResultsWriter.open(this.outputDir.resolve(ResultsWriter.FILE_NAME));
	}

	@Override
	public void write(Chunk<? extends List<LoadItem>> chunk) throws Exception {
		if (!chunk.isEmpty()) {
			this.inFlight.add(start(chunk.getItems()));
		}
		settleFinished();
		while (this.failure == null && this.inFlight.size() > CHUNKS_IN_FLIGHT) {
			await(this.inFlight.peekFirst());
		}
		if (this.failure != null || !this.reader.hasMore()) {
			if (this.failure != null) {
				this.pool.stop();
			}
			for (ChunkInFlight waiting : List.copyOf(this.inFlight)) {
				await(waiting);
			}
		}
		if (this.failure != null) {
			throw this.failure;
		}
		this.progress.progress(this.counts.rows(), -1);
	}

	/**
	 * Sorts out what mapping already decided and hands the chunk's records to the pool.
	 */
	private ChunkInFlight start(List<? extends List<LoadItem>> groups) {
		ChunkInFlight chunk = new ChunkInFlight(groups.get(groups.size() - 1).get(0).row().number());
		Map<RecordKey, List<MappedRow>> records = new LinkedHashMap<>();
		for (LoadItem item : groups.stream().<LoadItem>flatMap(List::stream).toList()) {
			chunk.rows.put(item.row().number(), item.row());
			if (item.skipped()) {
				chunk.outcomes.add(RowOutcome.skipped(item.row().number(), item.error()));
				chunk.planned.add(new PlanWriter.Line(List.of(item.row().number()), "", PlanWriter.Action.SKIP, null,
						"", item.error().describe()));
			}
			else if (item.error() != null) {
				chunk.outcomes.add(RowOutcome.rejected(item.row().number(), null, item.error()));
				chunk.rejected.add(new RejectsWriter.Reject(item.row(), item.error()));
				chunk.planned.add(new PlanWriter.Line(List.of(item.row().number()), "", PlanWriter.Action.REJECT, null,
						"", item.error().describe()));
			}
			else {
				records
					.computeIfAbsent(RecordKey.of(this.namespace, item.record(), this.inputFingerprint),
							(k) -> new ArrayList<>())
					.add(item.record());
			}
		}
		List<ChunkLoader.Keyed> keyed = new ArrayList<>();
		records.forEach((key, mapped) -> keyed.add(new ChunkLoader.Keyed(key, mapped)));
		chunk.loads = this.pool.submit(() -> this.loader.prepare(keyed))
			.thenApply((loads) -> loads.stream().map(this.pool::submit).toList());
		chunk.done = chunk.loads
			.thenCompose((loads) -> CompletableFuture.allOf(loads.toArray(CompletableFuture[]::new)))
			.handle((ignored, failure) -> null);
		return chunk;
	}

	/**
	 * Waits for a chunk to settle, settling the chunks that finish meanwhile, so that
	 * their rows reach the results while an earlier chunk still waits for an answer.
	 */
	private void await(ChunkInFlight chunk) throws InterruptedException, ExecutionException {
		while (true) {
			try {
				chunk.done.get(SETTLE_POLL.toMillis(), TimeUnit.MILLISECONDS);
				break;
			}
			catch (TimeoutException ex) {
				settleFinished();
			}
		}
		settle(chunk);
	}

	/** Settles the chunks whose loads have all ended, in any order. */
	private void settleFinished() {
		for (ChunkInFlight chunk : List.copyOf(this.inFlight)) {
			if (!chunk.settled && chunk.done.isDone()) {
				settle(chunk);
			}
		}
	}

	/**
	 * Waits for a chunk's loads, writes its rows' outcomes, and moves the restart point
	 * past the settled chunks at the head of the pipeline.
	 */
	private void settle(ChunkInFlight chunk) {
		if (chunk.settled) {
			return;
		}
		List<CompletableFuture<ChunkLoader.Loaded>> loads;
		try {
			loads = chunk.loads.join();
		}
		catch (CompletionException | CancellationException ex) {
			// The bulk lookup failed: nothing of the chunk was written.
			fail(cause(ex));
			loads = List.of();
			chunk.failed = true;
		}
		LoadCounts loaded = LoadCounts.NONE;
		for (CompletableFuture<ChunkLoader.Loaded> load : loads) {
			try {
				ChunkLoader.Loaded done = load.join();
				GroupResult result = done.result();
				if (done.planLine() != null) {
					chunk.planned.add(done.planLine());
				}
				chunk.outcomes.addAll(result.outcomes());
				loaded = loaded.plus(result);
				result.outcomes()
					.stream()
					.filter((outcome) -> outcome.action() == RowAction.REJECTED)
					.forEach((outcome) -> chunk.rejected
						.add(new RejectsWriter.Reject(chunk.rows.get(outcome.row()), outcome.error())));
			}
			catch (CompletionException | CancellationException ex) {
				fail(cause(ex));
				chunk.failed = true;
			}
		}
		// Outcomes of the records that were written are kept even when another failed.
		long written = this.results.write(chunk.outcomes);
		if (this.plan != null) {
			this.plan.write(chunk.planned);
		}
		if (!chunk.rejected.isEmpty()) {
			rejectsFor(chunk.rejected.get(0).row()).write(chunk.rejected);
		}
		this.counts = this.counts.plusRows(written);
		chunk.counts = loaded;
		chunk.settled = true;
		// A failed chunk stays at its place and holds the restart point before it.
		while (!this.inFlight.isEmpty() && this.inFlight.peekFirst().settled && !this.inFlight.peekFirst().failed) {
			ChunkInFlight done = this.inFlight.removeFirst();
			this.counts = this.counts.plus(done.counts);
			this.reader.settled(done.lastGroup);
		}
	}

	private void fail(Exception next) {
		if (this.failure == null || next instanceof AuthenticationException
				|| this.failure instanceof CancellationException) {
			this.failure = next;
		}
	}

	private static Exception cause(RuntimeException ex) {
		return (ex instanceof CompletionException && ex.getCause() instanceof Exception cause) ? cause : ex;
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
		if (this.pool != null) {
			this.pool.close();
			this.pool = null;
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

	/** A chunk handed to the pool and not yet settled. */
	private static final class ChunkInFlight {

		/** The first row number of the chunk's last group: the restart point after it. */
		private final long lastGroup;

		private final Map<Long, SourceRow> rows = new LinkedHashMap<>();

		private final List<RowOutcome> outcomes = new ArrayList<>();

		private final List<RejectsWriter.Reject> rejected = new ArrayList<>();

		private final List<PlanWriter.Line> planned = new ArrayList<>();

		private CompletableFuture<List<CompletableFuture<ChunkLoader.Loaded>>> loads;

		/** Completes when every load of the chunk has ended, whichever way. */
		private CompletableFuture<Void> done;

		private LoadCounts counts = LoadCounts.NONE;

		private boolean settled;

		private boolean failed;

		ChunkInFlight(long lastGroup) {
			this.lastGroup = lastGroup;
		}

	}

}
