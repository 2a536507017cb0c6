package closebatch.sandbox.search;

import static closebatch.sandbox.search.JsonInput.error;
import static closebatch.sandbox.search.JsonInput.path;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The order of a search's results: the request's {@code sort} (the docs, "Sorting"), then
 * newest {@code date_created} first and the id, so that equal sort values still come in a
 * fixed order. Without a {@code sort}, results come newest first, as {@code GET /lead/}
 * lists them.
 *
 * <p>
 * Objects without a value for a sort field come last in both directions. Numbers sort as
 * numbers, dates and datetimes in time order, text without regard to case.
 */
final class ResultOrder {

	/** Custom field types that hold references, which cannot sort. */
	private static final Set<String> REFERENCE_TYPES = Set.of("user", "contact");

	private record Key(SearchField field, boolean descending) {
	}

	private record Ranked(Candidate candidate, List<SortValue> values) {
	}

	private final List<Key> keys;

	private ResultOrder(List<Key> keys) {
		this.keys = keys;
	}

	static ResultOrder newestFirst() {
		return new ResultOrder(List.of());
	}

	/** Reads the request's {@code sort} list. */
	static ResultOrder parse(JsonNode sort, QueryParser parser) {
		if (sort == null || sort.isNull()) {
			return newestFirst();
		}
		if (!sort.isArray()) {
			throw error("sort", "Input should be a valid list");
		}
		List<Key> keys = new ArrayList<>();
		for (int index = 0; index < sort.size(); index++) {
			String path = "sort." + index;
			JsonNode item = JsonInput.object(sort.get(index), path);
			String direction = Optional.ofNullable(JsonInput.optionalString(item, path, "direction")).orElse("asc");
			if (!direction.equals("asc") && !direction.equals("desc")) {
				throw error(path(path, "direction"), "Input should be 'asc' or 'desc'");
			}
			JsonNode fieldNode = JsonInput.required(item, path, "field");
			SearchField field = parser.field(fieldNode, path(path, "field"));
			checkSortable(field, parser, path(path, "field"));
			keys.add(new Key(field, direction.equals("desc")));
		}
		return new ResultOrder(List.copyOf(keys));
	}

	private static void checkSortable(SearchField field, QueryParser parser, String path) {
		if (field instanceof SearchField.Regular regular) {
			ObjectKind kind = regular.objectType().kind();
			if (!kind.returnable()) {
				throw error(path(path, "object_type"),
						"Only fields of leads and contacts can sort results, not of \"" + regular.objectType() + "\"");
			}
			if (!RegularFields.isSortable(kind, regular.name())) {
				throw error(path(path, "field_name"), "Field \"" + regular.name()
						+ "\" cannot sort results: only numbers, dates and text can, not references or lists");
			}
		}
		else if (field instanceof SearchField.Custom custom) {
			ObjectNode definition = parser.customField(custom.fieldId());
			if (REFERENCE_TYPES.contains(definition.path("type").asString(""))) {
				throw error(path(path, "custom_field_id"),
						"Custom field \"" + custom.fieldId() + "\" holds references and cannot sort results");
			}
		}
	}

	/** Whether this is the store's own order (newest first), which needs no sorting. */
	boolean isNewestFirst() {
		return this.keys.isEmpty();
	}

	/** The ids of the candidates in this order. */
	List<String> sort(List<Candidate> candidates, EvaluationContext context) {
		List<Ranked> ranked = new ArrayList<>(candidates.size());
		for (Candidate candidate : candidates) {
			List<SortValue> values = new ArrayList<>(this.keys.size());
			for (Key key : this.keys) {
				List<JsonNode> fieldValues = key.field().values(candidate, context);
				values.add(fieldValues.isEmpty() ? null : SortValue.of(fieldValues.get(0), context));
			}
			ranked.add(new Ranked(candidate, values));
		}
		Comparator<Ranked> order = (left, right) -> 0;
		for (int index = 0; index < this.keys.size(); index++) {
			int position = index;
			boolean descending = this.keys.get(index).descending();
			order = order.thenComparing((left, right) -> SortValue.compare(left.values().get(position),
					right.values().get(position), descending));
		}
		order = order.thenComparing(Ranked::candidate, ResultOrder::newerFirst);
		ranked.sort(order);
		return ranked.stream().map(item -> item.candidate().id()).toList();
	}

	/** The store's order: newest {@code date_created} first, then the greater id. */
	static int newerFirst(Candidate left, Candidate right) {
		int byDate = right.doc()
			.path("date_created")
			.asString("")
			.compareTo(left.doc().path("date_created").asString(""));
		return (byDate != 0) ? byDate : right.id().compareTo(left.id());
	}

	/** A value to sort by: a number, an instant or a lower-cased text, in that order. */
	private record SortValue(int rank, Comparable<Object> value) {

		@SuppressWarnings("unchecked")
		static SortValue of(JsonNode node, EvaluationContext context) {
			if (node.isNumber()) {
				return new SortValue(0, (Comparable<Object>) (Comparable<?>) node.decimalValue());
			}
			if (node.isBoolean()) {
				return new SortValue(0,
						(Comparable<Object>) (Comparable<?>) (node.asBoolean() ? BigDecimal.ONE : BigDecimal.ZERO));
			}
			String text = node.asString("");
			if (text.matches("\\d{4}-\\d\\d-\\d\\d.*")) {
				Optional<java.time.Instant> instant = FieldCondition.MomentRange.instant(node, context);
				if (instant.isPresent()) {
					return new SortValue(1, (Comparable<Object>) (Comparable<?>) instant.get());
				}
			}
			return new SortValue(2, (Comparable<Object>) (Comparable<?>) text.toLowerCase(Locale.ROOT));
		}

		/** Compares two values (null for none, which comes last either way). */
		static int compare(SortValue left, SortValue right, boolean descending) {
			if (left == null || right == null) {
				return (left == right) ? 0 : (left == null) ? 1 : -1;
			}
			int compared = (left.rank != right.rank) ? Integer.compare(left.rank, right.rank)
					: left.value.compareTo(right.value);
			return descending ? -compared : compared;
		}

	}

}
