package closebatch.sandbox.resource;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
 * first, with the filters of {@link ActivityQuery}), get, and those of create, update as
 * a patch and delete that the type has. Activities are children of their lead: deleted
 * with it, moved by a merge.
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

	private final boolean deletable;

	private final Set<String> filters;

	/**
	 * @param creator reads a create body, null if the type cannot be created
	 * @param updater applies an update body, null if the type cannot be updated
	 * @param filters the list's filters beside the common ones of {@link ActivityQuery}
	 */
	private ActivityTypeResource(SandboxStore store, Views views, String path, String type, Creator creator,
			Updater updater, boolean deletable, Collection<String> filters) {
		this.store = store;
		this.views = views;
		this.path = path;
		this.type = type;
		this.creator = creator;
		this.updater = updater;
		this.deletable = deletable;
		Set<String> all = new HashSet<>(ActivityQuery.FILTERS);
		all.addAll(filters);
		this.filters = Set.copyOf(all);
	}

	/** {@code /activity/note/} (NOTES §4, "Note activity"). */
	static ActivityTypeResource notes(SandboxStore store, Views views) {
		return new ActivityTypeResource(store, views, "/activity/note/", NoteInput.TYPE, NoteInput::create,
				NoteInput::update, true, List.of());
	}

	/** {@code /activity/call/}, for calls made outside Close. */
	static ActivityTypeResource calls(SandboxStore store, Views views) {
		return new ActivityTypeResource(store, views, "/activity/call/", CallInput.TYPE, CallInput::create,
				CallInput::update, true, List.of());
	}

	/**
	 * {@code /activity/custom/}, instances of custom activity types, also listed by
	 * {@code custom_activity_type_id} (with {@code lead_id}, as the OpenAPI document
	 * says).
	 */
	static ActivityTypeResource customActivities(SandboxStore store, Views views) {
		return new ActivityTypeResource(store, views, "/activity/custom/", CustomActivityInput.TYPE,
				CustomActivityInput::create, CustomActivityInput::update, true,
				QueryParameters.withIn(ActivityQuery.CUSTOM_ACTIVITY_TYPE_ID));
	}

	/**
	 * {@code /activity/status_change/lead/}: logged when a lead's status changes; created
	 * only to import history; never updated.
	 */
	static ActivityTypeResource leadStatusChanges(SandboxStore store, Views views) {
		return new ActivityTypeResource(store, views, "/activity/status_change/lead/", ActivityLog.LEAD_STATUS_CHANGE,
				StatusChangeInput::lead, null, true, List.of());
	}

	/**
	 * {@code /activity/status_change/opportunity/}, also listed by
	 * {@code opportunity_id}.
	 */
	static ActivityTypeResource opportunityStatusChanges(SandboxStore store, Views views) {
		return new ActivityTypeResource(store, views, "/activity/status_change/opportunity/",
				ActivityLog.OPPORTUNITY_STATUS_CHANGE, StatusChangeInput::opportunity, null, true,
				List.of(ActivityQuery.OPPORTUNITY_ID));
	}

	/** {@code /activity/task_completed/}: logged when a task is completed. */
	static ActivityTypeResource taskCompletions(SandboxStore store, Views views) {
		return new ActivityTypeResource(store, views, "/activity/task_completed/", ActivityLog.TASK_COMPLETED, null,
				null, true, List.of());
	}

	/** {@code /activity/lead_merge/}: logged on the destination of a merge; read only. */
	static ActivityTypeResource leadMerges(SandboxStore store, Views views) {
		return new ActivityTypeResource(store, views, "/activity/lead_merge/", ActivityLog.LEAD_MERGE, null, null,
				false, List.of());
	}

	void register(Router router) {
		router.add("GET", this.path, "activity:read", QueryParameters.list(this.filters), this::list)
			.add("GET", this.path + "{id}/", "activity:read", QueryParameters.ONE, this::get);
		if (this.creator != null) {
			router.add("POST", this.path, "activity:write", this::create);
		}
		if (this.updater != null) {
			router.add("PUT", this.path + "{id}/", "activity:write", this::update);
		}
		if (this.deletable) {
			router.add("DELETE", this.path + "{id}/", "activity:write", this::delete);
		}
	}

	private ApiResponse list(ApiRequest request) {
		Paging paging = Paging.from(request.query(), ActivityResource.MAX_LIMIT, Integer.MAX_VALUE);
		FieldSelection fields = FieldSelection.from(request.query());
		ActivityQuery query = ActivityQuery.ofType(this.type, this.filters, request.query(), UserTimeZone.of(request));
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
