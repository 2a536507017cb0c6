package closebatch.mapping;

import java.util.List;
import java.util.Map;

/**
 * A lead made from one row, or from several rows with the same key (see
 * {@link LeadGrouping}). Absent single values are {@code null}.
 *
 * @param rowNumbers the rows it was made from, first row first
 * @param key the normalised record key, or {@code null} when the mapping declares no key
 * @param name the lead (company) name
 * @param url the lead's web address
 * @param description the description
 * @param statusLabel the lead status by label, resolved to an id by the load stage
 * @param addresses the addresses
 * @param custom lead custom field values by field name (one value unless split)
 * @param contacts the contacts, in row order
 * @param closeId the Close lead id the row names (a {@link MatchRule.CloseId} column), or
 * {@code null}
 * @param rules what a create writes instead, and what an update clears
 */
public record LeadRecord(List<Long> rowNumbers, String key, String name, String url, String description,
		String statusLabel, List<AddressRecord> addresses, Map<String, List<String>> custom,
		List<ContactRecord> contacts, String closeId, WriteRules rules) implements MappedRow {

	public LeadRecord {
		if (rowNumbers.isEmpty()) {
			throw new IllegalArgumentException("a lead comes from at least one row");
		}
		rowNumbers = List.copyOf(rowNumbers);
		addresses = List.copyOf(addresses);
		custom = CustomValues.copy(custom);
		contacts = List.copyOf(contacts);
		rules = (rules != null) ? rules : WriteRules.NONE;
	}

	/** A lead that writes the same on create and update, found by its key alone. */
	public LeadRecord(List<Long> rowNumbers, String key, String name, String url, String description,
			String statusLabel, List<AddressRecord> addresses, Map<String, List<String>> custom,
			List<ContactRecord> contacts) {
		this(rowNumbers, key, name, url, description, statusLabel, addresses, custom, contacts, null, WriteRules.NONE);
	}

	/** This lead with other write rules. */
	LeadRecord withRules(WriteRules rules) {
		return new LeadRecord(this.rowNumbers, this.key, this.name, this.url, this.description, this.statusLabel,
				this.addresses, this.custom, this.contacts, this.closeId, rules);
	}

	/** The first row the lead was made from. */
	@Override
	public long rowNumber() {
		return this.rowNumbers.get(0);
	}

}
