package closebatch.close;

import java.util.List;

/**
 * What one API key sent during a run, for the run summary.
 *
 * @param key the key's fingerprint ({@code key#1a2b3c4d}), never the key
 * @param requests requests sent, retries included
 * @param retries requests that repeated an earlier one
 * @param throttled 429 answers received
 */
public record KeyUsage(String key, long requests, long retries, long throttled) {

	/** The sum over several keys, named {@code all keys}. */
	public static KeyUsage total(List<KeyUsage> usages) {
		return new KeyUsage("all keys", usages.stream().mapToLong(KeyUsage::requests).sum(),
				usages.stream().mapToLong(KeyUsage::retries).sum(),
				usages.stream().mapToLong(KeyUsage::throttled).sum());
	}

}
