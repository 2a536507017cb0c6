package closebatch.checkpoint;

import java.time.Instant;
import java.util.Objects;

/**
 * What the ledger knows about one record.
 *
 * @param key the record
 * @param closeId the Close lead id, once known (kept while an update is pending)
 * @param payloadHash the hash of the payload last sent or written
 * @param state where the record stands
 * @param attempts how many writes were started for it, over all runs
 * @param lastError why it was last rejected, or {@code null}
 * @param updatedAt when the entry last changed
 */
public record LedgerEntry(LedgerKey key, String closeId, String payloadHash, LedgerState state, int attempts,
		String lastError, Instant updatedAt) {

	public LedgerEntry {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(state, "state");
		Objects.requireNonNull(updatedAt, "updatedAt");
	}

	/**
	 * Whether writing {@code payloadHash} again would change nothing: the record is done
	 * and was last written with the same payload.
	 */
	public boolean isUnchangedBy(String payloadHash) {
		return this.state == LedgerState.DONE && Objects.equals(this.payloadHash, payloadHash);
	}

	/**
	 * Whether the outcome of the last write is unknown (see {@link LedgerState#PENDING}).
	 */
	public boolean isInDoubt() {
		return this.state == LedgerState.PENDING;
	}

}
