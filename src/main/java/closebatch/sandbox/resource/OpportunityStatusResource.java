package closebatch.sandbox.resource;

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
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /status/opportunity/}: list, create, rename, delete.
 *
 * <p>
 * A status is {@code {label, status_type: active|won|lost, pipeline_id}}; without
 * {@code pipeline_id} it joins the first pipeline. Labels are unique within a pipeline. A
 * rename cannot change the type (opportunities' {@code date_won} and {@code date_lost}
 * were set by it) nor the pipeline (moves go through {@code PUT /pipeline/{id}/}, as the
 * docs say). A status that opportunities still have cannot be deleted, nor the
 * organization's last one.
 */
final class OpportunityStatusResource {

	private final SandboxStore store;

	OpportunityStatusResource(SandboxStore store) {
		this.store = store;
	}

	void register(Router router) {
		router.add("GET", "/status/opportunity/", "status:read", QueryParameters.list(), this::list)
			.add("POST", "/status/opportunity/", "status:write", QueryParameters.ONE, this::create)
			.add("GET", "/status/opportunity/{id}/", "status:read", QueryParameters.ONE, this::get)
			.add("PUT", "/status/opportunity/{id}/", "status:write", QueryParameters.ONE, this::rename)
			.add("DELETE", "/status/opportunity/{id}/", "status:write", this::delete);
	}

	private ApiResponse list(ApiRequest request) {
		Paging paging = Paging.from(request.query(), 1000, Integer.MAX_VALUE);
		FieldSelection fields = FieldSelection.from(request.query());
		return ApiResponse.ok(paging.page(this.store.read(PipelineStatuses::all)).envelope(fields::apply, false));
	}

	private ApiResponse get(ApiRequest request) {
		ObjectNode status = Found.require(this.store.get(Kind.OPPORTUNITY_STATUS, request.pathVariable("id")),
				"Status");
		return ApiResponse.ok(FieldSelection.from(request.query()).apply(status));
	}

	private ApiResponse create(ApiRequest request) {
		ObjectNode input = request.bodyObject();
		String id = this.store.write(tx -> {
			FieldErrors errors = new FieldErrors();
			String pipelineId = pipelineId(tx, input.path("pipeline_id"), errors);
			ObjectNode status = newStatus(tx, input, pipelineId, request.caller().organizationId(), errors);
			errors.throwIfAny();
			tx.put(Kind.OPPORTUNITY_STATUS, status);
			return status.get("id").asString();
		});
		return ApiResponse.ok(FieldSelection.from(request.query()).apply(this.store.get(Kind.OPPORTUNITY_STATUS, id)));
	}

	/**
	 * A new status of a pipeline from {@code {label, status_type}}, not yet stored;
	 * errors go to {@code errors}.
	 */
	static ObjectNode newStatus(Transaction tx, ObjectNode input, String pipelineId, String organizationId,
			FieldErrors errors) {
		ObjectNode status = Json.object();
		status.put("id", Ids.newId(Kind.OPPORTUNITY_STATUS));
		status.put("label",
				(pipelineId == null) ? "" : PipelineStatuses.label(tx, input.path("label"), pipelineId, null, errors));
		status.put("status_type", PipelineStatuses.type(input, errors));
		status.put("pipeline_id", pipelineId);
		status.put("organization_id", organizationId);
		status.put("date_created", tx.timestamps().now());
		return status;
	}

	private static String pipelineId(Transaction tx, JsonNode value, FieldErrors errors) {
		if (value.isMissingNode() || value.isNull()) {
			ObjectNode pipeline = PipelineStatuses.defaultPipeline(tx).orElse(null);
			if (pipeline == null) {
				errors.field("pipeline_id", "The organization has no pipeline; create one first.");
				return null;
			}
			return pipeline.get("id").asString();
		}
		if (!value.isString() || tx.get(Kind.PIPELINE, value.asString()) == null) {
			errors.field("pipeline_id", "Pipeline \"" + value.asString() + "\" does not exist.");
			return null;
		}
		return value.asString();
	}

	private ApiResponse rename(ApiRequest request) {
		String id = request.pathVariable("id");
		ObjectNode input = request.bodyObject();
		this.store.write(tx -> {
			ObjectNode status = Found.require(tx.get(Kind.OPPORTUNITY_STATUS, id), "Status").deepCopy();
			FieldErrors errors = new FieldErrors();
			String pipelineId = status.get("pipeline_id").asString();
			for (String field : new String[] { "status_type", "type" }) {
				if (input.has(field) && !input.get(field).asString("").equals(status.get("status_type").asString())) {
					errors.field(field, "The type of a status cannot be changed; create a new status instead.");
				}
			}
			if (input.has("pipeline_id") && !input.get("pipeline_id").asString("").equals(pipelineId)) {
				errors.field("pipeline_id", "Move a status to another pipeline with PUT /pipeline/{id}/.");
			}
			if (input.has("label")) {
				status.put("label", PipelineStatuses.label(tx, input.get("label"), pipelineId, id, errors));
			}
			errors.throwIfAny();
			tx.put(Kind.OPPORTUNITY_STATUS, status);
			return null;
		});
		return ApiResponse.ok(FieldSelection.from(request.query()).apply(this.store.get(Kind.OPPORTUNITY_STATUS, id)));
	}

	private ApiResponse delete(ApiRequest request) {
		String id = request.pathVariable("id");
		this.store.write(tx -> {
			ObjectNode status = Found.require(tx.get(Kind.OPPORTUNITY_STATUS, id), "Status");
			long inUse = tx.all(Kind.OPPORTUNITY)
				.stream()
				.filter(opportunity -> id.equals(opportunity.path("status_id").asString(null)))
				.count();
			if (inUse > 0) {
				throw ApiException.badRequest("The status \"" + status.get("label").asString() + "\" is used by "
						+ inUse + " opportunity(ies). Move them to another status before deleting it.");
			}
			if (tx.all(Kind.OPPORTUNITY_STATUS).size() == 1) {
				throw ApiException.badRequest("An organization needs at least one opportunity status.");
			}
			tx.delete(Kind.OPPORTUNITY_STATUS, id);
			return null;
		});
		return ApiResponse.emptyObject();
	}

}
