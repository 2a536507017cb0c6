package closebatch.report;

import java.util.Locale;

/**
 * What happened to one input row; every row ends in exactly one of these.
 */
public enum RowAction {

	/** The row's lead was created in Close. */
	CREATED,

	/** The row's lead existed and was changed. */
	UPDATED,

	/**
	 * The row's lead was already in Close as the row describes it: no request was made.
	 */
	UNCHANGED,

	/** The row was deliberately left out (such as a row outside the job's filter). */
	SKIPPED,

	/** The row could not be loaded; the rejects file has it with the reason. */
	REJECTED;

	/**
	 * The word written in the results file's {@code action} column.
	 * @return the lower-case name, such as {@code created}
	 */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The action a label (as in results.csv) stands for. */
	public static java.util.Optional<RowAction> fromLabel(String label) {
		for (RowAction action : values()) {
			if (action.label().equals(label)) {
				return java.util.Optional.of(action);
			}
		}
		return java.util.Optional.empty();
	}

}
