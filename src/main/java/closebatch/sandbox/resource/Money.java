package closebatch.sandbox.resource;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * Amounts in cents as Close shows them: {@code 50000} USD is {@code "$500"},
 * {@code 10000000} is {@code "$100,000"} and {@code 50050} is {@code "$500.50"}.
 */
final class Money {

	private Money() {
	}

	/**
	 * The amount formatted in the organization's currency (US conventions, as Close's
	 * examples show); null for no amount.
	 */
	static String format(Long cents, String currencyCode) {
		if (cents == null) {
			return null;
		}
		NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
		format.setCurrency(currency(currencyCode));
		boolean whole = cents % 100 == 0;
		format.setMinimumFractionDigits(whole ? 0 : 2);
		format.setMaximumFractionDigits(whole ? 0 : 2);
		return format.format(BigDecimal.valueOf(cents, 2));
	}

	private static Currency currency(String code) {
		try {
			return Currency.getInstance((code == null) ? "USD" : code);
		}
		catch (IllegalArgumentException ex) {
			return Currency.getInstance("USD");
		}
	}

}
