package closebatch.close;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Paces the requests of one API key, shared by every thread that uses the key: one
 * {@link GroupBudget} per endpoint group, fed by the {@code RateLimit} header of each
 * answer.
 *
 * <p>
 * Before sending, a thread waits until the group's budget allows a request. A 429 pauses
 * the whole group (every thread) for the header's reset when the budget is spent, else
 * for {@code Retry-After}, else for the reset, else for a backoff with jitter that grows
 * with each 429 in a row. The header is optional (Close does not always send it): without
 * it the governor paces from the 429s alone.
 */
final class RateGovernor {

	private final TimeSource time;

	private final Backoff backoff;

	private final Map<String, GroupBudget> budgets = new HashMap<>();

	RateGovernor(TimeSource time, Backoff backoff) {
		this.time = time;
		this.backoff = backoff;
	}

	/**
	 * Waits until a request of the group may be sent, then counts it as sent.
	 * @return when it was let go, to be given back with its answer
	 */
	long acquire(String group) throws InterruptedException {
		while (true) {
			long wait;
			synchronized (this) {
				GroupBudget budget = budget(group);
				long now = this.time.nanoTime();
				wait = budget.waitBeforeSending(now);
				if (wait == 0) {
					budget.sent();
					return now;
				}
			}
			this.time.sleep(Duration.ofNanos(wait));
		}
	}

	/** How long a request of the group would wait now; to choose between keys. */
	synchronized long nanosUntilReady(String group) {
		GroupBudget budget = this.budgets.get(group);
		// waitBeforeSending changes nothing but windows that have ended, as any caller
		// would
		return (budget == null) ? 0 : budget.waitBeforeSending(this.time.nanoTime());
	}

	/**
	 * Takes in the answer to a request sent after {@link #acquire}.
	 * @param sentAt what {@link #acquire} returned
	 * @return for a 429, how long the group now pauses; null otherwise
	 */
	synchronized Duration answered(String group, Transport.Response response, long sentAt) {
		GroupBudget budget = budget(group);
		RateLimitHeader rateLimit = RateLimitHeader.parse(response.header("RateLimit"));
		Duration pause = null;
		if (response.status() == 429) {
			Duration retryAfter = RateLimitHeader.retryAfter(response.header("Retry-After"));
			pause = throttlePause(rateLimit, retryAfter, budget.throttledInARow() + 1);
		}
		budget.answered(sentAt, this.time.nanoTime(), rateLimit, pause);
		return pause;
	}

	/** Takes in a request sent after {@link #acquire} that got no answer. */
	synchronized void unanswered(String group, long sentAt) {
		budget(group).unanswered(sentAt, this.time.nanoTime());
	}

	/**
	 * How many requests must be in flight to send at this key's limit in every group that
	 * answered lately (each group's limit times its latency, summed), or -1 while a group
	 * that answered lately has no known limit.
	 */
	synchronized double inFlightAtLimit(Duration lately) {
		long since = this.time.nanoTime() - lately.toNanos();
		double total = 0;
		for (GroupBudget budget : this.budgets.values()) {
			double needed = budget.inFlightAtLimit(since);
			if (needed < 0) {
				return -1;
			}
			total += needed;
		}
		return total;
	}

	private Duration throttlePause(RateLimitHeader rateLimit, Duration retryAfter, int throttledInARow) {
		if (rateLimit != null && rateLimit.remaining() == 0) {
			return rateLimit.reset();
		}
		if (retryAfter != null) {
			return retryAfter;
		}
		if (rateLimit != null) {
			return rateLimit.reset();
		}
		return this.backoff.equalJitter(throttledInARow);
	}

	private GroupBudget budget(String group) {
		return this.budgets.computeIfAbsent(group, name -> new GroupBudget());
	}

}
