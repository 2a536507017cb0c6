package closebatch.close;

import java.time.Duration;

/**
 * What one API key may still send to one endpoint group, as far as the client can tell
 * from the server's {@code RateLimit} headers and 429s. Not thread-safe: the
 * {@link RateGovernor} that owns it holds its lock around every call.
 *
 * <p>
 * Until a header arrives the budget is unknown and requests go freely. A header sets the
 * budget of the current window; every request sent counts against it, and once it is
 * spent requests wait for the window's end, when it refills to the last known limit. Late
 * headers cannot raise the budget of a window: the lower of the local count and the
 * server's count wins (the local count already holds the requests in flight; only the
 * first header of a window the local count knows nothing of subtracts them). A 429 pauses
 * the group for the time the server names.
 */
final class GroupBudget {

	private static final long MIN_TOLERANCE = Duration.ofMillis(50).toNanos();

	private int limit = -1;

	/** Requests left in the window ending at {@link #windowEnd}; -1 when unknown. */
	private int remaining = -1;

	private long windowEnd;

	/** The longest reset seen: an estimate of the window's length; 0 when unknown. */
	private long windowLength;

	private boolean paused;

	private long pausedUntil;

	private int inFlight;

	private int throttledInARow;

	/** Nanoseconds to wait before a request may be sent; 0 if it may go now. */
	long waitBeforeSending(long now) {
		if (this.paused) {
			if (now - this.pausedUntil < 0) {
				return this.pausedUntil - now;
			}
			this.paused = false;
		}
		if (this.remaining >= 0 && now - this.windowEnd >= 0) {
			startNextWindow(now);
		}
		if (this.remaining == 0) {
			return Math.max(1, this.windowEnd - now);
		}
		return 0;
	}

	/** Counts a request sent now; {@link #waitBeforeSending} must have returned 0. */
	void sent() {
		if (this.remaining > 0) {
			this.remaining--;
		}
		this.inFlight++;
	}

	/**
	 * Takes in an answer to a request of this group.
	 * @param rateLimit its {@code RateLimit} header, or null
	 * @param throttledFor how long a 429 asks to wait; null for any other status
	 */
	void answered(long now, RateLimitHeader rateLimit, Duration throttledFor) {
		this.inFlight = Math.max(0, this.inFlight - 1);
		if (rateLimit != null) {
			observe(now, rateLimit);
		}
		if (throttledFor == null) {
			this.throttledInARow = 0;
			return;
		}
		this.throttledInARow++;
		long until = now + throttledFor.toNanos();
		this.pausedUntil = (this.paused && this.pausedUntil - until > 0) ? this.pausedUntil : until;
		this.paused = true;
		if (this.remaining < 0 || this.windowEnd - this.pausedUntil < 0) {
			this.remaining = 0;
			this.windowEnd = this.pausedUntil;
		}
	}

	/**
	 * A request that got no answer (network error, timeout) no longer counts as in
	 * flight.
	 */
	void unanswered() {
		this.inFlight = Math.max(0, this.inFlight - 1);
	}

	/** 429s answered in a row, the last success aside. */
	int throttledInARow() {
		return this.throttledInARow;
	}

	private void observe(long now, RateLimitHeader header) {
		long reset = header.reset().toNanos();
		this.windowLength = Math.max(this.windowLength, reset);
		this.limit = header.limit();
		long end = now + reset;
		long tolerance = Math.max(MIN_TOLERANCE, this.windowLength / 10);
		if (this.remaining < 0 || end - this.windowEnd > tolerance) {
			// A window the local count knows nothing of: requests still in flight may not
			// be counted by the server yet.
			this.remaining = Math.max(0, header.remaining() - this.inFlight);
			this.windowEnd = end;
		}
		else if (end - this.windowEnd >= -tolerance) {
			// The local count already holds every request sent since the server counted
			// this one; subtracting those in flight again would spend each twice.
			this.remaining = Math.min(this.remaining, header.remaining());
			this.windowEnd = end;
		}
		// else: a late answer about a window that has already ended
	}

	private void startNextWindow(long now) {
		if (this.limit > 0 && this.windowLength > 0) {
			this.remaining = this.limit;
			this.windowEnd = now + this.windowLength;
		}
		else {
			this.remaining = -1;
		}
	}

}
