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
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /status/lead/}: list, create, rename, delete. A status that leads still have
 * cannot be deleted, and labels are unique (a lead's {@code status} names one by its
 * label).
 */
final class LeadStatusResource {

	private final SandboxStore store;

	LeadStatusResource(SandboxStore store) {
		this.store = store;
	}

	void register(Router router) {
		router.add("GET", "/status/lead/", "status:read", QueryParameters.list(), this::list)
			.add("POST", "/status/lead/", "status:write", this::create)
			.add("GET", "/status/lead/{id}/", "status:read", this::get)
			.add("PUT", "/status/lead/{id}/", "status:write", this::rename)
			.add("DELETE", "/status/lead/{id}/", "status:write", this::delete);
	}

	private ApiResponse list(ApiRequest request) {
		Paging paging = Paging.from(request.query(), 1000, Integer.MAX_VALUE);
		return ApiResponse.ok(paging.page(this.store.oldestFirst(Kind.LEAD_STATUS), this.store.count(Kind.LEAD_STATUS))
			.envelope(FieldSelection.from(request.query())::apply, false));
	}

	private ApiResponse get(ApiRequest request) {
		return ApiResponse.ok(Found.require(this.store.get(Kind.LEAD_STATUS, request.pathVariable("id")), "Status"));
	}

	private ApiResponse create(ApiRequest request) {
		ObjectNode input = request.bodyObject();
		String id = this.store.write(tx -> {
			ObjectNode status = Json.object();
			status.put("id", Ids.newId(Kind.LEAD_STATUS));
			status.put("label", label(tx, input, null));
			status.put("organization_id", request.caller().organizationId());
			status.put("date_created", tx.timestamps().now());
			tx.put(Kind.LEAD_STATUS, status);
			return status.get("id").asString();
		});
		return ApiResponse.ok(this.store.get(Kind.LEAD_STATUS, id));
	}

	private ApiResponse rename(ApiRequest request) {
		String id = request.pathVariable("id");
		ObjectNode input = request.bodyObject();
		this.store.write(tx -> {
			ObjectNode status = Found.require(tx.get(Kind.LEAD_STATUS, id), "Status").deepCopy();
			if (input.has("label")) {
				status.put("label", label(tx, input, id));
			}
			tx.put(Kind.LEAD_STATUS, status);
			return null;
		});
		return ApiResponse.ok(this.store.get(Kind.LEAD_STATUS, id));
	}

	private ApiResponse delete(ApiRequest request) {
		String id = request.pathVariable("id");
		this.store.write(tx -> {
			Found.require(tx.get(Kind.LEAD_STATUS, id), "Status");
			long inUse = tx.all(Kind.LEAD)
				.stream()
				.filter(lead -> id.equals(lead.path("status_id").asString(null)))
				.count();
			if (inUse > 0) {
				throw ApiException.badRequest("This status is used by " + inUse
						+ " lead(s). Move them to another status before deleting it.");
			}
			if (tx.all(Kind.LEAD_STATUS).size() == 1) {
				throw ApiException.badRequest("An organization needs at least one lead status.");
			}
			tx.delete(Kind.LEAD_STATUS, id);
			return null;
		});
		return ApiResponse.emptyObject();
	}

	private static String label(Transaction tx, ObjectNode input, String ownId) {
		String label = input.path("label").asString("").trim();
		FieldErrors errors = new FieldErrors();
		if (label.isEmpty()) {
			errors.field("label", "This field is required.");
		}
		for (ObjectNode other : tx.all(Kind.LEAD_STATUS)) {
			if (other.get("label").asString().equalsIgnoreCase(label) && !other.get("id").asString().equals(ownId)) {
				errors.field("label", "A lead status labelled \"" + label + "\" already exists.");
			}
		}
		errors.throwIfAny();
		return label;
	}

}
