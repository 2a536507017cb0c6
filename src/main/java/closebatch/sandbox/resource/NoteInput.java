package closebatch.sandbox.resource;

import java.util.Set;

import closebatch.sandbox.http.Caller;
import closebatch.sandbox.http.FieldErrors;
import closebatch.sandbox.http.Json;
import closebatch.sandbox.store.Transaction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads Note activities from create and update bodies (Close's {@code CreateNoteActivity}
 * and {@code UpdateNoteActivity} schemas; NOTES §4 "Note activity").
 *
 * <p>
 * The schemas allow no other properties, so an unknown key is refused by name rather than
 * ignored: a misspelt {@code note_hmtl} would otherwise lose the note's text without a
 * word. {@code created_by} is accepted beside the schema's {@code created_by_id}, as
 * Close's own migration script sends it. Attachments must point at Close's Files API
 * ({@code https://app.close.com/go/file/}); at most 1000 are kept.
 */
final class NoteInput {

	static final String TYPE = "Note";

	static final Set<String> CREATE_FIELDS = Set.of("lead_id", "note", "note_html", "title", "pinned", "contact_id",
			"user_id", "activity_at", "date_created", "created_by", "created_by_id", "attachments", "organization_id");

	static final Set<String> UPDATE_FIELDS = Set.of("note", "note_html", "title", "pinned", "contact_id", "activity_at",
			"attachments");

	static final int MAX_ATTACHMENTS = 1000;

	private static final String FILES_URL = "https://app.close.com/go/file/";

	private NoteInput() {
	}

	/** A new note from a create body, not yet stored. */
	static ObjectNode create(Transaction tx, ObjectNode input, Caller caller, FieldErrors errors) {
		ActivityInput.refuseUnknown(input, CREATE_FIELDS, errors);
		String leadId = LeadResource.requiredLeadId(tx, input, errors);
		ObjectNode note = ActivityInput.create(tx, TYPE, leadId, input, caller, errors);
		note.put("note", "");
		note.put("note_html", HtmlText.toHtml(""));
		note.putNull("title");
		note.put("pinned", false);
		note.putNull("pinned_at");
		note.putArray("attachments");
		note.putArray("note_mentions");
		note.put("source", "api");
		ActivityInput.user(tx, input, note, errors);
		apply(tx, input, note, errors);
		return note;
	}

	/** Applies an update body to a stored note's copy. */
	static void update(Transaction tx, ObjectNode input, ObjectNode note, FieldErrors errors) {
		ActivityInput.refuseUnknown(input, UPDATE_FIELDS, errors);
		apply(tx, input, note, errors);
	}

	private static void apply(Transaction tx, ObjectNode input, ObjectNode note, FieldErrors errors) {
		ActivityInput.contact(tx, input, note, errors);
		ActivityInput.activityAt(input, note, errors);
		ActivityInput.noteText(input, note, errors);
		JsonNode title = input.get("title");
		if (title != null && !title.isNull() && !title.isString()) {
			errors.field("title", "Input should be a valid string");
		}
		else if (title != null) {
			note.set("title", title);
		}
		ActivityInput.pinned(tx, input, note, errors);
		attachments(input, note, errors);
	}

	private static void attachments(ObjectNode input, ObjectNode note, FieldErrors errors) {
		JsonNode value = input.get("attachments");
		if (value == null) {
			return;
		}
		if (value.isNull()) {
			note.putArray("attachments");
			return;
		}
		if (!value.isArray() || value.size() > MAX_ATTACHMENTS) {
			errors.field("attachments", value.isArray()
					? "List should have at most " + MAX_ATTACHMENTS + " items after validation, not " + value.size()
					: "Input should be a valid list");
			return;
		}
		ArrayNode attachments = Json.array();
		int index = 0;
		for (JsonNode item : value) {
			FieldErrors itemErrors = new FieldErrors();
			String url = item.path("url").asString("");
			if (!url.startsWith(FILES_URL)) {
				itemErrors.field("url", "The URL must begin with " + FILES_URL);
			}
			if (!item.path("filename").isString() || item.path("filename").asString().isBlank()) {
				itemErrors.field("filename", "This field is required.");
			}
			if (itemErrors.isEmpty()) {
				ObjectNode attachment = attachments.addObject();
				attachment.put("url", url);
				attachment.put("filename", item.get("filename").asString());
				attachment.put("content_type", item.path("content_type").asString(null));
			}
			errors.nested("attachments", index++, itemErrors);
		}
		note.set("attachments", attachments);
	}

}
