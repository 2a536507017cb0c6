package closebatch.export;

import java.util.regex.Pattern;

/**
 * Keeps a spreadsheet from running a CSV value as a formula: a value whose first
 * character is {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return
 * gets a leading {@code '} (OWASP's advice against CSV injection), unless it is a plain
 * number ({@code -42.5}, {@code +3}) or an E.164 phone number ({@code +12065550144}),
 * which a spreadsheet reads as a number, never as a formula.
 *
 * <p>
 * A value that starts with {@code '} gets one more, so that escaping can be undone
 * exactly: the {@code unescape-formulas} transform of the mapping written with the export
 * takes one leading {@code '} off every value. XLSX text cells are never escaped: a typed
 * text cell is never evaluated.
 */
final class FormulaEscaping {

	/** A plain number; an E.164 phone number ({@code +} and digits) is one too. */
	private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

	private FormulaEscaping() {
	}

	/** The value as a spreadsheet may safely open it. */
	static String escape(String value) {
		if (value == null || value.isEmpty() || PLAIN_NUMBER.matcher(value).matches()) {
			return value;
		}
		return switch (value.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r', '\'' -> "'" + value;
			default -> value;
		};
	}

}
