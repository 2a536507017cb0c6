package closebatch.mapping;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An object of a lead (an opportunity, task, note, call or custom activity) made from one
 * row, or from the rows that share its key (the first row's values win).
 *
 * @param type what it is
 * @param rowNumbers the rows it was made from, first row first
 * @param key its normalised record key, or {@code null} when the mapping declares none
 * @param lead the lead it belongs to
 * @param contact the contact it is about, or {@code null}
 * @param fields its field values by the mapping's field name, as Close takes them (users
 * by email, statuses by label, for the load stage to resolve)
 * @param custom custom field values by field name
 * @param rules what a create writes instead, and what an update clears
 */
public record ObjectRecord(ObjectType type, List<Long> rowNumbers, String key, LeadLink lead, ContactLink contact,
		Map<String, String> fields, Map<String, List<String>> custom, WriteRules rules) implements MappedRow {

	public ObjectRecord {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(lead, "lead");
		if (rowNumbers.isEmpty()) {
			throw new IllegalArgumentException("an object comes from at least one row");
		}
		rowNumbers = List.copyOf(rowNumbers);
		// In the file's order: a record's payload, and so its hash, is the same on every
		// run.
		fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
		custom = CustomValues.copy(custom);
		rules = (rules != null) ? rules : WriteRules.NONE;
	}

	@Override
	public long rowNumber() {
		return this.rowNumbers.get(0);
	}

	/** This object as made from more rows: the same values, every row's number. */
	public ObjectRecord withRows(List<Long> rows) {
		return new ObjectRecord(this.type, rows, this.key, this.lead, this.contact, this.fields, this.custom,
				this.rules);
	}

}
