package closebatch.mapping;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parses a number written the way a locale writes it ({@code 1.234,5} in {@code de-DE},
 * {@code 1,234.5} in {@code en-US}) and writes it plainly ({@code 1234.5}).
 *
 * <p>
 * Grouping separators (or spaces) must sit between groups of three digits, and anything
 * left over refuses the value, so {@code 12 apples}, {@code 1.2.3} or a number written
 * for another locale never become a wrong number.
 *
 * <p>
 * A value that other locales read as a whole number is refused as ambiguous: one to three
 * digits (not a lone 0), the decimal separator, then exactly three digits, and no
 * grouping ({@code 1.200} in {@code en-US} is 1.2 here but 1200 in {@code de-DE};
 * {@code 1,200} in {@code de-DE} likewise). {@code 0.125}, {@code 1.25} or
 * {@code 1,200.5} are not ambiguous.
 */
final class NumberConverter implements Transform.ValueConverter {

	private final Locale locale;

	private final DecimalFormatSymbols symbols;

	private final Pattern ambiguous;

	private final Pattern groupSeparators;

	/** A format per worker thread: a {@link DecimalFormat} is not thread-safe. */
	private final ThreadLocal<DecimalFormat> format;

	NumberConverter(Locale locale) {
		this.locale = locale;
		this.symbols = DecimalFormatSymbols.getInstance(locale);
		this.groupSeparators = Pattern
			.compile("[" + Pattern.quote(String.valueOf(this.symbols.getGroupingSeparator())) + "\\p{Zs}]");
		this.format = ThreadLocal.withInitial(() -> {
			DecimalFormat format = new DecimalFormat("0.#", this.symbols);
			format.setParseBigDecimal(true);
			format.setGroupingUsed(false);
			return format;
		});
		char decimal = this.symbols.getDecimalSeparator();
		this.ambiguous = (decimal == '.' || decimal == ',')
				? Pattern.compile("[-+\u2212]?[1-9]\\d{0,2}" + Pattern.quote(String.valueOf(decimal)) + "\\d{3}")
				: null;
	}

	@Override
	public String convert(String value) throws ValueRejected {
		if (this.ambiguous != null && this.ambiguous.matcher(value.strip()).matches()) {
			throw new ValueRejected("'" + value + "' is ambiguous in " + this.locale.toLanguageTag()
					+ ": it could be a whole number grouped by '" + this.symbols.getDecimalSeparator()
					+ "'; write it without the trailing zeros or grouped by '" + this.symbols.getGroupingSeparator()
					+ "', or set the 'number' locale to the one the file is written in");
		}
		String digits = withoutGrouping(value.strip());
		if (digits == null) {
			throw refused(value);
		}
		ParsePosition position = new ParsePosition(0);
		Number number = this.format.get().parse(digits, position);
		if (number == null || position.getIndex() != digits.length() || digits.isEmpty()) {
			throw refused(value);
		}
		BigDecimal decimal = (BigDecimal) number;
		return (decimal.signum() == 0) ? "0" : decimal.stripTrailingZeros().toPlainString();
	}

	/**
	 * The value without its grouping separators (spaces count as one), or {@code null}
	 * when they are misplaced: only in the integer part, every group after the first of
	 * three digits. This keeps {@code 1,234.5} from being read as 1.2345 in
	 * {@code de-DE}.
	 */
	private String withoutGrouping(String text) {
		char grouping = this.symbols.getGroupingSeparator();
		int decimal = text.indexOf(this.symbols.getDecimalSeparator());
		String integer = (decimal >= 0) ? text.substring(0, decimal) : text;
		String fraction = (decimal >= 0) ? text.substring(decimal) : "";
		if (fraction.chars().anyMatch((c) -> c == grouping || Character.isSpaceChar(c))) {
			return null;
		}
		String[] groups = this.groupSeparators.split(integer, -1);
		for (int i = 1; i < groups.length; i++) {
			if (groups[i].length() != 3 || groups[0].isEmpty()) {
				return null;
			}
		}
		return String.join("", groups).replace('-', this.symbols.getMinusSign()) + fraction;
	}

	private ValueRejected refused(String value) {
		return new ValueRejected("'" + value + "' is not a number as written in " + this.locale.toLanguageTag());
	}

}
