package closebatch.load;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import closebatch.mapping.ContactRecord;
import tools.jackson.databind.JsonNode;

/**
 * How a contact is recognised inside its lead: by email, then phone, then name, each
 * compared without case. The same order gives the key the ledger keeps a contact under.
 */
final class ContactMatch {

	private ContactMatch() {
	}

	/**
	 * The key the ledger keeps the contact under: its first email, else its first phone,
	 * else its name, else a hash of its fields.
	 */
	static String key(ContactRecord contact, String payloadHash) {
		if (!contact.emails().isEmpty()) {
			return "email:" + normalise(contact.emails().get(0).email());
		}
		if (!contact.phones().isEmpty()) {
			return "phone:" + contact.phones().get(0).phone();
		}
		if (contact.name() != null) {
			return "name:" + normalise(contact.name());
		}
		return "fields:" + payloadHash;
	}

	/**
	 * The contact of the lead that is the same person, if any: one with a shared email;
	 * else one with a shared phone; else one with the same name. A weaker match counts
	 * only where nothing contradicts it (two different emails, or two different names
	 * behind a shared office number, are two people).
	 */
	static Optional<JsonNode> find(List<JsonNode> leadContacts, ContactRecord contact) {
		List<String> emails = contact.emails().stream().map((email) -> normalise(email.email())).toList();
		List<String> phones = contact.phones().stream().map((phone) -> normalise(phone.phone())).toList();
		String name = (contact.name() != null) ? normalise(contact.name()) : "";
		Optional<JsonNode> byEmail = leadContacts.stream()
			.filter((candidate) -> overlaps(emails, values(candidate, "emails", "email")))
			.findFirst();
		if (byEmail.isPresent()) {
			return byEmail;
		}
		return leadContacts.stream()
			.filter((candidate) -> overlaps(phones, values(candidate, "phones", "phone")))
			.filter((candidate) -> emails.isEmpty() || values(candidate, "emails", "email").isEmpty())
			.filter((candidate) -> name.isEmpty() || candidate.path("name").asString("").isBlank()
					|| name.equals(normalise(candidate.path("name").asString(""))))
			.findFirst()
			.or(() -> name.isEmpty() ? Optional.empty()
					: leadContacts.stream()
						.filter((candidate) -> name.equals(normalise(candidate.path("name").asString(""))))
						.filter((candidate) -> emails.isEmpty() || values(candidate, "emails", "email").isEmpty())
						.filter((candidate) -> phones.isEmpty() || values(candidate, "phones", "phone").isEmpty())
						.findFirst());
	}

	private static List<String> values(JsonNode contact, String list, String field) {
		return contact.path(list).values().stream().map((item) -> normalise(item.path(field).asString(""))).toList();
	}

	private static boolean overlaps(List<String> wanted, List<String> present) {
		return wanted.stream().anyMatch(present::contains);
	}

	private static String normalise(String text) {
		return text.strip().toLowerCase(Locale.ROOT);
	}

}
