package closebatch.load;

import closebatch.mapping.MappedRow;
import closebatch.report.RowError;
import closebatch.source.SourceRow;

/**
 * One input row on its way to Close: mapped to a record (a lead, or an object of one), or
 * rejected before any request.
 *
 * @param row the row as read (kept for the rejects file)
 * @param record the row's record, or {@code null} when rejected
 * @param error why the row is rejected, or {@code null}
 */
public record LoadItem(SourceRow row, MappedRow record, RowError error) {

	public LoadItem {
		if ((record == null) == (error == null)) {
			throw new IllegalArgumentException("an item is either a record or a rejection");
		}
	}

	/**
	 * Whether the row is skipped (a blank row) rather than rejected, when it has no
	 * record.
	 */
	public boolean skipped() {
		return this.row.isBlank();
	}

}
