package closebatch.sandbox.resource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import closebatch.sandbox.http.FieldErrors;
import closebatch.sandbox.http.QueryParams;
import closebatch.sandbox.store.Timestamps;
import closebatch.sandbox.store.Kind;
import closebatch.sandbox.store.Transaction;
import tools.jackson.databind.node.ObjectNode;

/**
 * The filters and order of {@code GET /opportunity/} (OpenAPI "List or filter
 * opportunities").
 *
 * <p>
 * Filters: {@code lead_id}, {@code organization_id}, {@code user_id}, {@code status_id},
 * {@code status_type}, {@code status_label} (and the deprecated {@code status}),
 * {@code pipeline_id} and {@code value_period}, each also as {@code __in} with
 * comma-separated values; {@code date_created}, {@code date_updated} and {@code date_won}
 * with {@code __gt}, {@code __gte}, {@code __lt}, {@code __lte} (see
 * {@link DateRangeFilter}); {@code is_stalled}; and the deprecated {@code lead_query}, a
 * legacy lead search that keeps the opportunities of the leads it finds.
 * {@code _order_by} takes {@code date_won}, {@code date_updated}, {@code date_created},
 * {@code confidence}, {@code user_name}, {@code value}, {@code annualized_value} or
 * {@code annualized_expected_value}, with {@code -} for descending; objects without the
 * value come last. The default order is newest first.
 *
 * <p>
 * The opportunity search ({@code query}), Smart View filter
 * ({@code lead_saved_search_id}: the sandbox has no saved searches) and {@code _group_by}
 * are refused with a 400 rather than ignored, since ignoring them would answer with the
 * wrong objects.
 */
final class OpportunityQuery {

	/** One opportunity with what filters and sorting read from other documents. */
	record Row(ObjectNode opportunity, ObjectNode status, OpportunityValues values, String userName) {

		String field(String name) {
			return this.opportunity.path(name).asString(null);
		}

		String statusField(String name) {
			return (this.status == null) ? null : this.status.path(name).asString(null);
		}

	}

	/**
	 * The filters of {@code GET /opportunity/}; Close's {@code query},
	 * {@code lead_saved_search_id} and {@code _group_by} are not among them.
	 */
	static final Set<String> FILTERS = filters();

	private static final Map<String, Function<Row, Comparable<?>>> ORDER_KEYS = Map.of("date_won",
			row -> row.field("date_won"), "date_updated", row -> row.field("date_updated"), "date_created",
			row -> row.field("date_created"), "confidence", row -> row.values().confidence(), "user_name",
			row -> (row.userName() == null) ? null : row.userName().toLowerCase(Locale.ROOT), "value",
			row -> row.values().value(), "annualized_value", row -> row.values().annualized(),
			"annualized_expected_value", row -> row.values().annualizedExpected());

	private final List<Predicate<Row>> filters;

	private final Comparator<Row> order;

	private OpportunityQuery(List<Predicate<Row>> filters, Comparator<Row> order) {
		this.filters = filters;
		this.order = order;
	}

	/**
	 * Reads the parameters; unknown values of closed lists are a 400 naming them.
	 * @param leadSearch finds the leads of a {@code lead_query}
	 */
	static OpportunityQuery from(QueryParams query, UserTimeZone zone, Function<String, List<String>> leadSearch) {
		FieldErrors errors = new FieldErrors();
		List<Predicate<Row>> filters = new ArrayList<>();
		query.first("lead_query").filter(text -> !text.isBlank()).ifPresent(text -> {
			Set<String> leadIds = Set.copyOf(leadSearch.apply(text));
			filters.add(row -> leadIds.contains(row.field("lead_id")));
		});
		equality(query, "lead_id", row -> row.field("lead_id"), null, filters, errors);
		equality(query, "organization_id", row -> row.field("organization_id"), null, filters, errors);
		equality(query, "user_id", row -> row.field("user_id"), null, filters, errors);
		equality(query, "status_id", row -> row.field("status_id"), null, filters, errors);
		equality(query, "status_type", row -> row.statusField("status_type"), PipelineStatuses.TYPES, filters, errors);
		equality(query, "pipeline_id", row -> row.statusField("pipeline_id"), null, filters, errors);
		equality(query, "value_period", row -> row.field("value_period"), OpportunityInput.VALUE_PERIODS, filters,
				errors);
		for (String labelParameter : new String[] { "status_label", "status" }) {
			labels(query, labelParameter, filters);
		}
		for (String field : new String[] { "date_created", "date_updated" }) {
			DateRangeFilter range = DateRangeFilter.read(query, field, DateRangeFilter.ALL_OPERATORS, zone, errors);
			if (!range.isEmpty()) {
				filters.add(row -> range.test(Timestamps.parseDateTime(row.field(field)).orElse(null)));
			}
		}
		// date_won is a calendar date: it is compared as the start of that day in the
		// caller's zone.
		DateRangeFilter won = DateRangeFilter.read(query, "date_won", DateRangeFilter.ALL_OPERATORS, zone, errors);
		if (!won.isEmpty()) {
			filters.add(row -> won.test(Timestamps.parseDate(row.field("date_won")).map(zone::startOf).orElse(null)));
		}
		query.bool("is_stalled").ifPresent(stalled -> filters.add(row -> !stalled));
		Comparator<Row> order = order(query.first("_order_by").orElse("-date_created"), errors);
		errors.throwIfAny();
		return new OpportunityQuery(filters, order);
	}

	/** The matching opportunities, in order. */
	List<Row> run(Transaction tx, UserView users) {
		Map<String, String> userNames = new HashMap<>();
		List<Row> rows = new ArrayList<>();
		for (ObjectNode opportunity : tx.all(Kind.OPPORTUNITY)) {
			String userId = opportunity.path("user_id").asString("");
			Row row = new Row(opportunity, tx.get(Kind.OPPORTUNITY_STATUS, opportunity.path("status_id").asString("")),
					OpportunityValues.of(opportunity), userNames.computeIfAbsent(userId, users::nameOf));
			if (this.filters.stream().allMatch(filter -> filter.test(row))) {
				rows.add(row);
			}
		}
		rows.sort(this.order);
		return rows;
	}

	private static Set<String> filters() {
		Set<String> names = new HashSet<>(List.of("is_stalled", "_order_by", "lead_query"));
		for (String name : List.of("lead_id", "organization_id", "user_id", "status_id", "status_type", "pipeline_id",
				"value_period", "status_label", "status")) {
			names.addAll(QueryParameters.withIn(name));
		}
		for (String field : List.of("date_created", "date_updated", "date_won")) {
			names.addAll(QueryParameters.dateRange(field));
		}
		return Set.copyOf(names);
	}

	private static void equality(QueryParams query, String name, Function<Row, String> field, Set<String> allowed,
			List<Predicate<Row>> filters, FieldErrors errors) {
		for (String parameter : new String[] { name, name + "__in" }) {
			if (!query.has(parameter)) {
				continue;
			}
			Set<String> values = new HashSet<>();
			for (String value : query.list(parameter)) {
				if (allowed != null && !allowed.contains(value)) {
					errors.field(parameter,
							"Input should be one of " + String.join(", ", allowed.stream().sorted().toList()));
				}
				values.add(value);
			}
			filters.add(row -> values.contains(field.apply(row)));
		}
	}

	/** Status labels match ignoring case, as the deprecated {@code status} input does. */
	private static void labels(QueryParams query, String name, List<Predicate<Row>> filters) {
		for (String parameter : new String[] { name, name + "__in" }) {
			if (query.has(parameter)) {
				Set<String> labels = new HashSet<>();
				query.list(parameter).forEach(label -> labels.add(lower(label)));
				filters.add(row -> labels.contains(lower(row.statusField("label"))));
			}
		}
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Comparator<Row> order(String orderBy, FieldErrors errors) {
		boolean descending = orderBy.startsWith("-");
		String key = descending ? orderBy.substring(1) : orderBy;
		Function<Row, Comparable<?>> extractor = ORDER_KEYS.get(key);
		if (extractor == null) {
			errors.field("_order_by", "Input should be one of "
					+ String.join(", ", ORDER_KEYS.keySet().stream().sorted().toList()) + ", optionally after -");
			return (left, right) -> 0;
		}
		Comparator<Comparable> natural = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
		Comparator<Row> primary = Comparator.comparing(row -> (Comparable) extractor.apply(row),
				Comparator.nullsLast(natural));
		Comparator<Row> newestFirst = Comparator
			.comparing((Row row) -> row.field("date_created"), Comparator.nullsLast(Comparator.reverseOrder()))
			.thenComparing(row -> row.field("id"));
		return primary.thenComparing(newestFirst);
	}

	private static String lower(String text) {
		return (text == null) ? null : text.toLowerCase(Locale.ROOT);
	}

}
