package closebatch.sandbox.resource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import closebatch.sandbox.http.ApiException;
import closebatch.sandbox.http.Json;
import closebatch.sandbox.store.Kind;
import closebatch.sandbox.store.Transaction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The custom fields an object type carries: its own fields and the shared fields
 * associated with it, in the order of its custom field schema.
 */
final class CustomFieldCatalog {

	private CustomFieldCatalog() {
	}

	/** The fields of an object type, ordered as its schema orders them. */
	static List<ObjectNode> fieldsOf(Transaction tx, CustomObjectType type) {
		Map<String, ObjectNode> byId = new LinkedHashMap<>();
		for (ObjectNode field : tx.all(type.fieldKind())) {
			if (type.ownsField(field)) {
				byId.put(field.get("id").asString(), field);
			}
		}
		for (ObjectNode shared : tx.all(Kind.SHARED_CUSTOM_FIELD)) {
			if (association(shared, type).isPresent()) {
				byId.put(shared.get("id").asString(), shared);
			}
		}
		List<ObjectNode> ordered = new ArrayList<>();
		ObjectNode schema = tx.get(Kind.CUSTOM_FIELD_SCHEMA, type.schemaKey());
		if (schema != null) {
			for (JsonNode id : schema.path("field_ids")) {
				ObjectNode field = byId.remove(id.asString());
				if (field != null) {
					ordered.add(field);
				}
			}
		}
		ordered.addAll(byId.values());
		return ordered;
	}

	/**
	 * Puts the fields of a type in the order of {@code fields} ({@code [{"id": …}]}),
	 * those left out after them; a field of another type is a 400.
	 */
	static void reorder(Transaction tx, CustomObjectType type, JsonNode fields) {
		if (!fields.isArray()) {
			throw ApiException.fieldError("fields", "Input should be a valid list");
		}
		Set<String> known = new LinkedHashSet<>();
		fieldsOf(tx, type).forEach(field -> known.add(field.get("id").asString()));
		Set<String> order = new LinkedHashSet<>();
		for (JsonNode field : fields) {
			String id = field.path("id").asString("");
			if (!known.contains(id)) {
				throw ApiException.fieldError("fields",
						"\"" + id + "\" is not a custom field of " + type.associationPath() + ".");
			}
			order.add(id);
		}
		order.addAll(known);
		ObjectNode schema = Json.object();
		schema.put("id", type.schemaKey());
		ArrayNode ids = schema.putArray("field_ids");
		order.forEach(ids::add);
		tx.put(Kind.CUSTOM_FIELD_SCHEMA, schema);
	}

	/**
	 * Whether a value of a field is required on objects of a type: an activity field's
	 * own {@code required}, or the {@code required} of a shared field's association.
	 */
	static boolean isRequired(ObjectNode field, CustomObjectType type) {
		if (field.has("associations")) {
			return association(field, type).map(association -> association.path("required").asBoolean(false))
				.orElse(false);
		}
		return field.path("required").asBoolean(false);
	}

	/** A field among {@code fields} by id, or else by its exact name. */
	static Optional<ObjectNode> find(List<ObjectNode> fields, String idOrName) {
		for (ObjectNode field : fields) {
			if (field.get("id").asString().equals(idOrName)) {
				return Optional.of(field);
			}
		}
		return fields.stream().filter(field -> field.get("name").asString().equals(idOrName)).findFirst();
	}

	/** The association of a shared field with an object type, if it has one. */
	static Optional<JsonNode> association(ObjectNode sharedField, CustomObjectType type) {
		for (JsonNode association : sharedField.path("associations")) {
			if (type.isNamedBy(association)) {
				return Optional.of(association);
			}
		}
		return Optional.empty();
	}

}
