package closebatch.sandbox.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import closebatch.sandbox.http.QueryParams;
import closebatch.sandbox.http.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Offset pagination as Close lists do it: {@code _limit} (default 100) and {@code _skip},
 * answered with {@code {"data": [...], "has_more": bool}}.
 *
 * @param limit how many objects a page holds
 * @param skip how many objects come before the page
 */
record Paging(int limit, int skip) {

	static final int DEFAULT_LIMIT = 100;

	/**
	 * Reads {@code _limit} and {@code _skip}; values past the maxima are refused with a
	 * field error.
	 */
	static Paging from(QueryParams query, int maxLimit, int maxSkip) {
		return new Paging(query.integer("_limit", DEFAULT_LIMIT, 0, maxLimit), query.integer("_skip", 0, 0, maxSkip));
	}

	/** The page of a list, with {@code has_more}. */
	<T> Page<T> page(List<T> all) {
		int from = Math.min(this.skip, all.size());
		int to = Math.min(from + this.limit, all.size());
		return new Page<>(all.subList(from, to), to < all.size(), all.size());
	}

	/** The page of objects in iteration order, of which there are {@code total}. */
	<T> Page<T> page(Iterable<T> all, int total) {
		List<T> items = new ArrayList<>();
		int index = 0;
		for (T item : all) {
			if (index >= this.skip + this.limit) {
				break;
			}
			if (index >= this.skip) {
				items.add(item);
			}
			index++;
		}
		return new Page<>(items, this.skip + items.size() < total, total);
	}

	/** A page of objects and whether more follow. */
	record Page<T>(List<T> items, boolean hasMore, int total) {

		/**
		 * The list envelope, with {@code total_results} when asked for (leads, tasks,
		 * opportunities).
		 */
		ObjectNode envelope(Function<T, ObjectNode> render, boolean withTotal) {
			ObjectNode body = Json.object();
			ArrayNode data = body.putArray("data");
			this.items.forEach(item -> data.add(render.apply(item)));
			body.put("has_more", this.hasMore);
			if (withTotal) {
				body.put("total_results", this.total);
			}
			return body;
		}

	}

}
