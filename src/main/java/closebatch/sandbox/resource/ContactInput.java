package closebatch.sandbox.resource;

import java.util.function.BiFunction;
import java.util.regex.Pattern;

import closebatch.sandbox.http.Caller;
import closebatch.sandbox.http.FieldErrors;
import closebatch.sandbox.http.Json;
import closebatch.sandbox.store.Transaction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a contact from a create or update body, alone ({@code /contact/}) or nested in a
 * lead: name and title, emails, phones (normalised to E.164) and URLs (at most 100 each,
 * as Close's schema allows), and custom values.
 */
final class ContactInput {

	static final int MAX_ITEMS = 100;

	static final int MAX_TEXT_LENGTH = 1000;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final String DEFAULT_PHONE_REGION = "US";

	private ContactInput() {
	}

	/**
	 * Applies the contact fields present in {@code input} to {@code contact}, which must
	 * already carry its id and {@code lead_id}.
	 */
	static void apply(Transaction tx, ObjectNode input, ObjectNode contact, FieldErrors errors) {
		for (String field : new String[] { "name", "title" }) {
			if (input.has(field)) {
				JsonNode value = input.get(field);
				if (value.isNull()) {
					contact.putNull(field);
				}
				else if (!value.isString()) {
					errors.field(field, "Input should be a valid string");
				}
				else if (value.asString().length() > MAX_TEXT_LENGTH) {
					errors.field(field, "String should have at most " + MAX_TEXT_LENGTH + " characters");
				}
				else {
					contact.put(field, value.asString().trim());
				}
			}
		}
		list(input, contact, "emails", errors, ContactInput::email);
		list(input, contact, "phones", errors, ContactInput::phone);
		list(input, contact, "urls", errors, ContactInput::url);
		CustomValues.apply(tx, CustomObjectType.CONTACT, input, contact, contact.path("lead_id").asString(null),
				errors);
	}

	/**
	 * A new contact document of a lead, for the given caller, with its fields from
	 * {@code input}.
	 */
	static ObjectNode create(Transaction tx, ObjectNode input, String contactId, String leadId, Caller caller,
			FieldErrors errors) {
		ObjectNode contact = Json.object();
		contact.put("id", contactId);
		contact.put("lead_id", leadId);
		contact.put("organization_id", caller.organizationId());
		contact.putNull("name");
		contact.putNull("title");
		contact.putArray("emails");
		contact.putArray("phones");
		contact.putArray("urls");
		Stamps.created(tx, input, contact, caller, errors);
		apply(tx, input, contact, errors);
		return contact;
	}

	private static void list(ObjectNode input, ObjectNode contact, String field, FieldErrors errors,
			BiFunction<ObjectNode, FieldErrors, ObjectNode> readItem) {
		if (!input.has(field)) {
			return;
		}
		JsonNode value = input.get(field);
		if (value.isArray() && value.size() > MAX_ITEMS) {
			errors.field(field,
					"List should have at most " + MAX_ITEMS + " items after validation, not " + value.size());
			return;
		}
		contact.putArray(field).addAll(NestedList.read(value, field, errors, readItem));
	}

	private static ObjectNode email(ObjectNode item, FieldErrors errors) {
		String email = item.path("email").asString("").trim();
		if (!EMAIL.matcher(email).matches()) {
			errors.field("email", "Invalid email address.");
			return null;
		}
		ObjectNode read = Json.object();
		read.put("email", email);
		read.put("type", type(item, "office"));
		return read;
	}

	private static ObjectNode phone(ObjectNode item, FieldErrors errors) {
		String raw = item.path("phone").asString("");
		PhoneNumbers.Normalized normalized = PhoneNumbers.normalize(raw, DEFAULT_PHONE_REGION).orElse(null);
		if (normalized == null) {
			errors.field("phone", "Invalid phone number.");
			return null;
		}
		ObjectNode read = Json.object();
		read.put("phone", normalized.e164());
		read.put("phone_formatted", normalized.formatted());
		read.put("type", type(item, "office"));
		read.put("country", normalized.country());
		return read;
	}

	private static ObjectNode url(ObjectNode item, FieldErrors errors) {
		String url = item.path("url").asString("").trim();
		if (url.isEmpty()) {
			errors.field("url", "This field is required.");
			return null;
		}
		ObjectNode read = Json.object();
		read.put("url", url);
		read.put("type", type(item, "url"));
		return read;
	}

	private static String type(JsonNode item, String defaultType) {
		String type = item.path("type").asString("").trim();
		return type.isEmpty() ? defaultType : type;
	}

}
