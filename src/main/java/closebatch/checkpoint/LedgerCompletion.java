package closebatch.checkpoint;

import java.util.Objects;

/**
 * A write the target confirmed: the record now lives under {@code closeId} with this
 * payload.
 *
 * @param key the record
 * @param closeId the Close lead id
 * @param payloadHash the hash of the payload written
 */
public record LedgerCompletion(LedgerKey key, String closeId, String payloadHash) {

	public LedgerCompletion {
		Objects.requireNonNull(key, "key");
		LedgerKey.requireText(closeId, "closeId");
	}

}
