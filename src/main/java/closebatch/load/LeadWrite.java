package closebatch.load;

import java.util.List;

import closebatch.close.CloseClient;
import tools.jackson.databind.node.ObjectNode;

/**
 * One group being written: the lead's fields as an update and as a create writes them,
 * the update's hash, and the group's distinct contacts.
 *
 * @param group the rows of the record
 * @param fields the lead's fields as an update writes them
 * @param createFields the lead's fields as a create writes them, key field included
 * @param hash the hash of {@code fields}: what the ledger compares
 * @param contacts the group's contacts, one per match key
 * @param client the client that writes it
 */
record LeadWrite(LeadGroup group, ObjectNode fields, ObjectNode createFields, String hash,
		List<PlannedContact> contacts, CloseClient client) {

	RecordKey key() {
		return this.group.key();
	}

	/** The body that creates the lead with its contacts in one request. */
	ObjectNode createBody() {
		ObjectNode body = this.createFields.deepCopy();
		this.contacts.forEach((contact) -> body.withArray("contacts").add(contact.payload()));
		return body;
	}

}
