package closebatch.mapping;

/**
 * A field whose value failed, with the column it came from; becomes a {@link Rejection}.
 */
final class FieldRejected extends Exception {

	private final String column;

	FieldRejected(String column, String reason) {
		super(reason, null, false, false);
		this.column = column;
	}

	Rejection toRejection(long rowNumber) {
		return new Rejection(rowNumber, this.column, getMessage());
	}

}
