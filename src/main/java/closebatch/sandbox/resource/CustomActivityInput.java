package closebatch.sandbox.resource;

import java.util.Map;
import java.util.Set;

import closebatch.sandbox.http.Caller;
import closebatch.sandbox.http.FieldErrors;
import closebatch.sandbox.store.Kind;
import closebatch.sandbox.store.Transaction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads custom activity instances from create and update bodies (Close's
 * {@code CreateCustomActivity} and {@code UpdateCustomActivity} schemas).
 *
 * <p>
 * Values are {@code custom.FIELD_ID} keys, or entries of {@code custom_fields} (by field
 * id), validated by type as on leads; a {@code contact} field takes only contacts of the
 * activity's lead. An activity is {@code published} unless sent as {@code draft}, and a
 * published activity must have a value for every field the type requires. The type and
 * the lead are fixed once created.
 */
final class CustomActivityInput {

	static final String TYPE = "CustomActivity";

	static final Set<String> STATUSES = Set.of("draft", "published");

	private static final Set<String> CREATE_FIELDS = Set.of("lead_id", "custom_activity_type_id", "contact_id",
			"user_id", "activity_at", "date_created", "created_by", "created_by_id", "status", "pinned",
			"custom_fields", "organization_id");

	private static final Set<String> UPDATE_FIELDS = Set.of("contact_id", "activity_at", "status", "pinned",
			"custom_fields");

	private CustomActivityInput() {
	}

	/** A new custom activity from a create body, not yet stored. */
	static ObjectNode create(Transaction tx, ObjectNode input, Caller caller, FieldErrors errors) {
		ActivityInput.refuseUnknown(withoutValues(input), CREATE_FIELDS, errors);
		String leadId = LeadResource.requiredLeadId(tx, input, errors);
		ObjectNode activity = ActivityInput.create(tx, TYPE, leadId, input, caller, errors);
		JsonNode typeId = input.path("custom_activity_type_id");
		if (!typeId.isString() || typeId.asString().isBlank()) {
			errors.field("custom_activity_type_id", "This field is required.");
		}
		else if (tx.get(Kind.CUSTOM_ACTIVITY_TYPE, typeId.asString()) == null) {
			errors.field("custom_activity_type_id",
					"Custom activity type \"" + typeId.asString() + "\" does not exist.");
		}
		else {
			activity.put("custom_activity_type_id", typeId.asString());
		}
		activity.put("status", "published");
		activity.put("pinned", false);
		activity.putNull("pinned_at");
		ActivityInput.user(tx, input, activity, errors);
		apply(tx, input, activity, errors);
		return activity;
	}

	/** Applies an update body to a stored custom activity's copy. */
	static void update(Transaction tx, ObjectNode input, ObjectNode activity, FieldErrors errors) {
		ActivityInput.refuseUnknown(withoutValues(input), UPDATE_FIELDS, errors);
		apply(tx, input, activity, errors);
	}

	private static void apply(Transaction tx, ObjectNode input, ObjectNode activity, FieldErrors errors) {
		ActivityInput.contact(tx, input, activity, errors);
		ActivityInput.activityAt(input, activity, errors);
		ActivityInput.pinned(tx, input, activity, errors);
		JsonNode status = input.get("status");
		if (status != null && !STATUSES.contains(status.asString(""))) {
			errors.field("status", "Input should be 'draft' or 'published'");
		}
		else if (status != null) {
			activity.put("status", status.asString());
		}
		String typeId = activity.path("custom_activity_type_id").asString(null);
		if (typeId == null) {
			return;
		}
		CustomObjectType type = CustomObjectType.customActivity(typeId);
		CustomValues.apply(tx, type, values(input, errors), activity, activity.path("lead_id").asString(null), errors);
		if (activity.get("status").asString().equals("published")) {
			for (ObjectNode field : CustomFieldCatalog.fieldsOf(tx, type)) {
				String key = CustomValues.PREFIX + field.get("id").asString();
				if (CustomFieldCatalog.isRequired(field, type) && !activity.has(key)) {
					errors.field(key, "This field is required to publish the activity.");
				}
			}
		}
	}

	/**
	 * The values of a body as {@code custom.…} keys: its own, and each entry of
	 * {@code custom_fields}.
	 */
	private static ObjectNode values(ObjectNode input, FieldErrors errors) {
		ObjectNode values = input.deepCopy();
		values.remove(CustomDictionary.KEY);
		JsonNode customFields = values.remove("custom_fields");
		if (customFields != null && !customFields.isNull() && !customFields.isObject()) {
			errors.field("custom_fields", "Input should be an object of values by custom field id.");
		}
		else if (customFields != null && customFields.isObject()) {
			for (Map.Entry<String, JsonNode> entry : customFields.properties()) {
				values.set(CustomValues.PREFIX + entry.getKey(), entry.getValue());
			}
		}
		return values;
	}

	private static ObjectNode withoutValues(ObjectNode input) {
		ObjectNode rest = input.deepCopy();
		input.propertyNames().forEach(key -> {
			if (key.startsWith(CustomValues.PREFIX)) {
				rest.remove(key);
			}
		});
		return rest;
	}

}
