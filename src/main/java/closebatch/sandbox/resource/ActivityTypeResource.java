package closebatch.sandbox.resource;

import closebatch.sandbox.http.ApiRequest;
import closebatch.sandbox.http.ApiResponse;
import closebatch.sandbox.http.Caller;
import closebatch.sandbox.http.FieldErrors;
import closebatch.sandbox.http.Router;
import closebatch.sandbox.store.Kind;
import closebatch.sandbox.store.SandboxStore;
import closebatch.sandbox.store.Transaction;
import tools.jackson.databind.node.ObjectNode;

/**
 * The endpoints of one activity type, such as {@code /activity/note/}: list (newest
 * first, with the filters of {@link ActivityQuery}), create, get, update as a patch and
 * delete. Activities are children of their lead: deleted with it, moved by a merge.
 */
final class ActivityTypeResource {

	/** Reads a create body into a new activity of the type. */
	@FunctionalInterface
	interface Creator {

		ObjectNode create(Transaction tx, ObjectNode input, Caller caller, FieldErrors errors);

	}

	/** Applies an update body to a copy of a stored activity of the type. */
	@FunctionalInterface
	interface Updater {

		void update(Transaction tx, ObjectNode input, ObjectNode activity, FieldErrors errors);

	}

	private final SandboxStore store;

	private final Views views;

	private final String path;

	private final String type;

	private final Creator creator;

	private final Updater updater;

	private ActivityTypeResource(SandboxStore store, Views views, String path, String type, Creator creator,
			Updater updater) {
		this.store = store;
		this.views = views;
		this.path = path;
		this.type = type;
		this.creator = creator;
		this.updater = updater;
	}

	/** {@code /activity/note/} (NOTES §4, "Note activity"). */
	static ActivityTypeResource notes(SandboxStore store, Views views) {
		return new ActivityTypeResource(store, views, "/activity/note/", NoteInput.TYPE, NoteInput::create,
				NoteInput::update);
	}

	/** {@code /activity/call/}, for calls made outside Close. */
	static ActivityTypeResource calls(SandboxStore store, Views views) {
		return new ActivityTypeResource(store, views, "/activity/call/", CallInput.TYPE, CallInput::create,
				CallInput::update);
	}

	void register(Router router) {
		router.add("GET", this.path, "activity:read", QueryParameters.list(ActivityQuery.FILTERS), this::list)
			.add("POST", this.path, "activity:write", this::create)
			.add("GET", this.path + "{id}/", "activity:read", QueryParameters.ONE, this::get)
			.add("PUT", this.path + "{id}/", "activity:write", this::update)
			.add("DELETE", this.path + "{id}/", "activity:write", this::delete);
	}

	private ApiResponse list(ApiRequest request) {
		Paging paging = Paging.from(request.query(), ActivityResource.MAX_LIMIT, Integer.MAX_VALUE);
		FieldSelection fields = FieldSelection.from(request.query());
		ActivityQuery query = ActivityQuery.ofType(this.type, request.query(), UserTimeZone.of(request));
		return ApiResponse.ok(paging.page(query.select(this.store))
			.envelope(activity -> fields.apply(this.views.activity(activity)), false));
	}

	private ApiResponse get(ApiRequest request) {
		ObjectNode activity = existing(this.store.get(Kind.ACTIVITY, request.pathVariable("id")));
		return ApiResponse.ok(FieldSelection.from(request.query()).apply(this.views.activity(activity)));
	}

	private ApiResponse create(ApiRequest request) {
		ObjectNode body = request.bodyObject();
		String id = this.store.write(tx -> {
			FieldErrors errors = new FieldErrors();
			ObjectNode activity = this.creator.create(tx, body, request.caller(), errors);
			errors.throwIfAny();
			tx.put(Kind.ACTIVITY, activity);
			return activity.get("id").asString();
		});
		return ApiResponse.ok(this.views.activity(this.store.get(Kind.ACTIVITY, id)));
	}

	private ApiResponse update(ApiRequest request) {
		ObjectNode body = request.bodyObject();
		String id = request.pathVariable("id");
		this.store.write(tx -> {
			ObjectNode activity = existing(tx.get(Kind.ACTIVITY, id)).deepCopy();
			FieldErrors errors = new FieldErrors();
			this.updater.update(tx, body, activity, errors);
			errors.throwIfAny();
			Stamps.updated(tx, activity, request.caller());
			tx.put(Kind.ACTIVITY, activity);
			return null;
		});
		return ApiResponse.ok(this.views.activity(this.store.get(Kind.ACTIVITY, id)));
	}

	private ApiResponse delete(ApiRequest request) {
		String id = request.pathVariable("id");
		this.store.write(tx -> {
			existing(tx.get(Kind.ACTIVITY, id));
			tx.delete(Kind.ACTIVITY, id);
			return null;
		});
		return ApiResponse.emptyObject();
	}

	/** The activity if it exists and is of this type: a call is not found as a note. */
	private ObjectNode existing(ObjectNode activity) {
		if (activity == null || !this.type.equals(activity.path("_type").asString())) {
			return Found.require(null, this.type);
		}
		return activity;
	}

}
