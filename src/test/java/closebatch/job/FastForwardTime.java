package closebatch.job;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import closebatch.close.TimeSource;

/**
 * The client's time for tests that must not wait: a monotonic clock that runs at the real
 * pace and jumps forward by whatever a thread asks to sleep, so a 429's
 * {@code Retry-After} or a backoff is honoured by the client's arithmetic without costing
 * the test its seconds. Every thread sees the same jumps, as they would see the same
 * elapsed time.
 */
final class FastForwardTime implements TimeSource {

	private final AtomicLong skipped = new AtomicLong();

	@Override
	public long nanoTime() {
		return System.nanoTime() + this.skipped.get();
	}

	@Override
	public void sleep(Duration duration) throws InterruptedException {
		if (!duration.isNegative() && !duration.isZero()) {
			this.skipped.addAndGet(duration.toNanos());
		}
		// Lets the other threads run, as a real sleep would.
		Thread.sleep(1);
	}

	/** How much time the client was spared. */
	Duration skipped() {
		return Duration.ofNanos(this.skipped.get());
	}

}
