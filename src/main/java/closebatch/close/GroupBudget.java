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
 *
 * <p>
 * Windows and pauses the server names are counted from when the request left, not from
 * when its answer arrived: the server counted the request on its arrival, so measuring
 * from the answer would end every window one latency late and leave that much of each
 * window unused.
 */
final class GroupBudget {

	private static final long MIN_TOLERANCE = Duration.ofMillis(50).toNanos();

	/**
	 * The server counts a request a little after it left, so a window's end estimated
	 * from the send time is early by that much, and a request sent in the gap meets a
	 * window that is still spent: ends and pauses are taken this much later.
	 */
	static final Duration SEND_DELAY_GUARD = Duration.ofMillis(10);

	/** The weight of each new latency in the running mean. */
	private static final double LATENCY_WEIGHT = 0.05;

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

	/**
	 * The mean time from sending to an answer or a failure, in nanoseconds; 0 until one.
	 */
	private double latency;

	private long lastAnswered;

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
	 * @param sentAt when the request left
	 * @param now when its answer arrived
	 * @param rateLimit its {@code RateLimit} header, or null
	 * @param throttledFor how long a 429 asks to wait; null for any other status
	 */
	void answered(long sentAt, long now, RateLimitHeader rateLimit, Duration throttledFor) {
		settled(sentAt, now);
		if (rateLimit != null) {
			observe(sentAt, rateLimit);
		}
		if (throttledFor == null) {
			this.throttledInARow = 0;
			return;
		}
		this.throttledInARow++;
		long until = sentAt + throttledFor.toNanos() + SEND_DELAY_GUARD.toNanos();
		this.pausedUntil = (this.paused && this.pausedUntil - until > 0) ? this.pausedUntil : until;
		this.paused = true;
		if (this.remaining < 0 || this.windowEnd - this.pausedUntil < 0) {
			this.remaining = 0;
			this.windowEnd = this.pausedUntil;
		}
	}

	/**
	 * A request that got no answer (network error, timeout) no longer counts as in
	 * flight; the time it took counts in the latency, as it held its sender that long.
	 */
	void unanswered(long sentAt, long now) {
		settled(sentAt, now);
	}

	private void settled(long sentAt, long now) {
		this.inFlight = Math.max(0, this.inFlight - 1);
		long took = Math.max(0, now - sentAt);
		this.latency = (this.latency == 0) ? took : this.latency + LATENCY_WEIGHT * (took - this.latency);
		this.lastAnswered = now;
	}

	/**
	 * How many requests of this group must be in flight to send at its limit (Little's
	 * law: the limit's rate times the mean latency), or -1 while the limit is unknown.
	 * @param since only a group that answered since then counts; 0 for one that did not
	 */
	double inFlightAtLimit(long since) {
		if (this.lastAnswered - since < 0) {
			return 0;
		}
		if (this.limit <= 0 || this.windowLength <= 0) {
			return -1;
		}
		return this.limit * this.latency / this.windowLength;
	}

	/** 429s answered in a row, the last success aside. */
	int throttledInARow() {
		return this.throttledInARow;
	}

	private void observe(long sentAt, RateLimitHeader header) {
		long reset = header.reset().toNanos();
		this.windowLength = Math.max(this.windowLength, reset);
		this.limit = header.limit();
		long end = sentAt + reset + SEND_DELAY_GUARD.toNanos();
		long tolerance = Math.max(MIN_TOLERANCE, this.windowLength / 10);
		if (this.remaining < 0 || end - this.windowEnd > tolerance) {
			// A window the local count knows nothing of: requests still in flight may not
			// be counted by the server yet.
			this.remaining = Math.max(0, header.remaining() - this.inFlight);
			this.windowEnd = end;
		}
		else if (end - this.windowEnd >= -tolerance) {
			// The local count already holds every request sent since the server counted
			// this one; subtracting those in flight again would spend each twice. The
			// latest estimate of the end is the one whose request reached the server
			// soonest after it left.
			this.remaining = Math.min(this.remaining, header.remaining());
			this.windowEnd = (end - this.windowEnd > 0) ? end : this.windowEnd;
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
