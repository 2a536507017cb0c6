package closebatch.close.model;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One page of {@code POST /data/search/}: {@code {"data": [...], "cursor": "..." |
 * null}}. There is no {@code has_more}: a cursor means another page, and it expires (30 s
 * at Close).
 *
 * @param data the objects of this page, each with its {@code __object_type}
 * @param cursor the cursor of the next page, or null after the last one
 */
public record SearchPage(List<JsonNode> data, String cursor) {

	public SearchPage {
		data = List.copyOf(data);
		cursor = (cursor == null || cursor.isEmpty()) ? null : cursor;
	}

	/**
	 * Reads a search answer.
	 * @throws IllegalArgumentException if it has no {@code data} array
	 */
	public static SearchPage from(JsonNode body) {
		JsonNode data = (body == null) ? null : body.get("data");
		if (data == null || !data.isArray()) {
			throw new IllegalArgumentException("a search answer needs a data array");
		}
		List<JsonNode> items = new ArrayList<>(data.size());
		data.values().forEach(items::add);
		JsonNode cursor = body.get("cursor");
		return new SearchPage(items, (cursor != null && cursor.isString()) ? cursor.asString() : null);
	}

	public boolean hasMore() {
		return this.cursor != null;
	}

	/**
	 * The request for the next page: a copy of the query with this page's cursor.
	 * @throws IllegalStateException after the last page
	 */
	public ObjectNode nextRequest(ObjectNode request) {
		if (!hasMore()) {
			throw new IllegalStateException("This was the last page: there is no cursor");
		}
		ObjectNode next = request.deepCopy();
		next.put("cursor", this.cursor);
		return next;
	}

}
