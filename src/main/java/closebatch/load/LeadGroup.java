package closebatch.load;

import java.util.List;
import java.util.Objects;

import closebatch.mapping.LeadGrouping;
import closebatch.mapping.LeadRecord;

/**
 * The rows of one chunk that make one lead: each row's own record, and the lead they make
 * together.
 *
 * @param key the record's identity
 * @param rows each row's record, in row order
 * @param lead the lead the rows make together (see {@link LeadGrouping#merge})
 */
public record LeadGroup(RecordKey key, List<LeadRecord> rows, LeadRecord lead) {

	public LeadGroup {
		Objects.requireNonNull(key, "key");
		rows = List.copyOf(rows);
		Objects.requireNonNull(lead, "lead");
	}

	/** The group of these rows. */
	public static LeadGroup of(RecordKey key, List<LeadRecord> rows) {
		if (rows.isEmpty()) {
			throw new IllegalArgumentException("a lead comes from at least one row");
		}
		LeadRecord lead = rows.get(0);
		for (LeadRecord later : rows.subList(1, rows.size())) {
			lead = LeadGrouping.merge(lead, later);
		}
		return new LeadGroup(key, rows, lead);
	}

}
