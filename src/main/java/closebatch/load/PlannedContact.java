package closebatch.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import closebatch.mapping.ContactRecord;
import tools.jackson.databind.node.ObjectNode;

/**
 * A contact of a group as it will be written: its bodies for a create and for an update,
 * the update body's hash and the key the ledger keeps it under, each computed once.
 *
 * @param contact the mapped contact
 * @param payload its body when it is added to a lead
 * @param update its body when it updates a contact that exists
 * @param hash the update body's hash: what the ledger compares
 * @param matchKey how it is recognised inside its lead (see {@link ContactMatch#key})
 */
record PlannedContact(ContactRecord contact, ObjectNode payload, ObjectNode update, String hash, String matchKey) {

	static PlannedContact of(ContactRecord contact, LeadPayloads payloads) {
		ObjectNode update = payloads.updateContact(contact);
		String hash = LeadPayloads.hash(update);
		return new PlannedContact(contact, payloads.createContact(contact), update, hash,
				ContactMatch.key(contact, hash));
	}

	/** The contacts, one per match key (the first of several with the same key). */
	static List<PlannedContact> distinct(List<ContactRecord> contacts, LeadPayloads payloads) {
		Map<String, PlannedContact> byKey = new LinkedHashMap<>();
		for (ContactRecord contact : contacts) {
			PlannedContact planned = of(contact, payloads);
			byKey.putIfAbsent(planned.matchKey(), planned);
		}
		return List.copyOf(byKey.values());
	}

}
