package closebatch.load;

import java.util.Objects;

import closebatch.checkpoint.LedgerKey;
import closebatch.mapping.LeadRecord;

/**
 * A record's identity: its normalised key in the namespace of its mapping. Built in one
 * place ({@link #of}); the hidden key field's value, and the ledger's key at the
 * checkpoint boundary, are derived from it here.
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
	 * The key of a lead: the one place a record key is made.
	 * @param inputFingerprint the input's fingerprint: its first 16 characters and the
	 * row number stand for the key of a lead the mapping gives none, so that a row is the
	 * same record on every run of that input
	 */
	public static RecordKey of(String namespace, LeadRecord lead, String inputFingerprint) {
		return new RecordKey(namespace,
				(lead.key() != null) ? lead.key() : inputFingerprint.substring(0, 16) + ":" + lead.rowNumber());
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
