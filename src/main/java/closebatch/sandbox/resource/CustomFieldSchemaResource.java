package closebatch.sandbox.resource;

import closebatch.sandbox.http.ApiException;
import closebatch.sandbox.http.ApiRequest;
import closebatch.sandbox.http.ApiResponse;
import closebatch.sandbox.http.Json;
import closebatch.sandbox.http.Router;
import closebatch.sandbox.store.Kind;
import closebatch.sandbox.store.SandboxStore;
import closebatch.sandbox.store.Transaction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /custom_field_schema/{object_type}/} and
 * {@code /custom_field_schema/activity/{custom_activity_type_id}/}: the ordered custom
 * fields, own and shared, that objects of a type carry; {@code PUT {"fields": [{"id":
 * …}]}} reorders them, fields left out going to the end.
 */
final class CustomFieldSchemaResource {

	private final SandboxStore store;

	CustomFieldSchemaResource(SandboxStore store) {
		this.store = store;
	}

	void register(Router router) {
		for (String path : new String[] { "/custom_field_schema/{object_type}/",
				"/custom_field_schema/activity/{type_id}/" }) {
			router.add("GET", path, "custom_field:read", this::get)
				.add("PUT", path, "custom_field:write", this::reorder);
		}
	}

	private ApiResponse get(ApiRequest request) {
		return ApiResponse.ok(this.store.read(tx -> render(tx, type(tx, request), request)));
	}

	private ApiResponse reorder(ApiRequest request) {
		JsonNode fields = request.bodyObject().path("fields");
		if (!fields.isArray()) {
			throw ApiException.fieldError("fields", "Input should be a valid list");
		}
		return ApiResponse.ok(this.store.write(tx -> {
			CustomObjectType type = type(tx, request);
			CustomFieldCatalog.reorder(tx, type, fields);
			return render(tx, type, request);
		}));
	}

	private static ObjectNode render(Transaction tx, CustomObjectType type, ApiRequest request) {
		ObjectNode body = Json.object();
		ArrayNode fields = body.putArray("fields");
		CustomFieldCatalog.fieldsOf(tx, type).forEach(fields::add);
		if (type.customActivityTypeId() == null) {
			body.put("name", type.displayName());
			body.put("object_type", type.apiName());
		}
		else {
			body.put("name", tx.get(Kind.CUSTOM_ACTIVITY_TYPE, type.customActivityTypeId()).get("name").asString());
			body.put("object_type", "activity");
			body.put("custom_activity_type_id", type.customActivityTypeId());
		}
		body.put("organization_id", request.caller().organizationId());
		return body;
	}

	private static CustomObjectType type(Transaction tx, ApiRequest request) {
		String typeId = request.pathVariable("type_id");
		if (typeId != null) {
			Found.require(tx.get(Kind.CUSTOM_ACTIVITY_TYPE, typeId), "Custom activity type");
			return CustomObjectType.customActivity(typeId);
		}
		String name = request.pathVariable("object_type");
		return CustomObjectType.builtIn(name)
			.orElseThrow(() -> ApiException.notFound("No custom field schema for \"" + name + "\"."));
	}

}
