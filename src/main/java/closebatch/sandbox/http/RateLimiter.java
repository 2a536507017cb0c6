package closebatch.sandbox.http;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Close's rate limits: a budget of requests per second for each API key and endpoint
 * group, and three times that for the whole organization in the same group (the ratio the
 * Close docs give: 20 per key, 60 per organization).
 *
 * <p>
 * Budgets are counted in fixed one-second windows. Every decision carries the values of
 * the {@code RateLimit: limit=…, remaining=…, reset=…} header, taken from whichever of
 * the two budgets is closer to running out.
 */
public final class RateLimiter {

	/** The organization's budget in a group, as a multiple of one key's. */
	public static final int ORGANIZATION_FACTOR = 3;

	private static final long WINDOW_NANOS = 1_000_000_000L;

	/** The answer for one request. */
	public record Decision(boolean allowed, int limit, int remaining, double resetSeconds) {

		/** The value of the {@code RateLimit} header. */
		public String header() {
			return String.format(Locale.ROOT, "limit=%d, remaining=%d, reset=%.3f", this.limit, this.remaining,
					this.resetSeconds);
		}

		/** The value of {@code Retry-After}: the reset in whole seconds, rounded up. */
		public long retryAfterSeconds() {
			return Math.max(1, (long) Math.ceil(this.resetSeconds));
		}

	}

	private static final class Window {

		private boolean started;

		private long start;

		private int used;

	}

	private final LongSupplier nanoTime;

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	private volatile int perKeyPerSecond;

	/**
	 * @param perKeyPerSecond requests per second per key and group; 0 turns limiting off
	 * @param nanoTime the clock ({@code System::nanoTime} outside tests)
	 */
	public RateLimiter(int perKeyPerSecond, LongSupplier nanoTime) {
		this.perKeyPerSecond = perKeyPerSecond;
		this.nanoTime = nanoTime;
	}

	public int perKeyPerSecond() {
		return this.perKeyPerSecond;
	}

	public void setPerKeyPerSecond(int perKeyPerSecond) {
		this.perKeyPerSecond = perKeyPerSecond;
		this.windows.clear();
	}

	public boolean enabled() {
		return this.perKeyPerSecond > 0;
	}

	/**
	 * Counts a request against its key's and organization's budgets, unless either is
	 * spent.
	 */
	public Decision acquire(Caller caller, String group) {
		int keyLimit = this.perKeyPerSecond;
		int organizationLimit = keyLimit * ORGANIZATION_FACTOR;
		long now = this.nanoTime.getAsLong();
		Window key = this.windows.computeIfAbsent("key:" + caller.keyDigest() + ":" + group, name -> new Window());
		Window organization = this.windows.computeIfAbsent("org:" + caller.organizationId() + ":" + group,
				name -> new Window());
		synchronized (organization) {
			synchronized (key) {
				roll(key, now);
				roll(organization, now);
				boolean allowed = key.used < keyLimit && organization.used < organizationLimit;
				if (allowed) {
					key.used++;
					organization.used++;
				}
				int keyRemaining = keyLimit - key.used;
				int organizationRemaining = organizationLimit - organization.used;
				boolean organizationBinds = organizationRemaining < keyRemaining;
				Window binding = organizationBinds ? organization : key;
				double reset = (binding.start + WINDOW_NANOS - now) / 1e9;
				return new Decision(allowed, organizationBinds ? organizationLimit : keyLimit,
						Math.max(0, organizationBinds ? organizationRemaining : keyRemaining), reset);
			}
		}
	}

	private static void roll(Window window, long now) {
		if (!window.started || now - window.start >= WINDOW_NANOS) {
			window.started = true;
			window.start = now;
			window.used = 0;
		}
	}

}
