package closebatch.mapping;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Parses a number written the way a locale writes it ({@code 1.234,5} in {@code de-DE},
 * {@code 1,234.5} in {@code en-US}) and writes it plainly ({@code 1234.5}).
 *
 * <p>
 * Grouping separators and spaces are ignored; anything else left over refuses the value,
 * so {@code 12 apples} or {@code 1.2.3} never become a number.
 */
final class NumberConverter implements Transform.ValueConverter {

	private final Locale locale;

	private final DecimalFormatSymbols symbols;

	NumberConverter(Locale locale) {
		this.locale = locale;
		this.symbols = DecimalFormatSymbols.getInstance(locale);
	}

	@Override
	public String convert(String value) throws ValueRejected {
		StringBuilder digits = new StringBuilder(value.length());
		for (char c : value.strip().toCharArray()) {
			if (c != this.symbols.getGroupingSeparator() && !Character.isSpaceChar(c)) {
				digits.append(c == '-' ? this.symbols.getMinusSign() : c);
			}
		}
		DecimalFormat format = new DecimalFormat("0.#", this.symbols);
		format.setParseBigDecimal(true);
		format.setGroupingUsed(false);
		ParsePosition position = new ParsePosition(0);
		Number number = format.parse(digits.toString(), position);
		if (number == null || position.getIndex() != digits.length() || digits.isEmpty()) {
			throw new ValueRejected("'" + value + "' is not a number as written in " + this.locale.toLanguageTag());
		}
		BigDecimal decimal = (BigDecimal) number;
		return (decimal.signum() == 0) ? "0" : decimal.stripTrailingZeros().toPlainString();
	}

}
