package closebatch.report;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What the numbers a plan would rent cost a month, at the price the mapping declares
 * (Close bills each number monthly; the price depends on the country and the type, so the
 * mapping says what the team pays).
 *
 * @param numbers how many numbers the run would rent
 * @param each the monthly price of one
 * @param currency the price's currency, such as {@code USD}
 */
public record RentCost(long numbers, BigDecimal each, String currency) {

	public RentCost {
		Objects.requireNonNull(each, "each");
		Objects.requireNonNull(currency, "currency");
	}

	/** The monthly total. */
	public BigDecimal monthly() {
		return this.each.multiply(BigDecimal.valueOf(this.numbers));
	}

	/** For people: {@code 3 numbers to rent: 3.45 USD a month (1.15 USD each)}. */
	public String describe() {
		return this.numbers + " number" + ((this.numbers == 1) ? "" : "s") + " to rent: " + monthly().toPlainString()
				+ " " + this.currency + " a month (" + this.each.toPlainString() + " " + this.currency + " each)";
	}

}
