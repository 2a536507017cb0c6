package closebatch.load;

import java.util.Objects;

import closebatch.checkpoint.LedgerKey;
import closebatch.mapping.LeadRecord;
import closebatch.mapping.MappedRow;
import closebatch.mapping.ObjectRecord;
import closebatch.mapping.PhoneNumberRecord;

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
	 * The key of a record (a lead or an object of one): the one place a record key is
	 * made.
	 * @param inputFingerprint the input's fingerprint: its first 16 characters and the
	 * row number stand for the key of a record the mapping gives none, so that a row is
	 * the same record on every run of that input
	 */
	public static RecordKey of(String namespace, MappedRow record, String inputFingerprint) {
		String key;
		if (record instanceof LeadRecord lead) {
			key = lead.key();
		}
		else if (record instanceof ObjectRecord object) {
			key = object.key();
		}
		else if (record instanceof PhoneNumberRecord number) {
			key = number.key();
		}
		else {
			throw new IllegalArgumentException("a rejection has no record key");
		}
		return new RecordKey(namespace,
				(key != null) ? key : inputFingerprint.substring(0, 16) + ":" + record.rowNumber());
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
