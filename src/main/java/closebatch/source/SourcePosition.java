package closebatch.source;

/**
 * Where reading of a file stands: how many rows were returned and where the next one
 * starts, so that a restarted reader goes on from there without returning a row twice.
 *
 * @param rowsRead how many rows (well-formed and rejected) were returned
 * @param nextRow the physical row number where reading goes on: for CSV the line after
 * the last record returned, for XLSX the sheet row after the last row returned
 * @param byteOffset for CSV, the byte offset at which that line starts, or -1 when the
 * encoding does not allow seeking (the reader then skips {@code rowsRead} rows); always
 * -1 for XLSX
 */
public record SourcePosition(long rowsRead, long nextRow, long byteOffset) {

	/** Before the first row. */
	public static final SourcePosition START = new SourcePosition(0, 1, -1);

	public SourcePosition {
		if (rowsRead < 0 || nextRow < 1 || byteOffset < -1) {
			throw new IllegalArgumentException(
					"not a position: rows read " + rowsRead + ", next row " + nextRow + ", byte " + byteOffset);
		}
	}

	public boolean isStart() {
		return this.rowsRead == 0;
	}

}
