package closebatch.sandbox.search;

import java.time.Duration;

/**
 * The limits of {@code /data/search/} that tests need to change: how long a cursor lives
 * (30 s in Close) and how many results one query can page through (10,000 in Close).
 */
public final class SearchLimits {

	public static final Duration CLOSE_CURSOR_TTL = Duration.ofSeconds(30);

	public static final int CLOSE_RESULT_CAP = 10_000;

	private volatile Duration cursorTtl;

	private volatile int resultCap;

	public SearchLimits(Duration cursorTtl, int resultCap) {
		set(cursorTtl, resultCap);
	}

	public Duration cursorTtl() {
		return this.cursorTtl;
	}

	public int resultCap() {
		return this.resultCap;
	}

	public void set(Duration cursorTtl, int resultCap) {
		if (cursorTtl.isNegative() || cursorTtl.isZero()) {
			throw new IllegalArgumentException("cursor_ttl_seconds must be positive");
		}
		if (resultCap < 1) {
			throw new IllegalArgumentException("search_cap must be at least 1");
		}
		this.cursorTtl = cursorTtl;
		this.resultCap = resultCap;
	}

}
