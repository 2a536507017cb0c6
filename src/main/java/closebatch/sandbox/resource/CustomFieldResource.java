package closebatch.sandbox.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
 * {@code /custom_field/{lead,contact,opportunity,activity,shared}/}: custom field
 * definitions, and the associations of shared fields with object types (a custom activity
 * type is named {@code custom_activity_type/<id>} in an association's path).
 *
 * <p>
 * Deleting a field, or a shared field's association, erases its values, as Close does.
 */
final class CustomFieldResource {

	private static final String SHARED = "shared";

	private final SandboxStore store;

	CustomFieldResource(SandboxStore store) {
		this.store = store;
	}

	void register(Router router) {
		for (CustomObjectType type : CustomObjectType.BUILT_IN) {
			registerScope(router, type.apiName(), type.fieldKind());
		}
		registerScope(router, "activity", Kind.ACTIVITY_CUSTOM_FIELD);
		registerScope(router, SHARED, Kind.SHARED_CUSTOM_FIELD);
		String association = "/custom_field/shared/{id}/association/";
		router.add("POST", association, "custom_field:write", this::associate);
		for (String objectType : new String[] { "{object_type}/", "custom_activity_type/{type_id}/" }) {
			router.add("GET", association + objectType, "custom_field:read", this::getAssociation)
				.add("PUT", association + objectType, "custom_field:write", this::updateAssociation)
				.add("DELETE", association + objectType, "custom_field:write", this::dissociate);
		}
	}

	private void registerScope(Router router, String scope, Kind kind) {
		String base = "/custom_field/" + scope + "/";
		router.add("GET", base, "custom_field:read", QueryParameters.list(), request -> list(request, kind))
			.add("POST", base, "custom_field:write", request -> create(request, kind))
			.add("GET", base + "{id}/", "custom_field:read", request -> ApiResponse.ok(existing(kind, request)))
			.add("PUT", base + "{id}/", "custom_field:write", request -> update(request, kind))
			.add("DELETE", base + "{id}/", "custom_field:write", request -> delete(request, kind));
	}

	private ApiResponse list(ApiRequest request, Kind kind) {
		Paging paging = Paging.from(request.query(), 1000, Integer.MAX_VALUE);
		FieldSelection fields = FieldSelection.from(request.query());
		return ApiResponse
			.ok(paging.page(this.store.oldestFirst(kind), this.store.count(kind)).envelope(fields::apply, false));
	}

	private ApiResponse create(ApiRequest request, Kind kind) {
		ObjectNode input = request.bodyObject();
		String id = this.store.write(tx -> {
			FieldErrors errors = new FieldErrors();
			ObjectNode field = Json.object();
			field.put("id", Ids.newId(kind));
			field.put("organization_id", request.caller().organizationId());
			field.putNull("description");
			field.putNull("choices");
			field.put("accepts_multiple_values", false);
			field.putArray("editable_with_roles");
			if (kind == Kind.SHARED_CUSTOM_FIELD) {
				field.put("is_shared", true);
				field.putArray("associations");
			}
			Stamps.created(tx, input, field, request.caller(), errors);
			CustomFieldInput.apply(tx, input, field, kind, true, errors);
			errors.throwIfAny();
			tx.put(kind, field);
			return field.get("id").asString();
		});
		return ApiResponse.ok(this.store.get(kind, id));
	}

	private ApiResponse update(ApiRequest request, Kind kind) {
		ObjectNode input = request.bodyObject();
		String id = request.pathVariable("id");
		this.store.write(tx -> {
			ObjectNode field = Found.require(tx.get(kind, id), "Custom field").deepCopy();
			FieldErrors errors = new FieldErrors();
			CustomFieldInput.apply(tx, input, field, kind, false, errors);
			errors.throwIfAny();
			Stamps.updated(tx, field, request.caller());
			tx.put(kind, field);
			return null;
		});
		return ApiResponse.ok(this.store.get(kind, id));
	}

	private ApiResponse delete(ApiRequest request, Kind kind) {
		String id = request.pathVariable("id");
		this.store.write(tx -> {
			ObjectNode field = Found.require(tx.get(kind, id), "Custom field");
			for (CustomObjectType type : CustomObjectType.all(tx)) {
				if ((kind == type.fieldKind() && type.ownsField(field))
						|| CustomFieldCatalog.association(field, type).isPresent()) {
					eraseValues(tx, type, id);
				}
			}
			tx.delete(kind, id);
			return null;
		});
		return ApiResponse.emptyObject();
	}

	private ApiResponse associate(ApiRequest request) {
		ObjectNode input = request.bodyObject();
		String id = request.pathVariable("id");
		ObjectNode association = this.store.write(tx -> {
			ObjectNode field = Found.require(tx.get(Kind.SHARED_CUSTOM_FIELD, id), "Custom field").deepCopy();
			String objectTypeName = input.path("object_type").asString("");
			CustomObjectType type = objectType(tx, objectTypeName, input.path("custom_activity_type_id").asString(null),
					"custom_activity_type_id");
			if (CustomFieldCatalog.association(field, type).isPresent()) {
				throw ApiException.fieldError("object_type",
						"The field is already associated with " + type.associationPath() + ".");
			}
			if (field.get("type").asString().equals("textarea") && type.customActivityTypeId() == null) {
				throw ApiException.fieldError("object_type",
						"textarea fields can only be associated with custom activity types.");
			}
			for (ObjectNode other : CustomFieldCatalog.fieldsOf(tx, type)) {
				if (other.get("name").asString().equals(field.get("name").asString())) {
					throw ApiException.fieldError("object_type", type.displayName()
							+ " already has a custom field named \"" + field.get("name").asString() + "\".");
				}
			}
			ObjectNode created = Json.object();
			created.put("object_type", type.apiName());
			if (type.customActivityTypeId() != null) {
				created.put("custom_activity_type_id", type.customActivityTypeId());
			}
			created.set("editable_with_roles",
					input.path("editable_with_roles").isArray() ? input.get("editable_with_roles") : Json.array());
			created.put("required", input.path("required").asBoolean(false));
			field.withArrayProperty("associations").add(created);
			Stamps.updated(tx, field, request.caller());
			tx.put(Kind.SHARED_CUSTOM_FIELD, field);
			return created;
		});
		return ApiResponse.created(association);
	}

	private ApiResponse getAssociation(ApiRequest request) {
		return ApiResponse.ok(this.store.read(tx -> {
			CustomObjectType type = pathObjectType(tx, request);
			ObjectNode field = sharedWithAssociation(tx, request.pathVariable("id"), type);
			return (ObjectNode) CustomFieldCatalog.association(field, type).orElseThrow();
		}));
	}

	private ApiResponse updateAssociation(ApiRequest request) {
		ObjectNode input = request.bodyObject();
		ObjectNode updated = this.store.write(tx -> {
			CustomObjectType type = pathObjectType(tx, request);
			ObjectNode field = sharedWithAssociation(tx, request.pathVariable("id"), type).deepCopy();
			ObjectNode association = (ObjectNode) CustomFieldCatalog.association(field, type).orElseThrow();
			if (input.path("editable_with_roles").isArray()) {
				association.set("editable_with_roles", input.get("editable_with_roles"));
			}
			if (input.path("required").isBoolean()) {
				association.put("required", input.get("required").asBoolean());
			}
			tx.put(Kind.SHARED_CUSTOM_FIELD, field);
			return association;
		});
		return ApiResponse.ok(updated);
	}

	private ApiResponse dissociate(ApiRequest request) {
		String id = request.pathVariable("id");
		this.store.write(tx -> {
			CustomObjectType type = pathObjectType(tx, request);
			ObjectNode field = sharedWithAssociation(tx, id, type).deepCopy();
			List<JsonNode> kept = new ArrayList<>();
			field.path("associations").forEach(association -> {
				if (!type.isNamedBy(association)) {
					kept.add(association);
				}
			});
			field.putArray("associations").addAll(kept);
			eraseValues(tx, type, id);
			tx.put(Kind.SHARED_CUSTOM_FIELD, field);
			return null;
		});
		return ApiResponse.noContent();
	}

	private static ObjectNode sharedWithAssociation(Transaction tx, String id, CustomObjectType type) {
		ObjectNode field = Found.require(tx.get(Kind.SHARED_CUSTOM_FIELD, id), "Custom field");
		if (CustomFieldCatalog.association(field, type).isEmpty()) {
			throw ApiException.notFound("The field has no association with " + type.associationPath() + ".");
		}
		return field;
	}

	/**
	 * The object type an association's path names: {@code lead}, or
	 * {@code custom_activity_type/<id>}.
	 */
	private static CustomObjectType pathObjectType(Transaction tx, ApiRequest request) {
		String typeId = request.pathVariable("type_id");
		String name = (typeId != null) ? CustomObjectType.CUSTOM_ACTIVITY_TYPE : request.pathVariable("object_type");
		return objectType(tx, name, typeId, "object_type");
	}

	/**
	 * A built-in object type by name, or the custom activity type {@code typeId} names
	 * when the name is {@code custom_activity_type}.
	 * @param typeIdKey where to report a missing or unknown custom activity type
	 */
	private static CustomObjectType objectType(Transaction tx, String name, String typeId, String typeIdKey) {
		if (name.equals(CustomObjectType.CUSTOM_ACTIVITY_TYPE)) {
			if (typeId == null || tx.get(Kind.CUSTOM_ACTIVITY_TYPE, typeId) == null) {
				throw ApiException.fieldError(typeIdKey, (typeId == null) ? "This field is required."
						: "Custom activity type \"" + typeId + "\" does not exist.");
			}
			return CustomObjectType.customActivity(typeId);
		}
		Optional<CustomObjectType> type = CustomObjectType.builtIn(name);
		if (type.isEmpty()) {
			throw ApiException.fieldError("object_type",
					"Input should be 'lead', 'contact', 'opportunity' or 'custom_activity_type'");
		}
		return type.get();
	}

	private ObjectNode existing(Kind kind, ApiRequest request) {
		return Found.require(this.store.get(kind, request.pathVariable("id")), "Custom field");
	}

	/** Removes a field's values from every object of a type. */
	private static void eraseValues(Transaction tx, CustomObjectType type, String fieldId) {
		String key = CustomValues.PREFIX + fieldId;
		for (ObjectNode object : tx.all(type.objectKind())) {
			if (object.has(key) && type.carries(object)) {
				ObjectNode copy = object.deepCopy();
				copy.remove(key);
				tx.put(type.objectKind(), copy);
			}
		}
	}

}
