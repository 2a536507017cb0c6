package closebatch.close;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The client's clock and its way of waiting. The only place where the client sleeps;
 * tests pass a fake that advances its clock instead of waiting.
 */
public interface TimeSource {

	/** A monotonic clock in nanoseconds, as {@link System#nanoTime()}. */
	long nanoTime();

	/** Waits this long (at least). */
	void sleep(Duration duration) throws InterruptedException;

	/** The JVM's clock and {@link Thread#sleep}. */
	static TimeSource system() {
		return new TimeSource() {

			@Override
			public long nanoTime() {
				return System.nanoTime();
			}

			@Override
			public void sleep(Duration duration) throws InterruptedException {
				if (!duration.isNegative() && !duration.isZero()) {
					TimeUnit.NANOSECONDS.sleep(duration.toNanos());
				}
			}

		};
	}

}
