package closebatch.load;

import java.util.Objects;

import closebatch.checkpoint.LedgerKey;
import closebatch.mapping.LeadRecord;

/**
 * A record's identity: its normalised key in the namespace of its mapping. Built in one
 * place ({@link #of}) for the ledger, the hidden key field and the results.
 *
 * @param namespace the mapping's namespace
 * @param value the normalised key, or for a row without one the input's fingerprint and
 * the row number
 */
public record RecordKey(String namespace, String value) {

	public RecordKey {
		Objects.requireNonNull(namespace, "namespace");
		Objects.requireNonNull(value, "value");
	}

	/**
	 * The key of a lead.
	 * @param keylessPrefix stands for the key of a lead the mapping gives none: the
	 * input's fingerprint, so that a row is the same record on every run of that input
	 */
	public static RecordKey of(String namespace, LeadRecord lead, String keylessPrefix) {
		return new RecordKey(namespace, (lead.key() != null) ? lead.key() : keylessPrefix + ":" + lead.rowNumber());
	}

	/** What the hidden key field of the record's lead holds. */
	public String fieldValue() {
		return this.namespace + ":" + this.value;
	}

	/**
	 * What the hidden key field held when release 0.1 wrote the record: the job's name
	 * instead of the namespace. Still recognised, so an upgrade creates no duplicate.
	 */
	public String legacyFieldValue(String job) {
		return job + ":" + this.value;
	}

	/** The record's entry in the ledger of a target. */
	public LedgerKey ledgerKey(String target) {
		return new LedgerKey(target, this.namespace, this.value);
	}

}
