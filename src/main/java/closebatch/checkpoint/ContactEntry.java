package closebatch.checkpoint;

import java.time.Instant;
import java.util.Objects;

/**
 * What the ledger knows about one contact: the Close contact it was written as.
 *
 * @param key the contact
 * @param contactId the Close contact id
 * @param payloadHash the hash of the contact payload last written
 * @param updatedAt when the entry last changed
 */
public record ContactEntry(ContactKey key, String contactId, String payloadHash, Instant updatedAt) {

	public ContactEntry {
		Objects.requireNonNull(key, "key");
		LedgerKey.requireText(contactId, "contactId");
		Objects.requireNonNull(updatedAt, "updatedAt");
	}

	/** Whether writing {@code payloadHash} again would change nothing. */
	public boolean isUnchangedBy(String payloadHash) {
		return Objects.equals(this.payloadHash, payloadHash);
	}

}
