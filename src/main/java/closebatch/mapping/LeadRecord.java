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
 */
public record LeadRecord(List<Long> rowNumbers, String key, String name, String url, String description,
		String statusLabel, List<AddressRecord> addresses, Map<String, List<String>> custom,
		List<ContactRecord> contacts) implements MappedRow {

	public LeadRecord {
		if (rowNumbers.isEmpty()) {
			throw new IllegalArgumentException("a lead comes from at least one row");
		}
		rowNumbers = List.copyOf(rowNumbers);
		addresses = List.copyOf(addresses);
		custom = CustomValues.copy(custom);
		contacts = List.copyOf(contacts);
	}

	/** The first row the lead was made from. */
	@Override
	public long rowNumber() {
		return this.rowNumbers.get(0);
	}

}
