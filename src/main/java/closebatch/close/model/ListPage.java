package closebatch.close.model;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import tools.jackson.databind.JsonNode;

/**
 * One page of a Close list endpoint: {@code {"data": [...], "has_more": bool}}, with
 * {@code total_results} where the endpoint sends it (leads, tasks, opportunities).
 *
 * @param data the objects of this page
 * @param hasMore whether another page follows ({@code _skip} past this one)
 * @param totalResults how many objects match in all, if the endpoint says
 */
public record ListPage(List<JsonNode> data, boolean hasMore, OptionalLong totalResults) {

	public ListPage {
		data = List.copyOf(data);
	}

	/**
	 * Reads a list answer; a missing {@code has_more} means no more pages.
	 * @throws IllegalArgumentException if it has no {@code data} array
	 */
	public static ListPage from(JsonNode body) {
		JsonNode data = (body == null) ? null : body.get("data");
		if (data == null || !data.isArray()) {
			throw new IllegalArgumentException("a list answer needs a data array");
		}
		List<JsonNode> items = new ArrayList<>(data.size());
		data.values().forEach(items::add);
		JsonNode total = body.get("total_results");
		return new ListPage(items, body.path("has_more").asBoolean(false),
				(total != null && total.isIntegralNumber()) ? OptionalLong.of(total.asLong()) : OptionalLong.empty());
	}

}
