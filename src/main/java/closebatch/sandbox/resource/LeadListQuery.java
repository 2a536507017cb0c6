package closebatch.sandbox.resource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import closebatch.sandbox.http.ApiException;
import closebatch.sandbox.http.ApiRequest;
import closebatch.sandbox.http.QueryParams;
import closebatch.sandbox.store.Kind;
import closebatch.sandbox.store.SandboxStore;
import tools.jackson.databind.node.ObjectNode;

/**
 * The filters of {@code GET /lead/} as Close serves them: the legacy {@code query},
 * {@code id__in}, {@code status_id} and {@code _order_by}; without any of them the list
 * is every lead, newest first.
 */
final class LeadListQuery {

	/** The parameters read here, besides paging and {@code _fields}. */
	static final List<String> FILTERS = List.of("query", "id__in", "status_id", "_order_by");

	private static final Map<String, Function<ObjectNode, String>> ORDERS = Map.of("date_created",
			lead -> lead.path("date_created").asString(""), "date_updated",
			lead -> lead.path("date_updated").asString(""), "display_name",
			lead -> lead.path("name").asString("").toLowerCase(Locale.ROOT), "name",
			lead -> lead.path("name").asString("").toLowerCase(Locale.ROOT));

	private LeadListQuery() {
	}

	/** Whether the request filters or orders the list at all. */
	static boolean isFiltered(QueryParams query) {
		return FILTERS.stream().anyMatch(query::has);
	}

	/** The leads the request selects, in order. */
	static List<ObjectNode> select(SandboxStore store, LegacySearch search, ApiRequest request) {
		QueryParams query = request.query();
		List<ObjectNode> leads = new ArrayList<>();
		String text = query.first("query").orElse("");
		if (!text.isBlank()) {
			for (String id : search.leadIds(text, request)) {
				ObjectNode lead = store.get(Kind.LEAD, id);
				if (lead != null) {
					leads.add(lead);
				}
			}
		}
		else {
			store.newestFirst(Kind.LEAD).forEach(leads::add);
		}
		if (query.has("id__in")) {
			Set<String> ids = new HashSet<>(query.list("id__in"));
			leads.removeIf(lead -> !ids.contains(lead.get("id").asString()));
		}
		if (query.has("status_id")) {
			Set<String> statuses = new HashSet<>(query.list("status_id"));
			leads.removeIf(lead -> !statuses.contains(lead.path("status_id").asString("")));
		}
		String orderBy = query.first("_order_by").orElse("").trim();
		if (!orderBy.isEmpty()) {
			boolean descending = orderBy.startsWith("-");
			Function<ObjectNode, String> key = ORDERS.get(descending ? orderBy.substring(1) : orderBy);
			if (key == null) {
				throw ApiException.fieldError("_order_by",
						"Leads can be ordered by date_created, date_updated or display_name, with - for descending"
								+ " order.");
			}
			Comparator<ObjectNode> order = Comparator.comparing(key).thenComparing(lead -> lead.get("id").asString());
			leads.sort(descending ? order.reversed() : order);
		}
		return leads;
	}

}
