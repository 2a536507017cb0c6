package closebatch.sandbox.http;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Faults the sandbox injects into API responses, for tests and benchmarks of clients.
 *
 * <p>
 * Rates are fractions of requests (0 to 1). Error statuses replace the response before
 * the request is carried out, as a throttling proxy or an unavailable server would. A
 * dropped connection and a slow response happen after the request was carried out, so the
 * client cannot know whether its write took effect: the case an exactly-once client must
 * resolve.
 *
 * @param latencyMs added before every API response
 * @param statusRates the fraction of requests answered with each status (429, 500, 502,
 * 503)
 * @param dropRate fraction of requests whose connection is closed with no response
 * @param slowRate fraction of responses held back by {@code slowMs}
 * @param slowMs how long a slow response is held back
 * @param seed seeds the random choices, for repeatable runs; null for a random seed
 */
public record FaultSettings(@JsonProperty("latency_ms") long latencyMs,
		@JsonProperty("status_rates") Map<Integer, Double> statusRates, @JsonProperty("drop_rate") double dropRate,
		@JsonProperty("slow_rate") double slowRate, @JsonProperty("slow_ms") long slowMs,
		@JsonProperty("seed") Long seed) {

	/** The statuses that can be injected. */
	public static final List<Integer> STATUSES = List.of(429, 500, 502, 503);

	public FaultSettings {
		statusRates = (statusRates == null) ? Map.of() : Map.copyOf(statusRates);
		for (Map.Entry<Integer, Double> entry : statusRates.entrySet()) {
			if (!STATUSES.contains(entry.getKey())) {
				throw new IllegalArgumentException(
						"status_rates: " + entry.getKey() + " cannot be injected; use one of " + STATUSES);
			}
			requireRate("status_rates." + entry.getKey(), entry.getValue());
		}
		requireRate("drop_rate", dropRate);
		requireRate("slow_rate", slowRate);
		if (latencyMs < 0 || slowMs < 0) {
			throw new IllegalArgumentException("latency_ms and slow_ms must not be negative");
		}
		double total = statusRates.values().stream().mapToDouble(Double::doubleValue).sum() + dropRate + slowRate;
		if (total > 1.0 + 1e-9) {
			throw new IllegalArgumentException("The fault rates add up to " + total + ", more than 1");
		}
	}

	/** No faults and no added latency. */
	public static FaultSettings none() {
		return new FaultSettings(0, Map.of(), 0, 0, 30_000, null);
	}

	/** A fraction of responses replaced by 429, 500, 502 and 503 in equal shares. */
	public static Map<Integer, Double> spreadOverStatuses(double faultRate) {
		requireRate("fault rate", faultRate);
		double share = faultRate / STATUSES.size();
		return Map.of(429, share, 500, share, 502, share, 503, share);
	}

	private static void requireRate(String name, double rate) {
		if (!(rate >= 0 && rate <= 1)) {
			throw new IllegalArgumentException(name + " must be between 0 and 1, not " + rate);
		}
	}

}
