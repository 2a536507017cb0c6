package closebatch.sandbox.resource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import closebatch.sandbox.store.Kind;
import closebatch.sandbox.store.Transaction;
import tools.jackson.databind.JsonNode;
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
			byId.put(field.get("id").asString(), field);
		}
		for (ObjectNode shared : tx.all(Kind.SHARED_CUSTOM_FIELD)) {
			if (association(shared, type).isPresent()) {
				byId.put(shared.get("id").asString(), shared);
			}
		}
		List<ObjectNode> ordered = new ArrayList<>();
		ObjectNode schema = tx.get(Kind.CUSTOM_FIELD_SCHEMA, type.apiName());
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

	/** A field of the object type by id, or else by its exact name. */
	static Optional<ObjectNode> find(Transaction tx, CustomObjectType type, String idOrName) {
		return find(fieldsOf(tx, type), idOrName);
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
			if (association.path("object_type").asString("").equals(type.apiName())) {
				return Optional.of(association);
			}
		}
		return Optional.empty();
	}

}
