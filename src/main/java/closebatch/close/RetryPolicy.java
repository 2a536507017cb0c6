package closebatch.close;

import java.time.Duration;

/**
 * How many times the client retries a request and how long it backs off.
 *
 * @param maxRetries retries of one request after 5xx responses and network errors (only
 * where a retry is safe)
 * @param maxThrottledRetries retries of one request after 429 responses; each waits for
 * the server's hint, so these can be many
 * @param baseDelay the first backoff's upper bound; it doubles with each retry
 * @param maxDelay the largest backoff
 */
public record RetryPolicy(int maxRetries, int maxThrottledRetries, Duration baseDelay, Duration maxDelay) {

	public RetryPolicy {
		if (maxRetries < 0 || maxThrottledRetries < 0) {
			throw new IllegalArgumentException("Retry counts must not be negative");
		}
		if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
			throw new IllegalArgumentException("Need 0 <= baseDelay <= maxDelay, not " + baseDelay + ", " + maxDelay);
		}
	}

	/** 5 retries from 0.5 s up to 30 s apart, and up to 30 waits on 429. */
	public static RetryPolicy defaults() {
		return new RetryPolicy(5, 30, Duration.ofMillis(500), Duration.ofSeconds(30));
	}

}
