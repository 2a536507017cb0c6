package closebatch.load;

import closebatch.mapping.LeadRecord;
import closebatch.report.RowError;
import closebatch.source.SourceRow;

/**
 * One input row on its way to Close: mapped to a lead, or rejected before any request.
 *
 * @param row the row as read (kept for the rejects file)
 * @param lead the row's lead, or {@code null} when rejected
 * @param error why the row is rejected, or {@code null}
 */
public record LoadItem(SourceRow row, LeadRecord lead, RowError error) {

	public LoadItem {
		if ((lead == null) == (error == null)) {
			throw new IllegalArgumentException("an item is either a lead or a rejection");
		}
	}

	/**
	 * Whether the row is skipped (a blank row) rather than rejected, when it has no lead.
	 */
	public boolean skipped() {
		return this.row.isBlank();
	}

}
