package closebatch.sandbox.resource;

import java.util.ArrayList;
import java.util.List;

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
 * {@code /custom_activity/}: custom activity types, each returned with the metadata of
 * its fields (its own activity custom fields and the shared fields associated with it, in
 * its schema's order). A {@code fields} list of {@code {"id": …}} on update sets that
 * order.
 *
 * <p>
 * Deleting a type deletes its fields, its shared fields' associations and its activities:
 * nothing would be left to read them by.
 */
final class CustomActivityTypeResource {

	private final SandboxStore store;

	CustomActivityTypeResource(SandboxStore store) {
		this.store = store;
	}

	void register(Router router) {
		router.add("GET", "/custom_activity/", "custom_activity:read", this::list)
			.add("POST", "/custom_activity/", "custom_activity:write", this::create)
			.add("GET", "/custom_activity/{id}/", "custom_activity:read", this::get)
			.add("PUT", "/custom_activity/{id}/", "custom_activity:write", this::update)
			.add("DELETE", "/custom_activity/{id}/", "custom_activity:write", this::delete);
	}

	private ApiResponse list(ApiRequest request) {
		return ApiResponse.ok(this.store.read(tx -> {
			ObjectNode body = Json.object();
			ArrayNode data = body.putArray("data");
			tx.all(Kind.CUSTOM_ACTIVITY_TYPE).forEach(type -> data.add(render(tx, type)));
			body.put("has_more", false);
			return body;
		}));
	}

	private ApiResponse get(ApiRequest request) {
		return ApiResponse.ok(this.store.read(tx -> render(tx, existing(tx, request.pathVariable("id")))));
	}

	private ApiResponse create(ApiRequest request) {
		ObjectNode input = request.bodyObject();
		return ApiResponse.created(this.store.write(tx -> {
			FieldErrors errors = new FieldErrors();
			ObjectNode type = Json.object();
			type.put("id", Ids.newId(Kind.CUSTOM_ACTIVITY_TYPE));
			type.put("organization_id", request.caller().organizationId());
			type.putNull("description");
			type.put("api_create_only", false);
			type.putArray("editable_with_roles");
			type.put("is_archived", false);
			Stamps.created(tx, Json.object(), type, request.caller(), errors);
			CustomActivityTypeInput.apply(tx, input, type, true, errors);
			errors.throwIfAny();
			tx.put(Kind.CUSTOM_ACTIVITY_TYPE, type);
			return render(tx, type);
		}));
	}

	private ApiResponse update(ApiRequest request) {
		ObjectNode input = request.bodyObject();
		return ApiResponse.ok(this.store.write(tx -> {
			ObjectNode type = existing(tx, request.pathVariable("id")).deepCopy();
			FieldErrors errors = new FieldErrors();
			CustomActivityTypeInput.apply(tx, input, type, false, errors);
			errors.throwIfAny();
			if (input.has("fields")) {
				CustomFieldCatalog.reorder(tx, CustomObjectType.customActivity(type.get("id").asString()),
						input.get("fields"));
			}
			Stamps.updated(tx, type, request.caller());
			tx.put(Kind.CUSTOM_ACTIVITY_TYPE, type);
			return render(tx, type);
		}));
	}

	private ApiResponse delete(ApiRequest request) {
		String id = request.pathVariable("id");
		this.store.write(tx -> {
			existing(tx, id);
			CustomObjectType type = CustomObjectType.customActivity(id);
			for (ObjectNode field : tx.all(Kind.ACTIVITY_CUSTOM_FIELD)) {
				if (type.ownsField(field)) {
					tx.delete(Kind.ACTIVITY_CUSTOM_FIELD, field.get("id").asString());
				}
			}
			for (ObjectNode shared : tx.all(Kind.SHARED_CUSTOM_FIELD)) {
				if (CustomFieldCatalog.association(shared, type).isPresent()) {
					ObjectNode copy = shared.deepCopy();
					List<JsonNode> kept = new ArrayList<>();
					copy.path("associations").forEach(association -> {
						if (!type.isNamedBy(association)) {
							kept.add(association);
						}
					});
					copy.putArray("associations").addAll(kept);
					tx.put(Kind.SHARED_CUSTOM_FIELD, copy);
				}
			}
			for (ObjectNode activity : tx.all(Kind.ACTIVITY)) {
				if (id.equals(activity.path("custom_activity_type_id").asString(null))) {
					tx.delete(Kind.ACTIVITY, activity.get("id").asString());
				}
			}
			tx.delete(Kind.CUSTOM_FIELD_SCHEMA, type.schemaKey());
			tx.delete(Kind.CUSTOM_ACTIVITY_TYPE, id);
			return null;
		});
		return ApiResponse.noContent();
	}

	/**
	 * The type with {@code fields}: each field's metadata, with {@code is_shared}, and
	 * {@code required} and {@code editable_with_roles} as they apply to this type.
	 */
	static ObjectNode render(Transaction tx, ObjectNode type) {
		ObjectNode view = type.deepCopy();
		CustomObjectType objectType = CustomObjectType.customActivity(type.get("id").asString());
		ArrayNode fields = view.putArray("fields");
		for (ObjectNode field : CustomFieldCatalog.fieldsOf(tx, objectType)) {
			ObjectNode entry = field.deepCopy();
			boolean shared = entry.has("associations");
			entry.put("is_shared", shared);
			entry.put("required", CustomFieldCatalog.isRequired(field, objectType));
			if (shared) {
				entry.set("editable_with_roles",
						CustomFieldCatalog.association(field, objectType)
							.orElseThrow()
							.path("editable_with_roles")
							.deepCopy());
				entry.remove("associations");
			}
			fields.add(entry);
		}
		return view;
	}

	static ObjectNode existing(Transaction tx, String id) {
		return Found.require(tx.get(Kind.CUSTOM_ACTIVITY_TYPE, id), "Custom activity type");
	}

}
