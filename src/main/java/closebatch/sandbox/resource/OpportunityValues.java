package closebatch.sandbox.resource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The money of one opportunity and what Close derives from it.
 *
 * <p>
 * Annualized: monthly values ×12, annual and one-time values as they are. Expected: value
 * × confidence / 100, rounded half up to a whole cent.
 *
 * @param value the value in cents, null if unset
 * @param period {@code one_time}, {@code monthly} or {@code annual}
 * @param confidence 0 to 100
 */
record OpportunityValues(Long value, String period, int confidence) {

	static OpportunityValues of(ObjectNode opportunity) {
		JsonNode value = opportunity.path("value");
		return new OpportunityValues(value.isIntegralNumber() ? value.asLong() : null,
				opportunity.path("value_period").asString("one_time"), opportunity.path("confidence").asInt(0));
	}

	Long annualized() {
		if (this.value == null) {
			return null;
		}
		return this.period.equals("monthly") ? this.value * 12 : this.value;
	}

	Long expected() {
		return expected(this.value);
	}

	Long annualizedExpected() {
		return expected(annualized());
	}

	private Long expected(Long amount) {
		return (amount == null) ? null : (amount * this.confidence + 50) / 100;
	}

}
