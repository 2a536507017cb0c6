package closebatch.checkpoint;

/**
 * How far an export got: the last object written, in the export's stable order
 * ({@code date_created}, then id), and how much output it produced.
 *
 * @param lastDateCreated the {@code date_created} of the last object written, or
 * {@code null} before the first
 * @param lastId the id of the last object written, or {@code null} before the first
 * @param rowsWritten rows written to the output so far
 * @param byteOffset the output file's length after those rows
 */
public record ExportPosition(String lastDateCreated, String lastId, long rowsWritten, long byteOffset) {

	/** The position of an export that has written nothing. */
	public static final ExportPosition START = new ExportPosition(null, null, 0, 0);

	public ExportPosition {
		if (rowsWritten < 0 || byteOffset < 0) {
			throw new IllegalArgumentException("rowsWritten and byteOffset must not be negative");
		}
		if ((lastDateCreated == null) != (lastId == null)) {
			throw new IllegalArgumentException("lastDateCreated and lastId are set together");
		}
	}

}
