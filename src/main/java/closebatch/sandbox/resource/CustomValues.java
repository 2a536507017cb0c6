package closebatch.sandbox.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import closebatch.sandbox.http.FieldErrors;
import closebatch.sandbox.http.Json;
import closebatch.sandbox.store.Transaction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies the {@code custom.…} keys of a create or update to an object, as the Close docs
 * describe for leads (and the same for contacts and opportunities).
 *
 * <p>
 * {@code custom.FIELD_ID: value} sets (a list replaces all values of a multiple-value
 * field), {@code custom.FIELD_ID: null} unsets, and {@code custom.FIELD_ID.add} /
 * {@code .remove} add or remove one value of a multiple-value field. A field may also be
 * named by its name (deprecated in Close, still accepted), and the deprecated
 * {@code custom} dictionary ({@code {"custom": {"Field Name": value}}}) is read as
 * {@code custom.Field Name} keys; values are stored under the field's id.
 */
final class CustomValues {

	static final String PREFIX = "custom.";

	private CustomValues() {
	}

	/**
	 * Applies every {@code custom.…} key of {@code input} to {@code target}; errors are
	 * collected under the key as the client wrote it.
	 * @param leadId the lead of the object, for contact fields (null while unknown)
	 */
	static void apply(Transaction tx, CustomObjectType type, ObjectNode input, ObjectNode target, String leadId,
			FieldErrors errors) {
		// Read once per object, not once per value: the catalog is rebuilt on each call.
		List<ObjectNode> fields = null;
		for (Map.Entry<String, JsonNode> entry : new ArrayList<>(input.properties())) {
			String key = entry.getKey();
			if (key.startsWith(PREFIX)) {
				fields = (fields != null) ? fields : CustomFieldCatalog.fieldsOf(tx, type);
				applyOne(tx, fields, key, entry.getValue(), target, leadId, errors);
			}
		}
		JsonNode dictionary = input.get(CustomDictionary.KEY);
		if (dictionary != null && !dictionary.isObject()) {
			errors.field(CustomDictionary.KEY, "Input should be an object of values by custom field name.");
		}
		else if (dictionary != null) {
			fields = (fields != null) ? fields : CustomFieldCatalog.fieldsOf(tx, type);
			for (Map.Entry<String, JsonNode> entry : dictionary.properties()) {
				applyOne(tx, fields, PREFIX + entry.getKey(), entry.getValue(), target, leadId, errors);
			}
		}
	}

	private static void applyOne(Transaction tx, List<ObjectNode> fields, String key, JsonNode value, ObjectNode target,
			String leadId, FieldErrors errors) {
		String name = key.substring(PREFIX.length());
		Operation operation = Operation.SET;
		Optional<ObjectNode> field = CustomFieldCatalog.find(fields, name);
		if (field.isEmpty()) {
			for (Operation listOperation : new Operation[] { Operation.ADD, Operation.REMOVE }) {
				String suffix = listOperation.suffix;
				if (name.endsWith(suffix)) {
					field = CustomFieldCatalog.find(fields, name.substring(0, name.length() - suffix.length()));
					if (field.isPresent()) {
						name = name.substring(0, name.length() - suffix.length());
						operation = listOperation;
					}
				}
			}
		}
		if (field.isEmpty()) {
			errors.field(key, "The Custom Field \"" + name + "\" does not exist.");
			return;
		}
		String storedKey = PREFIX + field.get().get("id").asString();
		try {
			switch (operation) {
				case SET -> {
					if (value.isNull()) {
						target.remove(storedKey);
					}
					else {
						target.set(storedKey, CustomValueRules.normalize(tx, field.get(), value, leadId));
					}
				}
				case ADD, REMOVE -> {
					ArrayNode values = changeList(tx, field.get(), target.get(storedKey), value, leadId, operation);
					if (values.isEmpty()) {
						target.remove(storedKey);
					}
					else {
						target.set(storedKey, values);
					}
				}
			}
		}
		catch (CustomValueRules.InvalidValue ex) {
			errors.field(key, ex.getMessage());
		}
	}

	private static ArrayNode changeList(Transaction tx, ObjectNode field, JsonNode current, JsonNode value,
			String leadId, Operation operation) throws CustomValueRules.InvalidValue {
		if (!field.path("accepts_multiple_values").asBoolean(false)) {
			throw new CustomValueRules.InvalidValue("." + operation.name().toLowerCase()
					+ " can only be used with fields that accept multiple values.");
		}
		JsonNode item = CustomValueRules.normalizeOne(tx, field, value, leadId);
		ArrayNode values = Json.array();
		if (current != null && current.isArray()) {
			current.values().forEach(existing -> {
				if (operation == Operation.ADD || !existing.equals(item)) {
					values.add(existing);
				}
			});
		}
		if (operation == Operation.ADD && !CustomValueRules.contains(values, item)) {
			values.add(item);
		}
		return values;
	}

	private enum Operation {

		SET(""), ADD(".add"), REMOVE(".remove");

		private final String suffix;

		Operation(String suffix) {
			this.suffix = suffix;
		}

	}

}
