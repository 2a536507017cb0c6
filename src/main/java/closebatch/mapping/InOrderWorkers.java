package closebatch.mapping;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Maps items read one at a time (rows of a file) on several worker threads, and gives the
 * results back in the order the items were read: what comes out is what a loop mapping
 * each item in turn would give, on every core.
 *
 * <p>
 * Reading stays on the caller's thread, in batches of {@link #BATCH} items, a few batches
 * ahead of the results taken, so memory stays bounded whatever the input's size. A
 * failure to read (a file that turns unreadable at some row) is thrown by
 * {@link #hasNext()} once the results of every item read before it have been taken; a
 * failure of the mapping itself (a bug) is thrown where its item's result would be. The
 * mapping must be thread-safe. With one worker, items are mapped on the caller's thread.
 *
 * @param <I> what is read
 * @param <O> what it is mapped to
 */
public final class InOrderWorkers<I, O> implements Iterator<O>, AutoCloseable {

	/** Items per task handed to a worker: enough to make the hand-over cheap. */
	static final int BATCH = 256;

	private final Iterator<? extends I> input;

	private final Function<? super I, ? extends O> mapping;

	private final ExecutorService workers;

	private final int batchesAhead;

	private final ArrayDeque<Future<List<O>>> pending = new ArrayDeque<>();

	private Iterator<O> current = Collections.emptyIterator();

	private RuntimeException readFailure;

	/**
	 * @param input the items, read on the caller's thread only
	 * @param mapping what each item becomes; called on worker threads
	 * @param workers how many threads map at once (1: the caller's thread only)
	 */
	public InOrderWorkers(Iterator<? extends I> input, Function<? super I, ? extends O> mapping, int workers) {
		if (workers < 1) {
			throw new IllegalArgumentException("workers must be at least 1, not " + workers);
		}
		this.input = input;
		this.mapping = mapping;
		this.workers = (workers == 1) ? null : Executors.newFixedThreadPool(workers, new WorkerThreads());
		this.batchesAhead = (workers == 1) ? 1 : 2 * workers;
	}

	/** One worker per core of this machine. */
	public static int cores() {
		return Runtime.getRuntime().availableProcessors();
	}

	@Override
	public boolean hasNext() {
		while (!this.current.hasNext()) {
			readAhead();
			Future<List<O>> next = this.pending.poll();
			if (next == null) {
				if (this.readFailure != null) {
					RuntimeException failure = this.readFailure;
					this.readFailure = null;
					throw failure;
				}
				return false;
			}
			this.current = resultOf(next).iterator();
		}
		return true;
	}

	@Override
	public O next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		return this.current.next();
	}

	/** Stops the workers; results not taken are dropped. */
	@Override
	public void close() {
		if (this.workers != null) {
			this.workers.shutdownNow();
		}
	}

	private void readAhead() {
		while (this.readFailure == null && this.pending.size() < this.batchesAhead) {
			List<I> batch = new ArrayList<>(BATCH);
			try {
				while (batch.size() < BATCH && this.input.hasNext()) {
					batch.add(this.input.next());
				}
			}
			catch (RuntimeException ex) {
				this.readFailure = ex;
			}
			if (batch.isEmpty()) {
				return;
			}
			this.pending.add((this.workers != null) ? this.workers.submit(() -> mapAll(batch))
					: CompletableFuture.completedFuture(mapAll(batch)));
		}
	}

	private List<O> mapAll(List<I> batch) {
		List<O> results = new ArrayList<>(batch.size());
		for (I item : batch) {
			results.add(this.mapping.apply(item));
		}
		return results;
	}

	private static <O> List<O> resultOf(Future<List<O>> batch) {
		try {
			return batch.get();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for mapped rows", ex);
		}
	}

	/** Daemon threads, so that a run that fails never waits for them. */
	private static final class WorkerThreads implements java.util.concurrent.ThreadFactory {

		private static final AtomicInteger COUNT = new AtomicInteger();

		@Override
		public Thread newThread(Runnable task) {
			Thread thread = new Thread(task, "mapping-" + COUNT.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		}

	}

}
