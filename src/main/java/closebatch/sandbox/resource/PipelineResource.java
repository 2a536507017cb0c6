package closebatch.sandbox.resource;

import java.util.List;

import closebatch.sandbox.http.ApiException;
import closebatch.sandbox.http.ApiRequest;
import closebatch.sandbox.http.ApiResponse;
import closebatch.sandbox.http.FieldErrors;
import closebatch.sandbox.http.Json;
import closebatch.sandbox.http.Router;
import closebatch.sandbox.store.Ids;
import closebatch.sandbox.store.Kind;
import closebatch.sandbox.store.SandboxStore;
import closebatch.sandbox.store.Transaction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /pipeline/}: named, ordered groups of opportunity statuses. List, create (201,
 * optionally with {@code statuses}), get, update (rename; reorder, move in or add
 * statuses through {@code statuses}, see {@link PipelineStatusList}) and delete (204).
 *
 * <p>
 * A pipeline that still has statuses cannot be deleted (the docs: delete or move them
 * first), which also protects its opportunities; as the organization keeps at least one
 * status, it keeps at least one pipeline. The docs set no rule on names, so two pipelines
 * may share one.
 */
final class PipelineResource {

	private final SandboxStore store;

	PipelineResource(SandboxStore store) {
		this.store = store;
	}

	void register(Router router) {
		router.add("GET", "/pipeline/", "pipeline:read", QueryParameters.list(), this::list)
			.add("POST", "/pipeline/", "pipeline:write", this::create)
			.add("GET", "/pipeline/{id}/", "pipeline:read", QueryParameters.ONE, this::get)
			.add("PUT", "/pipeline/{id}/", "pipeline:write", this::update)
			.add("DELETE", "/pipeline/{id}/", "pipeline:write", this::delete);
	}

	private ApiResponse list(ApiRequest request) {
		Paging paging = Paging.from(request.query(), 1000, Integer.MAX_VALUE);
		FieldSelection fields = FieldSelection.from(request.query());
		return ApiResponse.ok(this.store.read(tx -> paging.page(tx.all(Kind.PIPELINE))
			.envelope(pipeline -> fields.apply(view(tx, pipeline)), false)));
	}

	private ApiResponse get(ApiRequest request) {
		return ApiResponse.ok(this.store.read(tx -> FieldSelection.from(request.query())
			.apply(view(tx, Found.require(tx.get(Kind.PIPELINE, request.pathVariable("id")), "Pipeline")))));
	}

	private ApiResponse create(ApiRequest request) {
		ObjectNode input = request.bodyObject();
		String id = this.store.write(tx -> {
			FieldErrors errors = new FieldErrors();
			String now = tx.timestamps().now();
			ObjectNode pipeline = Json.object();
			pipeline.put("id", Ids.newId(Kind.PIPELINE));
			pipeline.put("name", name(input.path("name"), errors));
			pipeline.put("organization_id", request.caller().organizationId());
			pipeline.put("date_created", now);
			pipeline.put("date_updated", now);
			JsonNode statuses = input.path("statuses");
			if (!statuses.isMissingNode() && !statuses.isNull()) {
				PipelineStatusList.apply(tx, statuses, pipeline, true, errors);
			}
			errors.throwIfAny();
			tx.put(Kind.PIPELINE, pipeline);
			return pipeline.get("id").asString();
		});
		return ApiResponse.created(rendered(id));
	}

	private ApiResponse update(ApiRequest request) {
		String id = request.pathVariable("id");
		ObjectNode input = request.bodyObject();
		this.store.write(tx -> {
			ObjectNode pipeline = Found.require(tx.get(Kind.PIPELINE, id), "Pipeline").deepCopy();
			FieldErrors errors = new FieldErrors();
			if (input.has("name")) {
				pipeline.put("name", name(input.get("name"), errors));
			}
			if (input.has("statuses")) {
				PipelineStatusList.apply(tx, input.get("statuses"), pipeline, false, errors);
			}
			errors.throwIfAny();
			pipeline.put("date_updated", tx.timestamps().now());
			tx.put(Kind.PIPELINE, pipeline);
			return null;
		});
		return ApiResponse.ok(rendered(id));
	}

	private ApiResponse delete(ApiRequest request) {
		String id = request.pathVariable("id");
		this.store.write(tx -> {
			ObjectNode pipeline = Found.require(tx.get(Kind.PIPELINE, id), "Pipeline");
			List<ObjectNode> statuses = PipelineStatuses.of(tx, id);
			if (!statuses.isEmpty()) {
				throw ApiException.badRequest("The pipeline \"" + pipeline.get("name").asString() + "\" still has "
						+ statuses.size() + " status(es). Delete them or move them to another pipeline first.");
			}
			tx.delete(Kind.PIPELINE, id);
			return null;
		});
		return ApiResponse.noContent();
	}

	private ObjectNode rendered(String id) {
		return this.store.read(tx -> view(tx, tx.get(Kind.PIPELINE, id)));
	}

	/** A pipeline as Close returns it: with its statuses, in order. */
	static ObjectNode view(Transaction tx, ObjectNode pipeline) {
		ObjectNode view = pipeline.deepCopy();
		view.remove(PipelineStatuses.ORDER_FIELD);
		ArrayNode statuses = view.putArray("statuses");
		PipelineStatuses.of(tx, pipeline.get("id").asString()).forEach(statuses::add);
		return view;
	}

	private static String name(JsonNode value, FieldErrors errors) {
		String name = value.isString() ? value.asString().trim() : "";
		if (name.isEmpty()) {
			errors.field("name", value.isMissingNode() || value.isNull() ? "This field is required."
					: "Input should be a non-empty string");
		}
		return name;
	}

}
