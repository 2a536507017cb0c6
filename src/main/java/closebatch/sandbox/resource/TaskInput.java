package closebatch.sandbox.resource;

import java.util.Map;
import java.util.Set;

import closebatch.sandbox.http.Caller;
import closebatch.sandbox.http.FieldErrors;
import closebatch.sandbox.http.Json;
import closebatch.sandbox.store.Ids;
import closebatch.sandbox.store.Kind;
import closebatch.sandbox.store.Transaction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads tasks from create and update bodies, following the docs' "Tasks" section
 * (docs/003) and Close's {@code CreateLeadTask}, {@code CreateCallTask},
 * {@code UpdateNotification} and {@code BulkUpdateNotifications} schemas.
 *
 * <p>
 * Only {@code lead} and {@code outgoing_call} tasks can be created; a lead task needs
 * {@code text}, a call task a {@code contact_id} of its lead. A task without a
 * {@code date} (or the deprecated {@code due_date}) is dateless: its date is null and
 * {@code is_dateless} true, and sending {@code is_dateless: true} with a date is refused
 * rather than silently dropping one of the two. Other keys of a create body are ignored,
 * as Close ignores unknown keys, so a task read from Close can be posted back. Updates
 * are strict: a key the docs do not let change is refused by name.
 */
final class TaskInput {

	static final String LEAD = "lead";

	static final String OUTGOING_CALL = "outgoing_call";

	/** The fields a bulk update may change. */
	static final Set<String> BULK_FIELDS = Set.of("assigned_to", "date", "is_complete");

	private static final String CANNOT_UPDATE = "This field cannot be updated.";

	private TaskInput() {
	}

	/** A new task from a create body, not yet stored. */
	static ObjectNode create(Transaction tx, ObjectNode input, Caller caller, FieldErrors errors) {
		String type = input.path("_type").isString() ? input.get("_type").asString() : LEAD;
		if (!type.equals(LEAD) && !type.equals(OUTGOING_CALL)) {
			errors.field("_type", "Only tasks of type lead and outgoing_call can be created.");
		}
		ObjectNode task = Json.object();
		task.put("id", Ids.newId(Kind.TASK));
		task.put("_type", type);
		task.put("organization_id", caller.organizationId());
		String leadId = LeadResource.requiredLeadId(tx, input, errors);
		task.put("lead_id", leadId);
		contact(tx, input, leadId, type.equals(OUTGOING_CALL), task, errors);
		task.put("assigned_to", caller.userId());
		if (input.hasNonNull("assigned_to")) {
			assignee(tx, input.get("assigned_to"), task, errors);
		}
		text(input, type.equals(LEAD), task, errors);
		task.putNull("date");
		String dateField = input.hasNonNull("date") ? "date" : "due_date";
		if (input.hasNonNull(dateField)) {
			date(input.get(dateField), dateField, task, errors);
		}
		JsonNode dateless = input.path("is_dateless");
		if (dateless.isBoolean() && dateless.asBoolean() && !task.get("date").isNull()) {
			errors.field("is_dateless", "A task with a date cannot be dateless.");
		}
		task.put("is_complete", false);
		if (input.has("is_complete")) {
			complete(input.get("is_complete"), task, errors);
		}
		task.putNull("object_type");
		task.putNull("object_id");
		Stamps.created(tx, input, task, caller, errors);
		return task;
	}

	/**
	 * Applies an update of one task: {@code assigned_to}, {@code date} and
	 * {@code is_complete} on every task, {@code text} on lead tasks.
	 */
	static void update(Transaction tx, ObjectNode input, ObjectNode task, FieldErrors errors) {
		boolean leadTask = task.path("_type").asString().equals(LEAD);
		for (Map.Entry<String, JsonNode> entry : input.properties()) {
			String field = entry.getKey();
			if (field.equals("text")) {
				if (leadTask) {
					text(input, true, task, errors);
				}
				else {
					errors.field(field, "Only the text of lead tasks can be updated.");
				}
			}
			else if (BULK_FIELDS.contains(field)) {
				change(tx, field, entry.getValue(), task, errors);
			}
			else {
				errors.field(field, CANNOT_UPDATE);
			}
		}
	}

	/**
	 * Checks the body of a bulk update: only {@code assigned_to}, {@code date} and
	 * {@code is_complete} may be sent.
	 */
	static void checkBulkChanges(Transaction tx, ObjectNode changes, FieldErrors errors) {
		ObjectNode scratch = Json.object();
		for (Map.Entry<String, JsonNode> entry : changes.properties()) {
			if (BULK_FIELDS.contains(entry.getKey())) {
				change(tx, entry.getKey(), entry.getValue(), scratch, errors);
			}
			else {
				errors.field(entry.getKey(), CANNOT_UPDATE);
			}
		}
	}

	/** Applies a checked bulk update to one task. */
	static void applyBulkChanges(Transaction tx, ObjectNode changes, ObjectNode task) {
		FieldErrors ignored = new FieldErrors();
		changes.properties().forEach(entry -> change(tx, entry.getKey(), entry.getValue(), task, ignored));
	}

	private static void change(Transaction tx, String field, JsonNode value, ObjectNode task, FieldErrors errors) {
		switch (field) {
			case "assigned_to" -> assignee(tx, value, task, errors);
			case "date" -> {
				if (value.isNull()) {
					task.putNull("date");
				}
				else {
					date(value, field, task, errors);
				}
			}
			default -> complete(value, task, errors);
		}
	}

	private static void contact(Transaction tx, ObjectNode input, String leadId, boolean required, ObjectNode task,
			FieldErrors errors) {
		task.putNull("contact_id");
		JsonNode contactId = input.path("contact_id");
		if (!contactId.isString() || contactId.asString().isBlank()) {
			if (required) {
				errors.field("contact_id", "This field is required.");
			}
			return;
		}
		ObjectNode contact = tx.get(Kind.CONTACT, contactId.asString());
		if (contact == null) {
			errors.field("contact_id", "Contact \"" + contactId.asString() + "\" does not exist.");
		}
		else if (leadId != null && !leadId.equals(contact.path("lead_id").asString())) {
			errors.field("contact_id", "The contact does not belong to the task's lead.");
		}
		task.put("contact_id", contactId.asString());
	}

	private static void assignee(Transaction tx, JsonNode value, ObjectNode task, FieldErrors errors) {
		if (!value.isString() || tx.get(Kind.USER, value.asString()) == null) {
			errors.field("assigned_to", "User \"" + value.asString("") + "\" does not exist.");
			return;
		}
		task.put("assigned_to", value.asString());
	}

	private static void text(ObjectNode input, boolean required, ObjectNode task, FieldErrors errors) {
		JsonNode text = input.path("text");
		if (text.isString() && !text.asString().isBlank()) {
			task.put("text", text.asString());
		}
		else if (required) {
			errors.field("text", "This field is required.");
		}
		else if (!text.isMissingNode() && !text.isNull() && !text.isString()) {
			errors.field("text", "Input should be a valid string");
		}
		else {
			task.putNull("text");
		}
	}

	private static void date(JsonNode value, String field, ObjectNode task, FieldErrors errors) {
		TaskDate date = value.isString() ? TaskDate.parse(value.asString()).orElse(null) : null;
		if (date == null) {
			errors.field(field, "Input should be a valid datetime or date");
			return;
		}
		task.put("date", date.format());
	}

	private static void complete(JsonNode value, ObjectNode task, FieldErrors errors) {
		if (!value.isBoolean()) {
			errors.field("is_complete", "Input should be a valid boolean");
			return;
		}
		task.put("is_complete", value.asBoolean());
	}

}
