package closebatch.mapping;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads an amount of money written the way a locale writes it ({@code $1,234.50} in
 * {@code en-US}, {@code 1.234,50 €} in {@code de-DE}) and gives it in whole cents
 * ({@code 123450}), as Close stores an opportunity's value.
 *
 * <p>
 * A currency symbol or three-letter code before or after the number is dropped; the
 * number itself is read as {@link NumberConverter} reads it, so an amount written for
 * another locale is refused rather than misread. An amount with fractions of a cent is
 * refused.
 */
final class MoneyConverter implements Transform.ValueConverter {

	private static final Pattern CURRENCY = Pattern
		.compile("^(\\p{Sc}|[A-Z]{3}(?=[\\s\\d-]))\\s*|\\s*(\\p{Sc}|[A-Z]{3})$");

	private final NumberConverter numbers;

	MoneyConverter(Locale locale) {
		this.numbers = new NumberConverter(locale);
	}

	@Override
	public String convert(String value) throws ValueRejected {
		String amount = CURRENCY.matcher(value.strip()).replaceAll("").strip();
		BigDecimal cents = new BigDecimal(this.numbers.convert(amount)).movePointRight(2);
		if (cents.stripTrailingZeros().scale() > 0) {
			throw new ValueRejected("'" + value + "' has a fraction of a cent");
		}
		return cents.toBigInteger().toString();
	}

}
