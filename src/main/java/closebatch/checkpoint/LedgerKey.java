package closebatch.checkpoint;

import java.util.Objects;

/**
 * What a ledger entry is about: one record of one job, written to one Close target.
 *
 * @param target the target's base URL (never its key)
 * @param job the job's name
 * @param recordKey the record's normalised key, from the mapping's key columns or the
 * input fingerprint and row number
 */
public record LedgerKey(String target, String job, String recordKey) {

	public LedgerKey {
		requireText(target, "target");
		requireText(job, "job");
		requireText(recordKey, "recordKey");
	}

	static void requireText(String value, String name) {
		Objects.requireNonNull(value, name);
		if (value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
	}

}
