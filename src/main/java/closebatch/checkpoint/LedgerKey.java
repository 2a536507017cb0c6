package closebatch.checkpoint;

import java.util.Objects;

/**
 * What a ledger entry is about: one record of one namespace, written to one Close target.
 *
 * @param target the target's identity: base URL and organization (never a key)
 * @param namespace the namespace of the record's key (a mapping's, never a job's)
 * @param recordKey the record's normalised key, from the mapping's key columns or the
 * input fingerprint and row number
 */
public record LedgerKey(String target, String namespace, String recordKey) {

	public LedgerKey {
		requireText(target, "target");
		requireText(namespace, "namespace");
		requireText(recordKey, "recordKey");
	}

	static void requireText(String value, String name) {
		Objects.requireNonNull(value, name);
		if (value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
	}

}
