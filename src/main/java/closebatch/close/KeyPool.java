package closebatch.close;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The API keys of one organization, each paced by its own {@link RateGovernor} and
 * counted on its own. Close limits each key, and the organization at three keys' worth,
 * so several keys multiply what a run can send.
 *
 * <p>
 * A request goes to the key that can send it soonest, taking turns among keys that are
 * equally ready: work is shared by each key's free budget, so that several keys add up to
 * several times one key.
 */
final class KeyPool {

	/** One key with its governor and counters. */
	static final class Lane {

		private final ApiKey key;

		private final RateGovernor governor;

		private final LongAdder requests = new LongAdder();

		private final LongAdder retries = new LongAdder();

		private final LongAdder throttled = new LongAdder();

		Lane(ApiKey key, RateGovernor governor) {
			this.key = key;
			this.governor = governor;
		}

		ApiKey key() {
			return this.key;
		}

		RateGovernor governor() {
			return this.governor;
		}

		void countSent(boolean retry) {
			this.requests.increment();
			if (retry) {
				this.retries.increment();
			}
		}

		void countThrottled() {
			this.throttled.increment();
		}

		KeyUsage usage() {
			return new KeyUsage(this.key.fingerprint(), this.requests.sum(), this.retries.sum(), this.throttled.sum());
		}

	}

	private final List<Lane> lanes;

	private final AtomicInteger turn = new AtomicInteger();

	KeyPool(List<ApiKey> keys, TimeSource time, Backoff backoff) {
		if (keys.isEmpty()) {
			throw new IllegalArgumentException("A Close client needs at least one API key");
		}
		List<Lane> lanes = new ArrayList<>();
		for (ApiKey key : keys) {
			if (lanes.stream().anyMatch(lane -> lane.key().equals(key))) {
				throw new IllegalArgumentException("The same API key was given twice: " + key);
			}
			lanes.add(new Lane(key, new RateGovernor(time, backoff)));
		}
		this.lanes = List.copyOf(lanes);
	}

	/**
	 * The lane for the next attempt of a request.
	 * @param key the index of the one API key the request must use (whose user it acts
	 * for), or -1 for any
	 */
	Lane choose(String group, int key) {
		if (key >= 0) {
			return this.lanes.get(key);
		}
		int size = this.lanes.size();
		if (size == 1) {
			return this.lanes.get(0);
		}
		int start = Math.floorMod(this.turn.getAndIncrement(), size);
		Lane best = null;
		long bestWait = Long.MAX_VALUE;
		for (int i = 0; i < size; i++) {
			Lane lane = this.lanes.get((start + i) % size);
			long wait = lane.governor().nanosUntilReady(group);
			if (wait < bestWait) {
				best = lane;
				bestWait = wait;
			}
		}
		return best;
	}

	/** How many keys there are. */
	int size() {
		return this.lanes.size();
	}

	/**
	 * Requests in flight that would send at every key's limit, or -1 while a limit is
	 * unknown; see {@link RateGovernor#inFlightAtLimit}.
	 */
	double inFlightAtLimit(Duration lately) {
		double total = 0;
		for (Lane lane : this.lanes) {
			double needed = lane.governor().inFlightAtLimit(lately);
			if (needed < 0) {
				return -1;
			}
			total += needed;
		}
		return total;
	}

	List<KeyUsage> usage() {
		return this.lanes.stream().map(Lane::usage).toList();
	}

}
