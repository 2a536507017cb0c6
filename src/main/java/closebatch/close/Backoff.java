package closebatch.close;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter: the n-th retry's bound is {@code baseDelay * 2^(n-1)},
 * capped at {@code maxDelay}. Randomness is injected so tests can pin it.
 */
final class Backoff {

	private final Duration baseDelay;

	private final Duration maxDelay;

	private final RandomGenerator random;

	Backoff(RetryPolicy policy, RandomGenerator random) {
		this.baseDelay = policy.baseDelay();
		this.maxDelay = policy.maxDelay();
		this.random = random;
	}

	/** "Full jitter": uniform between 0 and the bound, for 5xx and network errors. */
	Duration fullJitter(int retry) {
		return Duration.ofNanos((long) (draw() * bound(retry)));
	}

	/**
	 * "Equal jitter": between half the bound and the bound, for a 429 that came without
	 * any hint of how long to wait (never zero, so throttled threads do not hammer).
	 */
	Duration equalJitter(int retry) {
		long bound = bound(retry);
		return Duration.ofNanos(bound / 2 + (long) (draw() * (bound - bound / 2)));
	}

	/** The upper bound of the n-th retry's delay, in nanoseconds. */
	long bound(int retry) {
		int doublings = Math.min(Math.max(retry, 1) - 1, 40);
		long base = this.baseDelay.toNanos();
		long max = this.maxDelay.toNanos();
		return (base > (max >> doublings)) ? max : Math.min(max, base << doublings);
	}

	private double draw() {
		synchronized (this.random) {
			return this.random.nextDouble();
		}
	}

}
