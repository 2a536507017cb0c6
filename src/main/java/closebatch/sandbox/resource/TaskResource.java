package closebatch.sandbox.resource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import closebatch.sandbox.http.ApiException;
import closebatch.sandbox.http.ApiRequest;
import closebatch.sandbox.http.ApiResponse;
import closebatch.sandbox.http.FieldErrors;
import closebatch.sandbox.http.Json;
import closebatch.sandbox.http.Router;
import closebatch.sandbox.store.Kind;
import closebatch.sandbox.store.SandboxStore;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /task/}: list with filters and views, create, bulk update by filter, get, update
 * and delete (docs/003, "Tasks").
 *
 * <p>
 * A bulk update answers {@code {"ok": true}}, the example response of Close's OpenAPI
 * document. Rendered tasks carry the {@code view} they are in for the caller.
 */
final class TaskResource {

	/** Close's connectors page tasks by 1000 (NOTES §3); the real maximum is unknown. */
	static final int MAX_LIMIT = 1000;

	private final SandboxStore store;

	private final Views views;

	TaskResource(SandboxStore store, Views views) {
		this.store = store;
		this.views = views;
	}

	void register(Router router) {
		router.add("GET", "/task/", "task:read", QueryParameters.list(TaskQuery.FILTERS), this::list)
			.add("POST", "/task/", "task:write", QueryParameters.ONE, this::create)
			.add("PUT", "/task/", "task:write", TaskQuery.FILTERS, this::bulkUpdate)
			.add("GET", "/task/{id}/", "task:read", QueryParameters.ONE, this::get)
			.add("PUT", "/task/{id}/", "task:write", QueryParameters.ONE, this::update)
			.add("DELETE", "/task/{id}/", "task:write", this::delete);
	}

	private ApiResponse list(ApiRequest request) {
		Paging paging = Paging.from(request.query(), MAX_LIMIT, Integer.MAX_VALUE);
		FieldSelection fields = FieldSelection.from(request.query());
		UserTimeZone zone = UserTimeZone.of(request);
		Instant now = this.store.timestamps().instant();
		List<ObjectNode> tasks = matching(TaskQuery.from(request.query(), zone, now));
		return ApiResponse.ok(paging.page(tasks).envelope(task -> fields.apply(render(task, zone, now)), true));
	}

	private ApiResponse get(ApiRequest request) {
		ObjectNode task = Found.require(this.store.get(Kind.TASK, request.pathVariable("id")), "Task");
		return ApiResponse.ok(FieldSelection.from(request.query()).apply(render(task, request)));
	}

	private ApiResponse create(ApiRequest request) {
		ObjectNode input = request.bodyObject();
		String id = this.store.write(tx -> {
			FieldErrors errors = new FieldErrors();
			ObjectNode task = TaskInput.create(tx, input, request.caller(), errors);
			errors.throwIfAny();
			tx.put(Kind.TASK, task);
			return task.get("id").asString();
		});
		return ApiResponse
			.ok(FieldSelection.from(request.query()).apply(render(this.store.get(Kind.TASK, id), request)));
	}

	private ApiResponse update(ApiRequest request) {
		ObjectNode input = request.bodyObject();
		String id = request.pathVariable("id");
		this.store.write(tx -> {
			ObjectNode before = Found.require(tx.get(Kind.TASK, id), "Task");
			ObjectNode task = before.deepCopy();
			FieldErrors errors = new FieldErrors();
			TaskInput.update(tx, input, task, errors);
			errors.throwIfAny();
			Stamps.updated(tx, task, request.caller());
			tx.put(Kind.TASK, task);
			ActivityLog.taskUpdated(tx, before, task, request.caller());
			return null;
		});
		return ApiResponse
			.ok(FieldSelection.from(request.query()).apply(render(this.store.get(Kind.TASK, id), request)));
	}

	/**
	 * Applies {@code assigned_to}, {@code date} and {@code is_complete} to every task the
	 * filters select (all of them, regardless of {@code _limit}).
	 */
	private ApiResponse bulkUpdate(ApiRequest request) {
		if (request.query().names().stream().allMatch(name -> name.equals("_order_by"))) {
			throw ApiException.badRequest("A bulk update of tasks needs a filter (any filter of GET /task/, such as"
					+ " id__in); the sandbox does not update every task.");
		}
		ObjectNode changes = request.bodyObject();
		TaskQuery query = TaskQuery.from(request.query(), UserTimeZone.of(request), this.store.timestamps().instant());
		this.store.write(tx -> {
			FieldErrors errors = new FieldErrors();
			TaskInput.checkBulkChanges(tx, changes, errors);
			errors.throwIfAny();
			for (ObjectNode selected : matching(query)) {
				ObjectNode task = selected.deepCopy();
				TaskInput.applyBulkChanges(tx, changes, task);
				Stamps.updated(tx, task, request.caller());
				tx.put(Kind.TASK, task);
				ActivityLog.taskUpdated(tx, selected, task, request.caller());
			}
			return null;
		});
		ObjectNode ok = Json.object();
		ok.put("ok", true);
		return ApiResponse.ok(ok);
	}

	private ApiResponse delete(ApiRequest request) {
		String id = request.pathVariable("id");
		this.store.write(tx -> {
			Found.require(tx.get(Kind.TASK, id), "Task");
			tx.delete(Kind.TASK, id);
			return null;
		});
		return ApiResponse.emptyObject();
	}

	private List<ObjectNode> matching(TaskQuery query) {
		Iterable<ObjectNode> candidates;
		if (!query.ids().isEmpty()) {
			List<ObjectNode> byId = new ArrayList<>();
			query.ids()
				.stream()
				.distinct()
				.map(id -> this.store.get(Kind.TASK, id))
				.filter(task -> task != null)
				.forEach(byId::add);
			candidates = byId;
		}
		else if (query.leadId() != null) {
			candidates = this.store.children(Kind.TASK, query.leadId());
		}
		else {
			candidates = this.store.oldestFirst(Kind.TASK);
		}
		return query.select(candidates);
	}

	private ObjectNode render(ObjectNode task, ApiRequest request) {
		return render(task, UserTimeZone.of(request), this.store.timestamps().instant());
	}

	private ObjectNode render(ObjectNode task, UserTimeZone zone, Instant now) {
		ObjectNode view = this.views.task(task);
		view.put("view", TaskQuery.viewOf(task, zone, now));
		return view;
	}

}
