package closebatch.sandbox.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds Advanced Filtering queries as a client writes them, so that tests read like the
 * docs' examples.
 */
final class Queries {

	private Queries() {
	}

	static Map<String, Object> objectType(String type) {
		return Map.of("type", "object_type", "object_type", type);
	}

	static Map<String, Object> and(Object... queries) {
		return Map.of("type", "and", "queries", List.of(queries));
	}

	static Map<String, Object> or(Object... queries) {
		return Map.of("type", "or", "queries", List.of(queries));
	}

	static Map<String, Object> negate(Map<String, Object> query) {
		Map<String, Object> negated = new LinkedHashMap<>(query);
		negated.put("negate", true);
		return negated;
	}

	static Map<String, Object> id(String id) {
		return Map.of("type", "id", "value", id);
	}

	static Map<String, Object> text(String mode, String value) {
		return Map.of("type", "text", "mode", mode, "value", value);
	}

	static Map<String, Object> field(String objectType, String name, Map<String, Object> condition) {
		return Map.of("type", "field_condition", "field",
				Map.of("type", "regular_field", "object_type", objectType, "field_name", name), "condition", condition);
	}

	static Map<String, Object> customField(String fieldId, Map<String, Object> condition) {
		return Map.of("type", "field_condition", "field", Map.of("type", "custom_field", "custom_field_id", fieldId),
				"condition", condition);
	}

	static Map<String, Object> hasRelated(String thisType, String relatedType, Map<String, Object> related) {
		return Map.of("type", "has_related", "this_object_type", thisType, "related_object_type", relatedType,
				"related_query", related);
	}

	static Map<String, Object> textCondition(String mode, String value) {
		return Map.of("type", "text", "mode", mode, "value", value);
	}

	static Map<String, Object> term(Object... values) {
		return Map.of("type", "term", "values", List.of(values));
	}

	static Map<String, Object> reference(String referenceType, String... ids) {
		return Map.of("type", "reference", "reference_type", referenceType, "object_ids", List.of(ids));
	}

	static Map<String, Object> numberRange(String bound, Number value) {
		return Map.of("type", "number_range", bound, value);
	}

	static Map<String, Object> condition(String type) {
		return Map.of("type", type);
	}

	static Map<String, Object> sortBy(String objectType, String name, String direction) {
		return Map.of("direction", direction, "field",
				Map.of("type", "regular_field", "object_type", objectType, "field_name", name));
	}

	/** A search body: the query and then pairs of keys and values. */
	static Map<String, Object> search(Map<String, Object> query, Object... more) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", query);
		for (int i = 0; i < more.length; i += 2) {
			body.put((String) more[i], more[i + 1]);
		}
		return body;
	}

}
