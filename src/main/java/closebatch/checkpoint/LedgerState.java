package closebatch.checkpoint;

/**
 * Where a record stands with the target.
 */
public enum LedgerState {

	/**
	 * A write was about to be sent and its outcome is not recorded: on restart the record
	 * is in doubt and must be looked up by its key, never posted blindly again.
	 */
	PENDING("pending"),

	/** The target holds the record under the entry's Close id, as last written. */
	DONE("done"),

	/** The record was refused (by the mapping or the API); the entry says why. */
	REJECTED("rejected");

	private final String code;

	LedgerState(String code) {
		this.code = code;
	}

	/** The value stored in the database. */
	String code() {
		return this.code;
	}

	static LedgerState fromCode(String code) {
		for (LedgerState state : values()) {
			if (state.code.equals(code)) {
				return state;
			}
		}
		throw new IllegalStateException("Unknown ledger state in the checkpoint database: " + code);
	}

}
