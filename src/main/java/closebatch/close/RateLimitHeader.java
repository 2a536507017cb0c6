package closebatch.close;

import java.time.Duration;
import java.util.Locale;

/**
 * Close's {@code RateLimit: limit=100, remaining=50, reset=5.25} header: the endpoint
 * group's budget, what is left of it, and the seconds (a decimal) until it is refilled.
 *
 * @param limit requests per window
 * @param remaining requests left in the current window
 * @param reset time until the window ends
 */
record RateLimitHeader(int limit, int remaining, Duration reset) {

	/**
	 * Reads the header's value; null when it is absent or lacks one of the three values.
	 * Parameter order, spacing and case do not matter; unknown parameters are ignored.
	 */
	static RateLimitHeader parse(String value) {
		if (value == null) {
			return null;
		}
		Integer limit = null;
		Integer remaining = null;
		Duration reset = null;
		for (String part : value.split("[,;]")) {
			int equals = part.indexOf('=');
			if (equals < 0) {
				continue;
			}
			String name = part.substring(0, equals).strip().toLowerCase(Locale.ROOT);
			String number = part.substring(equals + 1).strip();
			try {
				switch (name) {
					case "limit" -> limit = Integer.valueOf(number);
					case "remaining" -> remaining = Integer.valueOf(number);
					case "reset" -> reset = seconds(number);
					default -> {
					}
				}
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		if (limit == null || remaining == null || reset == null || limit < 0 || remaining < 0) {
			return null;
		}
		return new RateLimitHeader(limit, remaining, reset);
	}

	/** {@code Retry-After} in seconds (whole or decimal); null when absent or a date. */
	static Duration retryAfter(String value) {
		if (value == null) {
			return null;
		}
		try {
			return seconds(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static Duration seconds(String number) {
		double seconds = Double.parseDouble(number);
		if (!(seconds >= 0) || seconds > 86_400) {
			throw new NumberFormatException("not a number of seconds: " + number);
		}
		return Duration.ofNanos(Math.round(seconds * 1e9));
	}

}
