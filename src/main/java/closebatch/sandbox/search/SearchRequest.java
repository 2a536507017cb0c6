package closebatch.sandbox.search;

import static closebatch.sandbox.search.JsonInput.error;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The body of {@code POST /data/search/}, read and checked.
 *
 * <p>
 * {@code _limit} defaults to 100 and may not exceed 200, as on {@code /lead/} (Close does
 * not document the search's maximum). With a {@code cursor}, the query, sort and
 * {@code results_limit} of the first page stay in force: the body's {@code query} may be
 * sent again (and must still be valid) or left out. {@code _limit}, {@code _fields} and
 * {@code include_counts} are read from each page's request. Unknown keys are ignored, as
 * Close ignores them elsewhere.
 *
 * @param query the query; null when only a cursor is given
 * @param order the order of the results
 * @param fields the {@code _fields} per object type; a type without any gets only
 * {@code __object_type} and {@code id}
 * @param limit how many results a page holds
 * @param resultsLimit how many results the query may return at most; null for no limit
 * @param includeCounts whether to add {@code count: {limited, total}}
 * @param cursor the cursor of the page to return; null for the first page
 */
record SearchRequest(SearchQuery query, ResultOrder order, Map<ObjectKind, ResultFields> fields, int limit,
		Integer resultsLimit, boolean includeCounts, String cursor) {

	static final int DEFAULT_LIMIT = 100;

	static final int MAX_LIMIT = 200;

	static SearchRequest read(ObjectNode body, QueryParser parser) {
		String cursor = JsonInput.optionalString(body, "", "cursor");
		cursor = (cursor == null || cursor.isEmpty()) ? null : cursor;
		SearchQuery query = null;
		if (!JsonInput.absent(body, "query")) {
			query = parser.query(body.get("query"), "query");
		}
		else if (cursor == null) {
			throw error("query", "Field required");
		}
		ResultOrder order = ResultOrder.parse(body.get("sort"), parser);
		int limit = JsonInput.integer(body, "", "_limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
		Integer resultsLimit = JsonInput.absent(body, "results_limit") ? null
				: JsonInput.integer(body, "", "results_limit", 0, 0, Integer.MAX_VALUE);
		boolean includeCounts = JsonInput.bool(body, "", "include_counts", false);
		return new SearchRequest(query, order, fields(body.get("_fields")), limit, resultsLimit, includeCounts, cursor);
	}

	/**
	 * {@code {"lead": ["id", "name", "custom"], "contact": "id,name"}}: a list of names
	 * or one comma-separated text, per object type.
	 */
	private static Map<ObjectKind, ResultFields> fields(JsonNode node) {
		Map<ObjectKind, ResultFields> fields = new EnumMap<>(ObjectKind.class);
		if (node == null || node.isNull()) {
			return fields;
		}
		JsonInput.object(node, "_fields");
		for (Map.Entry<String, JsonNode> entry : node.properties()) {
			String path = "_fields." + entry.getKey();
			ObjectKind kind = ObjectKind.fromApiName(entry.getKey())
				.filter(ObjectKind::returnable)
				.orElseThrow(() -> error(path,
						"Unknown object type \"" + entry.getKey() + "\"; a search returns lead and contact objects"));
			List<String> names = new ArrayList<>();
			JsonNode value = entry.getValue();
			if (value.isString()) {
				names.addAll(Arrays.asList(value.asString().split(",")));
			}
			else if (value.isArray()) {
				for (int index = 0; index < value.size(); index++) {
					if (!value.get(index).isString()) {
						throw error(path + "." + index, "Input should be a valid string");
					}
					names.add(value.get(index).asString());
				}
			}
			else if (!value.isNull()) {
				throw error(path, "Input should be a valid list");
			}
			if (!value.isNull()) {
				fields.put(kind, ResultFields.of(kind, names));
			}
		}
		return fields;
	}

}
