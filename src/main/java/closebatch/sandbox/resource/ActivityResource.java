package closebatch.sandbox.resource;

import closebatch.sandbox.http.ApiRequest;
import closebatch.sandbox.http.ApiResponse;
import closebatch.sandbox.http.Router;
import closebatch.sandbox.store.SandboxStore;

/**
 * {@code GET /activity/}: every type of activity, newest first, filtered as
 * {@link ActivityQuery} describes (docs/003, "Activities").
 */
final class ActivityResource {

	/**
	 * Close's connectors page activities by 100 (NOTES §3); a larger page is refused
	 * rather than guessing how far the real maximum goes.
	 */
	static final int MAX_LIMIT = 100;

	private final SandboxStore store;

	private final Views views;

	ActivityResource(SandboxStore store, Views views) {
		this.store = store;
		this.views = views;
	}

	void register(Router router) {
		router.add("GET", "/activity/", "activity:read", QueryParameters.list(ActivityQuery.FILTERS), this::list);
	}

	private ApiResponse list(ApiRequest request) {
		Paging paging = Paging.from(request.query(), MAX_LIMIT, Integer.MAX_VALUE);
		FieldSelection fields = FieldSelection.from(request.query());
		ActivityQuery query = ActivityQuery.allTypes(request.query(), UserTimeZone.of(request));
		return ApiResponse.ok(paging.page(query.select(this.store))
			.envelope(activity -> fields.apply(this.views.activity(activity)), false));
	}

}
