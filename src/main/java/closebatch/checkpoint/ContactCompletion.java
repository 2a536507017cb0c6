package closebatch.checkpoint;

import java.util.Objects;

/**
 * A contact the target confirmed: it now lives under {@code contactId} with this payload.
 *
 * @param key the contact
 * @param contactId the Close contact id
 * @param payloadHash the hash of the contact payload written
 */
public record ContactCompletion(ContactKey key, String contactId, String payloadHash) {

	public ContactCompletion {
		Objects.requireNonNull(key, "key");
		LedgerKey.requireText(contactId, "contactId");
	}

}
