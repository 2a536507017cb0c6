package closebatch.sandbox.resource;

import java.util.HashSet;
import java.util.Set;

import closebatch.sandbox.http.FieldErrors;
import closebatch.sandbox.http.Json;
import closebatch.sandbox.store.Kind;
import closebatch.sandbox.store.Transaction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a custom field definition: a name unique among the fields of its object type, a
 * type (fixed once created for shared and activity fields), choices for choice fields,
 * and multiple values only for the types that allow them.
 *
 * <p>
 * An activity field also belongs to a custom activity type
 * ({@code custom_activity_type_id}, fixed once created) and may be {@code required} to
 * publish an activity of that type.
 */
final class CustomFieldInput {

	static final int MAX_DESCRIPTION_LENGTH = 280;

	private CustomFieldInput() {
	}

	static void apply(Transaction tx, ObjectNode input, ObjectNode field, Kind kind, boolean creating,
			FieldErrors errors) {
		if (kind == Kind.ACTIVITY_CUSTOM_FIELD) {
			activityType(tx, input, field, creating, errors);
		}
		if (creating || input.has("name")) {
			String name = input.path("name").asString("").trim();
			if (name.isEmpty()) {
				errors.field("name", "This field is required.");
			}
			else if (nameTaken(tx, kind, field, name)) {
				errors.field("name", "A custom field named \"" + name + "\" already exists.");
			}
			field.put("name", name);
		}
		if (input.has("description")) {
			JsonNode description = input.get("description");
			if (!description.isNull() && description.asString("").length() > MAX_DESCRIPTION_LENGTH) {
				errors.field("description", "String should have at most " + MAX_DESCRIPTION_LENGTH + " characters");
			}
			field.put("description", description.isNull() ? null : description.asString(""));
		}
		if (creating || input.has("type")) {
			String type = input.path("type").asString("");
			if (!creating && hasFixedType(kind) && !type.equals(field.path("type").asString())) {
				errors.field("type", "The type of a shared or activity custom field cannot be changed.");
			}
			else if (!CustomValueRules.TYPES.contains(type)) {
				errors.field("type", "Input should be one of "
						+ String.join(", ", CustomValueRules.TYPES.stream().sorted().toList()));
			}
			else if (type.equals("textarea") && !hasFixedType(kind)) {
				errors.field("type", "textarea fields are available on custom activities only.");
			}
			field.put("type", type);
		}
		if (input.has("accepts_multiple_values")) {
			field.put("accepts_multiple_values", input.get("accepts_multiple_values").asBoolean(false));
		}
		if (field.path("accepts_multiple_values").asBoolean(false)
				&& !CustomValueRules.MULTIPLE_VALUE_TYPES.contains(field.path("type").asString())) {
			errors.field("accepts_multiple_values",
					"Only user, choices and contact fields can accept multiple values.");
		}
		if (input.has("choices")) {
			field.set("choices", choices(input.get("choices"), errors));
		}
		boolean isChoices = field.path("type").asString().equals("choices");
		if (isChoices && field.path("choices").isEmpty()) {
			errors.field("choices", "Choice fields need at least one choice.");
		}
		if (!isChoices) {
			field.putNull("choices");
		}
		if (input.path("editable_with_roles").isArray()) {
			field.set("editable_with_roles", input.get("editable_with_roles"));
		}
	}

	private static boolean hasFixedType(Kind kind) {
		return kind == Kind.SHARED_CUSTOM_FIELD || kind == Kind.ACTIVITY_CUSTOM_FIELD;
	}

	private static void activityType(Transaction tx, ObjectNode input, ObjectNode field, boolean creating,
			FieldErrors errors) {
		JsonNode typeId = input.get("custom_activity_type_id");
		if (creating) {
			if (typeId == null || !typeId.isString() || typeId.asString().isBlank()) {
				errors.field("custom_activity_type_id", "This field is required.");
			}
			else if (tx.get(Kind.CUSTOM_ACTIVITY_TYPE, typeId.asString()) == null) {
				errors.field("custom_activity_type_id",
						"Custom activity type \"" + typeId.asString() + "\" does not exist.");
			}
			else {
				field.put("custom_activity_type_id", typeId.asString());
			}
			field.put("required", false);
		}
		else if (typeId != null && !typeId.asString("").equals(field.path("custom_activity_type_id").asString())) {
			errors.field("custom_activity_type_id", "The custom activity type of a field cannot be changed.");
		}
		JsonNode required = input.get("required");
		if (required != null && !required.isBoolean()) {
			errors.field("required", "Input should be a valid boolean");
		}
		else if (required != null) {
			field.put("required", required.asBoolean());
		}
	}

	private static JsonNode choices(JsonNode value, FieldErrors errors) {
		ArrayNode choices = Json.array();
		if (value.isNull()) {
			return choices;
		}
		if (!value.isArray()) {
			errors.field("choices", "Input should be a valid list");
			return choices;
		}
		Set<String> seen = new HashSet<>();
		for (JsonNode choice : value) {
			String text = choice.isString() || choice.isNumber() ? choice.asString().trim() : "";
			if (text.isEmpty()) {
				errors.field("choices", "Choices must be non-empty strings.");
			}
			else if (seen.add(text)) {
				choices.add(text);
			}
		}
		return choices;
	}

	/** Whether another field that objects of the same type carry already has the name. */
	private static boolean nameTaken(Transaction tx, Kind kind, ObjectNode field, String name) {
		String id = field.get("id").asString();
		for (CustomObjectType type : CustomObjectType.all(tx)) {
			boolean sameType = (kind == type.fieldKind() && type.ownsField(field))
					|| CustomFieldCatalog.association(field, type).isPresent();
			if (sameType) {
				for (ObjectNode other : CustomFieldCatalog.fieldsOf(tx, type)) {
					if (!other.get("id").asString().equals(id) && other.get("name").asString().equals(name)) {
						return true;
					}
				}
			}
		}
		if (kind == Kind.SHARED_CUSTOM_FIELD) {
			return tx.all(Kind.SHARED_CUSTOM_FIELD)
				.stream()
				.anyMatch(other -> !other.get("id").asString().equals(id) && other.get("name").asString().equals(name));
		}
		return false;
	}

}
