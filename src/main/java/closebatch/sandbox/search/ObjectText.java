package closebatch.sandbox.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import closebatch.sandbox.store.Kind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The text a {@code text} query searches in an object ("most text-like fields").
 *
 * <p>
 * A lead's text is its name, description, URL, status, addresses and custom values, and
 * the text of each of its contacts, so that a lead is found by its contacts' emails and
 * phones as in Close. A contact's text is its name, title, emails, phones, URLs and
 * custom values. A phone is also searchable as its national number without the country
 * code ({@code 8004445555} finds {@code +18004445555}). Other objects offer every text
 * and number they hold.
 */
final class ObjectText {

	private ObjectText() {
	}

	static List<String> of(Candidate candidate, EvaluationContext context) {
		List<String> texts = new ArrayList<>();
		ObjectNode doc = candidate.doc();
		switch (candidate.kind()) {
			case LEAD -> {
				addFields(texts, doc, "name", "description", "url");
				ObjectNode status = context.store().get(Kind.LEAD_STATUS, doc.path("status_id").asString(null));
				if (status != null) {
					texts.add(status.path("label").asString(""));
				}
				doc.path("addresses").forEach(address -> addAll(texts, address));
				addCustomValues(texts, doc);
				context.store().children(Kind.CONTACT, candidate.id()).forEach(contact -> addContact(texts, contact));
			}
			case CONTACT -> addContact(texts, doc);
			case CONTACT_PHONE -> addPhone(texts, doc);
			default -> addAll(texts, doc);
		}
		return texts;
	}

	private static void addContact(List<String> texts, ObjectNode contact) {
		addFields(texts, contact, "name", "title");
		contact.path("emails").forEach(email -> texts.add(email.path("email").asString("")));
		contact.path("phones").forEach(phone -> addPhone(texts, phone));
		contact.path("urls").forEach(url -> texts.add(url.path("url").asString("")));
		addCustomValues(texts, contact);
	}

	private static void addPhone(List<String> texts, JsonNode phone) {
		String e164 = phone.path("phone").asString("");
		String formatted = phone.path("phone_formatted").asString("");
		texts.add(e164);
		texts.add(formatted);
		int space = formatted.indexOf(' ');
		if (formatted.startsWith("+") && space > 0) {
			texts.add(formatted.substring(space + 1).replaceAll("\\D", ""));
		}
	}

	private static void addFields(List<String> texts, ObjectNode doc, String... fields) {
		for (String field : fields) {
			JsonNode value = doc.path(field);
			if (value.isString()) {
				texts.add(value.asString());
			}
		}
	}

	private static void addCustomValues(List<String> texts, ObjectNode doc) {
		for (Map.Entry<String, JsonNode> entry : doc.properties()) {
			if (entry.getKey().startsWith("custom.")) {
				addAll(texts, entry.getValue());
			}
		}
	}

	/** Every text and number within a value, at any depth. */
	static void addAll(List<String> texts, JsonNode value) {
		if (value.isString() || value.isNumber()) {
			texts.add(value.asString());
		}
		else if (value.isContainer()) {
			value.values().forEach(item -> addAll(texts, item));
		}
	}

}
