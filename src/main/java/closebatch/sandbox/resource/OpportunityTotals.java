package closebatch.sandbox.resource;

import java.util.List;

import tools.jackson.databind.node.ObjectNode;

/**
 * The aggregates every opportunity list carries about all matching objects, regardless of
 * paging (OpenAPI "List or filter opportunities"): {@code count_by_value_period},
 * {@code total_value_*} and {@code expected_value_*} for {@code one_time},
 * {@code monthly}, {@code annual} and {@code annualized} (monthly ×12), each with a
 * {@code _formatted} variant. Opportunities without a value count as 0.
 */
final class OpportunityTotals {

	private static final List<String> PERIODS = List.of("one_time", "monthly", "annual");

	private OpportunityTotals() {
	}

	/** Adds the aggregates of {@code rows} to a list response body. */
	static void put(ObjectNode body, List<OpportunityQuery.Row> rows, String currency) {
		ObjectNode counts = body.putObject("count_by_value_period");
		long annualized = 0;
		long expectedAnnualized = 0;
		for (String period : PERIODS) {
			long count = 0;
			long total = 0;
			long expected = 0;
			for (OpportunityQuery.Row row : rows) {
				OpportunityValues values = row.values();
				if (values.period().equals(period)) {
					count++;
					total += orZero(values.value());
					expected += orZero(values.expected());
				}
			}
			counts.put(period, count);
			put(body, "total_value_" + period, total, currency);
			put(body, "expected_value_" + period, expected, currency);
		}
		for (OpportunityQuery.Row row : rows) {
			annualized += orZero(row.values().annualized());
			expectedAnnualized += orZero(row.values().annualizedExpected());
		}
		put(body, "total_value_annualized", annualized, currency);
		put(body, "expected_value_annualized", expectedAnnualized, currency);
	}

	private static void put(ObjectNode body, String name, long cents, String currency) {
		body.put(name, cents);
		body.put(name + "_formatted", Money.format(cents, currency));
	}

	private static long orZero(Long cents) {
		return (cents == null) ? 0 : cents;
	}

}
