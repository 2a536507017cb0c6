package closebatch.sandbox.resource;

import java.util.Set;

import closebatch.sandbox.http.Caller;
import closebatch.sandbox.http.FieldErrors;
import closebatch.sandbox.http.Json;
import closebatch.sandbox.store.Ids;
import closebatch.sandbox.store.Kind;
import closebatch.sandbox.store.Timestamps;
import closebatch.sandbox.store.Transaction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fields every activity shares (Close's {@code ActivityBase} schema): its lead,
 * contact and user, when it happened ({@code activity_at}, the creation time unless
 * given), who created it, and for notes and calls the text in its two forms.
 */
final class ActivityInput {

	private ActivityInput() {
	}

	/**
	 * A new activity of a lead: id, type, lead, user (the caller unless {@code user_id}
	 * names another), stamps (historical {@code date_created} and {@code created_by}, or
	 * its alias {@code created_by_id}, are kept) and {@code activity_at}.
	 */
	static ObjectNode create(Transaction tx, String type, String leadId, ObjectNode input, Caller caller,
			FieldErrors errors) {
		ObjectNode activity = Json.object();
		activity.put("id", Ids.newId(Kind.ACTIVITY));
		activity.put("_type", type);
		activity.put("organization_id", caller.organizationId());
		activity.put("lead_id", leadId);
		activity.putNull("contact_id");
		activity.put("user_id", caller.userId());
		activity.putArray("users");
		ObjectNode stampInput = input;
		if (!input.hasNonNull("created_by") && input.hasNonNull("created_by_id")) {
			stampInput = input.deepCopy();
			stampInput.set("created_by", input.get("created_by_id"));
		}
		Stamps.created(tx, stampInput, activity, caller, errors);
		activity.put("activity_at", activity.get("date_created").asString());
		return activity;
	}

	/** Applies {@code contact_id}, which must be null or a contact of the lead. */
	static void contact(Transaction tx, ObjectNode input, ObjectNode activity, FieldErrors errors) {
		JsonNode contactId = input.get("contact_id");
		if (contactId == null) {
			return;
		}
		if (contactId.isNull()) {
			activity.putNull("contact_id");
			return;
		}
		ObjectNode contact = contactId.isString() ? tx.get(Kind.CONTACT, contactId.asString()) : null;
		if (contact == null) {
			errors.field("contact_id", "Contact \"" + contactId.asString("") + "\" does not exist.");
		}
		else if (!contact.path("lead_id").asString().equals(activity.path("lead_id").asString())) {
			errors.field("contact_id", "The contact does not belong to the activity's lead.");
		}
		else {
			activity.put("contact_id", contactId.asString());
		}
	}

	/** Applies {@code user_id}, which must name a user of the organization. */
	static void user(Transaction tx, ObjectNode input, ObjectNode activity, FieldErrors errors) {
		JsonNode userId = input.get("user_id");
		if (userId == null || userId.isNull()) {
			return;
		}
		if (!userId.isString() || tx.get(Kind.USER, userId.asString()) == null) {
			errors.field("user_id", "User \"" + userId.asString("") + "\" does not exist.");
			return;
		}
		activity.put("user_id", userId.asString());
	}

	/** Applies {@code activity_at}, a datetime stored in Close's format. */
	static void activityAt(ObjectNode input, ObjectNode activity, FieldErrors errors) {
		JsonNode value = input.get("activity_at");
		if (value == null || value.isNull()) {
			return;
		}
		String formatted = value.isString()
				? Timestamps.parseDateTime(value.asString()).map(Timestamps::format).orElse(null) : null;
		if (formatted == null) {
			errors.field("activity_at", "Input should be a valid datetime");
			return;
		}
		activity.put("activity_at", formatted);
	}

	/**
	 * Applies {@code note_html} or {@code note} and derives the other form; when both are
	 * sent, {@code note_html} wins, as the docs say.
	 */
	static void noteText(ObjectNode input, ObjectNode activity, FieldErrors errors) {
		JsonNode html = input.get("note_html");
		JsonNode text = input.get("note");
		if (html != null && !html.isNull()) {
			if (!html.isString()) {
				errors.field("note_html", "Input should be a valid string");
				return;
			}
			String wrapped = HtmlText.wrapInBody(html.asString());
			activity.put("note_html", wrapped);
			activity.put("note", HtmlText.toText(wrapped));
		}
		else if (text != null || html != null) {
			if (text != null && !text.isNull() && !text.isString()) {
				errors.field("note", "Input should be a valid string");
				return;
			}
			String plain = (text == null || text.isNull()) ? "" : text.asString();
			activity.put("note", plain);
			activity.put("note_html", HtmlText.toHtml(plain));
		}
	}

	/**
	 * Applies {@code pinned}, stamping {@code pinned_at} when an activity is pinned and
	 * clearing it when unpinned.
	 */
	static void pinned(Transaction tx, ObjectNode input, ObjectNode activity, FieldErrors errors) {
		JsonNode pinned = input.get("pinned");
		if (pinned != null && !pinned.isNull() && !pinned.isBoolean()) {
			errors.field("pinned", "Input should be a valid boolean");
		}
		else if (pinned != null && pinned.asBoolean(false) != activity.path("pinned").asBoolean()) {
			activity.put("pinned", pinned.asBoolean(false));
			activity.put("pinned_at", pinned.asBoolean(false) ? tx.timestamps().now() : null);
		}
	}

	/**
	 * Refuses, by name, every key of a body its schema does not allow: a misspelt key
	 * would otherwise be dropped without a word.
	 */
	static void refuseUnknown(ObjectNode input, Set<String> allowed, FieldErrors errors) {
		for (String field : input.propertyNames()) {
			if (!allowed.contains(field)) {
				errors.field(field, "Extra inputs are not permitted");
			}
		}
	}

	/** A URL field that must be null or start with {@code https://}. */
	static void secureUrl(ObjectNode input, String field, ObjectNode activity, FieldErrors errors) {
		JsonNode value = input.get(field);
		if (value == null) {
			return;
		}
		if (value.isNull()) {
			activity.putNull(field);
		}
		else if (!value.isString() || !value.asString().startsWith("https://")) {
			errors.field(field, "The URL must be secure (start with https://).");
		}
		else {
			activity.put(field, value.asString());
		}
	}

}
