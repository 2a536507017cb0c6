package closebatch.sandbox;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import closebatch.sandbox.http.FaultSettings;
import closebatch.sandbox.search.SearchLimits;

/**
 * How to start a sandbox.
 *
 * @param port the port on 127.0.0.1; 0 picks a free one
 * @param apiKeys keys that authenticate as the organization's admin; with none, and none
 * stored, one is generated
 * @param database the SQLite file that keeps the data; null for a temporary one
 * @param faults injected latency and faults
 * @param rateLimitPerKey requests per second per key and endpoint group; 0 for no limit
 * @param cursorTtl how long a search cursor stays valid
 * @param searchCap how many results one search can page through
 */
public record SandboxSettings(int port, List<String> apiKeys, Path database, FaultSettings faults, int rateLimitPerKey,
		Duration cursorTtl, int searchCap) {

	/**
	 * Close's rate limits are unpublished; the docs' example is 20 per key, real groups
	 * allow more.
	 */
	public static final int DEFAULT_RATE_LIMIT = 100;

	public SandboxSettings {
		if (port < 0 || port > 65_535) {
			throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
		}
		if (rateLimitPerKey < 0) {
			throw new IllegalArgumentException("rate limit must not be negative");
		}
		apiKeys = List.copyOf(apiKeys);
		faults = (faults == null) ? FaultSettings.none() : faults;
	}

	/** A free port, a generated key, a temporary database, no faults, Close's limits. */
	public static SandboxSettings defaults() {
		return new SandboxSettings(0, List.of(), null, FaultSettings.none(), DEFAULT_RATE_LIMIT,
				SearchLimits.CLOSE_CURSOR_TTL, SearchLimits.CLOSE_RESULT_CAP);
	}

	public SandboxSettings withApiKeys(List<String> keys) {
		return new SandboxSettings(this.port, keys, this.database, this.faults, this.rateLimitPerKey, this.cursorTtl,
				this.searchCap);
	}

	public SandboxSettings withDatabase(Path file) {
		return new SandboxSettings(this.port, this.apiKeys, file, this.faults, this.rateLimitPerKey, this.cursorTtl,
				this.searchCap);
	}

	public SandboxSettings withRateLimitPerKey(int perSecond) {
		return new SandboxSettings(this.port, this.apiKeys, this.database, this.faults, perSecond, this.cursorTtl,
				this.searchCap);
	}

	public SandboxSettings withFaults(FaultSettings faultSettings) {
		return new SandboxSettings(this.port, this.apiKeys, this.database, faultSettings, this.rateLimitPerKey,
				this.cursorTtl, this.searchCap);
	}

	public SandboxSettings withSearchLimits(Duration ttl, int cap) {
		return new SandboxSettings(this.port, this.apiKeys, this.database, this.faults, this.rateLimitPerKey, ttl, cap);
	}

}
