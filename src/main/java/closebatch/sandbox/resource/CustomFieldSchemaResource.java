package closebatch.sandbox.resource;

import java.util.LinkedHashSet;
import java.util.Set;

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
 * {@code /custom_field_schema/{object_type}/}: the ordered custom fields, own and shared,
 * that objects of a type carry; {@code PUT {"fields": [{"id": …}]}} reorders them, fields
 * left out going to the end.
 */
final class CustomFieldSchemaResource {

	private final SandboxStore store;

	CustomFieldSchemaResource(SandboxStore store) {
		this.store = store;
	}

	void register(Router router) {
		router.add("GET", "/custom_field_schema/{object_type}/", "custom_field:read", this::get)
			.add("PUT", "/custom_field_schema/{object_type}/", "custom_field:write", this::reorder);
	}

	private ApiResponse get(ApiRequest request) {
		CustomObjectType type = type(request);
		return ApiResponse.ok(this.store.read(tx -> render(tx, type, request)));
	}

	private ApiResponse reorder(ApiRequest request) {
		CustomObjectType type = type(request);
		JsonNode fields = request.bodyObject().path("fields");
		if (!fields.isArray()) {
			throw ApiException.fieldError("fields", "Input should be a valid list");
		}
		return ApiResponse.ok(this.store.write(tx -> {
			Set<String> known = new LinkedHashSet<>();
			CustomFieldCatalog.fieldsOf(tx, type).forEach(field -> known.add(field.get("id").asString()));
			Set<String> order = new LinkedHashSet<>();
			for (JsonNode field : fields) {
				String id = field.path("id").asString("");
				if (!known.contains(id)) {
					throw ApiException.fieldError("fields",
							"\"" + id + "\" is not a custom field of " + type.apiName() + ".");
				}
				order.add(id);
			}
			order.addAll(known);
			ObjectNode schema = Json.object();
			schema.put("id", type.apiName());
			ArrayNode ids = schema.putArray("field_ids");
			order.forEach(ids::add);
			tx.put(Kind.CUSTOM_FIELD_SCHEMA, schema);
			return render(tx, type, request);
		}));
	}

	private static ObjectNode render(Transaction tx, CustomObjectType type, ApiRequest request) {
		ObjectNode body = Json.object();
		ArrayNode fields = body.putArray("fields");
		CustomFieldCatalog.fieldsOf(tx, type).forEach(fields::add);
		body.put("name", type.displayName());
		body.put("object_type", type.apiName());
		body.put("organization_id", request.caller().organizationId());
		return body;
	}

	private static CustomObjectType type(ApiRequest request) {
		String name = request.pathVariable("object_type");
		return CustomObjectType.fromApiName(name)
			.orElseThrow(() -> ApiException.notFound("No custom field schema for \"" + name + "\"."));
	}

}
