package closebatch.sandbox.resource;

import java.util.Map;
import java.util.Set;

import closebatch.sandbox.http.Caller;
import closebatch.sandbox.http.FieldErrors;
import closebatch.sandbox.http.Json;
import closebatch.sandbox.store.Kind;
import closebatch.sandbox.store.Transaction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What SMS and email templates share: who sees them ({@code is_shared}), the fields they
 * are written with and their attachments.
 *
 * <p>
 * A template that is not shared is its creator's own: to anyone else it does not exist
 * (404), as in Close's UI where personal templates are listed only for their owner.
 */
final class TemplateFields {

	/** Keys of a template as it is read, which a client may send back unchanged. */
	private static final Set<String> READ_ONLY = Set.of("id", "organization_id", "date_created", "date_updated",
			"created_by", "updated_by");

	private static final Set<String> ATTACHMENT_KEYS = Set.of("content_type", "filename", "url");

	private TemplateFields() {
	}

	/** Whether the caller may see the template. */
	static boolean visible(ObjectNode template, Caller caller) {
		return template.path("is_shared").asBoolean(false)
				|| caller.userId().equals(template.path("created_by").asString(null));
	}

	/** The template if it exists and the caller may see it, or a 404. */
	static ObjectNode require(Transaction tx, Kind kind, String id, Caller caller, String objectName) {
		ObjectNode template = tx.get(kind, id);
		return Found.require((template != null && visible(template, caller)) ? template : null, objectName);
	}

	/** Refuses keys a template does not have, naming them (never stored silently). */
	static void refuseUnknownKeys(ObjectNode input, Set<String> writable, String objectName, FieldErrors errors) {
		for (Map.Entry<String, JsonNode> entry : input.properties()) {
			if (!writable.contains(entry.getKey()) && !READ_ONLY.contains(entry.getKey())) {
				errors.field(entry.getKey(), "An " + objectName + " has no field \"" + entry.getKey() + "\".");
			}
		}
	}

	/**
	 * Copies a string field if the input has it; {@code required} refuses a blank one.
	 */
	static void string(ObjectNode input, ObjectNode template, String field, boolean required, FieldErrors errors) {
		JsonNode value = input.get(field);
		if (value == null) {
			if (required) {
				errors.field(field, "This field is required.");
			}
			return;
		}
		if (!value.isString()) {
			errors.field(field, "Input should be a valid string");
		}
		else if (required && value.asString().isBlank()) {
			errors.field(field, "This field may not be blank.");
		}
		else {
			template.put(field, required ? value.asString().trim() : value.asString());
		}
	}

	/** Copies a boolean field if the input has it. */
	static void bool(ObjectNode input, ObjectNode template, String field, FieldErrors errors) {
		JsonNode value = input.get(field);
		if (value == null) {
			return;
		}
		if (!value.isBoolean()) {
			errors.field(field, "Input should be a valid boolean");
		}
		else {
			template.put(field, value.asBoolean());
		}
	}

	/**
	 * Copies {@code attachments} if the input has it: a list of objects each with a
	 * {@code content_type}, a {@code filename} and a {@code url}.
	 */
	static void attachments(ObjectNode input, ObjectNode template, FieldErrors errors) {
		JsonNode value = input.get("attachments");
		if (value == null) {
			return;
		}
		if (!value.isArray()) {
			errors.field("attachments", "Input should be a valid list");
			return;
		}
		ArrayNode attachments = Json.array();
		int index = 0;
		for (JsonNode item : value) {
			FieldErrors itemErrors = new FieldErrors();
			if (!item.isObject()) {
				itemErrors.error("Input should be an object");
			}
			else {
				ObjectNode attachment = Json.object();
				for (String key : ATTACHMENT_KEYS) {
					string((ObjectNode) item, attachment, key, true, itemErrors);
				}
				refuseUnknownKeys((ObjectNode) item, ATTACHMENT_KEYS, "attachment", itemErrors);
				attachments.add(attachment);
			}
			errors.nested("attachments", index++, itemErrors);
		}
		template.set("attachments", attachments);
	}

}
