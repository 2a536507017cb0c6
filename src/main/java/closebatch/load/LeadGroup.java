package closebatch.load;

import java.util.List;
import java.util.Objects;

import closebatch.mapping.LeadGrouping;
import closebatch.mapping.LeadRecord;

/**
 * The rows of one chunk that make one lead: each row's own record, and the lead they make
 * together.
 *
 * @param recordKey the key the ledger and the hidden key field know the lead by
 * @param rows each row's record, in row order
 */
public record LeadGroup(String recordKey, List<LeadRecord> rows) {

	public LeadGroup {
		Objects.requireNonNull(recordKey, "recordKey");
		rows = List.copyOf(rows);
		if (rows.isEmpty()) {
			throw new IllegalArgumentException("a lead comes from at least one row");
		}
	}

	/** The lead the rows make together (see {@link LeadGrouping#merge}). */
	public LeadRecord lead() {
		LeadRecord lead = this.rows.get(0);
		for (LeadRecord later : this.rows.subList(1, this.rows.size())) {
			lead = LeadGrouping.merge(lead, later);
		}
		return lead;
	}

}
