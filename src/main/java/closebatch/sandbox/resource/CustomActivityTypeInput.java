package closebatch.sandbox.resource;

import java.util.Set;

import closebatch.sandbox.http.FieldErrors;
import closebatch.sandbox.store.Kind;
import closebatch.sandbox.store.Transaction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a custom activity type from a create or update body: a {@code name} unique among
 * the organization's types, a {@code description} (at most 280 characters, as for custom
 * fields), {@code api_create_only}, {@code editable_with_roles} and {@code is_archived},
 * the properties the docs say may be updated. An unknown key is refused by name.
 */
final class CustomActivityTypeInput {

	static final Set<String> FIELDS = Set.of("name", "description", "api_create_only", "editable_with_roles",
			"is_archived", "fields", "organization_id");

	private CustomActivityTypeInput() {
	}

	static void apply(Transaction tx, ObjectNode input, ObjectNode type, boolean creating, FieldErrors errors) {
		ActivityInput.refuseUnknown(input, FIELDS, errors);
		if (creating || input.has("name")) {
			String name = input.path("name").isString() ? input.get("name").asString().trim() : "";
			if (name.isEmpty()) {
				errors.field("name", "This field is required.");
			}
			else if (nameTaken(tx, type.get("id").asString(), name)) {
				errors.field("name", "A custom activity type named \"" + name + "\" already exists.");
			}
			type.put("name", name);
		}
		JsonNode description = input.get("description");
		if (description != null && !description.isNull() && (!description.isString()
				|| description.asString().length() > CustomFieldInput.MAX_DESCRIPTION_LENGTH)) {
			errors.field("description",
					"Input should be a string of at most " + CustomFieldInput.MAX_DESCRIPTION_LENGTH + " characters");
		}
		else if (description != null) {
			type.set("description", description);
		}
		for (String flag : new String[] { "api_create_only", "is_archived" }) {
			JsonNode value = input.get(flag);
			if (value != null && !value.isBoolean()) {
				errors.field(flag, "Input should be a valid boolean");
			}
			else if (value != null) {
				type.put(flag, value.asBoolean());
			}
		}
		JsonNode roles = input.get("editable_with_roles");
		if (roles != null && !roles.isArray()) {
			errors.field("editable_with_roles", "Input should be a valid list");
		}
		else if (roles != null) {
			type.set("editable_with_roles", roles);
		}
	}

	private static boolean nameTaken(Transaction tx, String id, String name) {
		return tx.all(Kind.CUSTOM_ACTIVITY_TYPE)
			.stream()
			.anyMatch(other -> !other.get("id").asString().equals(id) && other.get("name").asString().equals(name));
	}

}
