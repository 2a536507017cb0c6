package closebatch.sandbox.search;

import java.time.ZoneOffset;
import java.util.Map;

import closebatch.sandbox.http.ApiException;
import closebatch.sandbox.http.ApiRequest;
import closebatch.sandbox.http.ApiResponse;
import closebatch.sandbox.http.Json;
import closebatch.sandbox.http.Router;
import closebatch.sandbox.resource.Views;
import closebatch.sandbox.store.SandboxStore;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /data/search/}: the Advanced Filtering API over the sandbox's leads and
 * contacts, answered with {@code {"data": [...], "cursor": "..." | null}} and, when
 * asked, {@code "count": {"limited": n, "total": n}}.
 *
 * <p>
 * The first page evaluates the query once into a {@link SearchSnapshot} (at most the
 * result cap long); later pages read the snapshot through their cursor, so paging costs
 * no re-evaluation and only the objects of the page are rendered. The page that reaches
 * the end of the snapshot, or the cap, has a null cursor.
 */
public final class SearchResource {

	private final SandboxStore store;

	private final Views views;

	private final SearchLimits limits;

	private final SearchCursors cursors;

	public SearchResource(SandboxStore store, Views views, SearchLimits limits, SearchCursors cursors) {
		this.store = store;
		this.views = views;
		this.limits = limits;
		this.cursors = cursors;
	}

	public void register(Router router) {
		router.add("POST", "/data/search/", "search", this::search);
	}

	private ApiResponse search(ApiRequest request) {
		SearchRequest input = SearchRequest.read(request.bodyObject(), new QueryParser(this.store));
		SearchSnapshot snapshot;
		int offset;
		if (input.cursor() != null) {
			SearchCursors.Position position = this.cursors.resolve(input.cursor());
			snapshot = position.snapshot();
			offset = position.offset();
		}
		else {
			snapshot = SearchSnapshot.take(input.query(), input.order(), input.resultsLimit(), this.limits.resultCap(),
					context(request));
			offset = 0;
		}
		int end = Math.min(offset + input.limit(), snapshot.ids().size());
		ObjectNode body = Json.object();
		ArrayNode data = body.putArray("data");
		for (String id : snapshot.ids().subList(Math.min(offset, end), end)) {
			ObjectNode item = render(id, input.fields());
			if (item != null) {
				data.add(item);
			}
		}
		body.put("cursor", (end < snapshot.ids().size()) ? this.cursors.issue(snapshot, end) : null);
		if (input.includeCounts()) {
			ObjectNode count = body.putObject("count");
			count.put("limited", snapshot.limited());
			count.put("total", snapshot.total());
		}
		return ApiResponse.ok(body);
	}

	private EvaluationContext context(ApiRequest request) {
		double hours = request.tzOffsetHours();
		if (Math.abs(hours) > 18) {
			throw ApiException.badRequest("Invalid x-tz-offset header: " + hours);
		}
		ZoneOffset zone = ZoneOffset.ofTotalSeconds((int) Math.round(hours * 3600));
		return new EvaluationContext(this.store, this.views, request.caller().userId(), zone,
				this.store.timestamps().instant());
	}

	/**
	 * One result: {@code __object_type} and {@code id}, or {@code __object_type} and the
	 * {@code _fields} of its type as the REST API renders them; null if it was deleted.
	 */
	private ObjectNode render(String id, Map<ObjectKind, ResultFields> fields) {
		ObjectKind kind = ObjectKind.ofId(id).orElseThrow();
		ObjectNode doc = this.store.get(kind.storeKind(), id);
		if (doc == null) {
			return null;
		}
		ObjectNode item = Json.object();
		item.put("__object_type", kind.apiName());
		ResultFields selected = fields.get(kind);
		if (selected == null) {
			item.put("id", id);
			return item;
		}
		ObjectNode source = selected.fromStored() ? doc
				: (kind == ObjectKind.LEAD) ? this.views.lead(doc) : this.views.contact(doc);
		item.setAll(selected.selection().apply(source));
		return item;
	}

}
