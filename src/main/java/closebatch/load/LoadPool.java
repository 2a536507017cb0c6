package closebatch.load;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * The workers that load a step's records, shared by every chunk in flight: tasks run in
 * the order they were given, with at most as many running as the target says at the time
 * they start (the client's {@link closebatch.close.CloseClient#concurrency}: enough to
 * send at the rate limits, no more), and never more than the pool's threads.
 *
 * <p>
 * After {@link #stop()}, tasks that have not started end with a
 * {@link CancellationException} instead of running; those running finish.
 */
final class LoadPool implements AutoCloseable {

	private final ThreadPoolExecutor threads;

	private final IntSupplier target;

	private int running;

	private volatile boolean stopped;

	/**
	 * @param atMost the most tasks running at once
	 * @param target how many may run now, at most {@code atMost}
	 */
	LoadPool(int atMost, IntSupplier target) {
		AtomicInteger count = new AtomicInteger();
		this.threads = new ThreadPoolExecutor(atMost, atMost, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
				(task) -> {
					Thread thread = new Thread(task, "load-" + count.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
		this.threads.allowCoreThreadTimeOut(true);
		this.target = target;
	}

	/** Runs a task when its turn comes and a place is free. */
	<T> CompletableFuture<T> submit(Callable<T> task) {
		CompletableFuture<T> result = new CompletableFuture<>();
		this.threads.execute(() -> {
			T value;
			try {
				enter();
			}
			catch (InterruptedException | CancellationException ex) {
				result.completeExceptionally(
						(ex instanceof CancellationException) ? ex : new CancellationException("Interrupted"));
				return;
			}
			try {
				value = task.call();
			}
			catch (Throwable ex) {
				leave();
				result.completeExceptionally(ex);
				return;
			}
			leave();
			result.complete(value);
		});
		return result;
	}

	/** Tasks not started yet will not run. */
	void stop() {
		this.stopped = true;
		synchronized (this) {
			notifyAll();
		}
	}

	private synchronized void enter() throws InterruptedException {
		while (true) {
			if (this.stopped) {
				throw new CancellationException("The load stopped before this record started");
			}
			if (this.running < this.target.getAsInt()) {
				this.running++;
				return;
			}
			// The target moves with answers that arrive elsewhere: look again soon.
			wait(20);
		}
	}

	private synchronized void leave() {
		this.running--;
		notifyAll();
	}

	/**
	 * Interrupts running tasks (a write in progress ends in doubt) and ends the threads.
	 */
	@Override
	public void close() {
		stop();
		this.threads.shutdownNow();
	}

}
