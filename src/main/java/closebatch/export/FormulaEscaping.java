package closebatch.export;

/**
 * Keeps a spreadsheet from running a text cell as a formula: a value whose first
 * character is {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return
 * gets a leading {@code '} (OWASP's advice against CSV injection).
 *
 * <p>
 * A value that starts with {@code '} gets one more, so that escaping can be undone
 * exactly: the {@code unescape-formulas} transform of the mapping written with the export
 * takes one leading {@code '} off every value.
 */
final class FormulaEscaping {

	private FormulaEscaping() {
	}

	/** The value as a spreadsheet may safely open it. */
	static String escape(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		return switch (value.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r', '\'' -> "'" + value;
			default -> value;
		};
	}

}
