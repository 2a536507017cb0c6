package closebatch.load;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import closebatch.checkpoint.ContactEntry;
import closebatch.close.CloseClient;
import closebatch.close.InDoubtException;
import closebatch.close.NotFoundException;
import closebatch.close.Query;
import closebatch.close.ValidationException;
import closebatch.mapping.ContactRecord;
import closebatch.report.RowError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Brings a lead's contacts in Close in line with its group's: each is matched inside its
 * lead, ledger first, then email, phone, name ({@link ContactMatch}), and updated when it
 * changed or added when no contact is the same person.
 */
final class ContactSync {

	private static final Logger log = LoggerFactory.getLogger(ContactSync.class);

	private final LeadLedger ledger;

	ContactSync(LeadLedger ledger) {
		this.ledger = ledger;
	}

	/**
	 * Writes the contacts of a lead that exists: unchanged ones cost nothing, changed
	 * ones are updated, new ones are matched against the lead's contacts in Close and
	 * added when none is the same person.
	 * @param trustMatches whether a contact found in Close was written from this very
	 * payload (an in-doubt create that did happen), so it needs no update
	 * @param contactsInClose the lead's contacts as Close holds them, or {@code null} to
	 * read them when needed
	 */
	SyncedContacts sync(LeadWrite write, String leadId, boolean trustMatches, List<JsonNode> contactsInClose) {
		Map<String, ContactEntry> known = this.ledger.contacts(write.key());
		Map<String, String> ids = new LinkedHashMap<>();
		Set<String> changedKeys = new HashSet<>();
		Map<String, RowError> refused = new LinkedHashMap<>();
		// A lead created here has no contacts but those in the ledger.
		List<JsonNode> inClose = this.ledger.createdHere(write.key()) ? List.of() : contactsInClose;
		int created = 0;
		int updated = 0;
		for (PlannedContact planned : write.contacts()) {
			ContactRecord contact = planned.contact();
			String matchKey = planned.matchKey();
			ContactEntry entry = known.get(matchKey);
			if (entry != null && entry.isUnchangedBy(planned.hash())) {
				ids.put(matchKey, entry.contactId());
				continue;
			}
			String contactId = (entry != null) ? entry.contactId() : null;
			boolean trusted = false;
			ObjectNode update = planned.update();
			if (contactId == null) {
				if (inClose == null) {
					inClose = contactsOf(write.client(), leadId);
				}
				Optional<JsonNode> match = ContactMatch.find(inClose, contact);
				contactId = match.map((found) -> found.path("id").asString()).orElse(null);
				trusted = trustMatches && match.isPresent();
				if (match.isPresent() && !trusted) {
					update = CloseDiff.changes(update, match.get());
					if (update.isEmpty()) {
						// Close holds the contact as the file has it.
						this.ledger.recordContact(write.key(), matchKey, contactId, planned.hash());
						ids.put(matchKey, contactId);
						continue;
					}
				}
			}
			try {
				if (contactId == null) {
					contactId = add(write.client(), leadId, planned);
					created++;
					changedKeys.add(matchKey);
				}
				else if (!trusted) {
					try {
						write.client().put("contact/" + contactId + "/", update);
						updated++;
					}
					catch (NotFoundException ex) {
						log.warn("Contact {} of record {} is gone from Close; adding it again", contactId,
								write.key().value());
						contactId = add(write.client(), leadId, planned);
						created++;
					}
					changedKeys.add(matchKey);
				}
				else {
					// Created by the in-doubt create that did happen, with its lead.
					created++;
				}
				this.ledger.recordContact(write.key(), matchKey, contactId, planned.hash());
				ids.put(matchKey, contactId);
			}
			catch (ValidationException ex) {
				refused.put(matchKey, RowOutcomes.refusedByClose(ex));
			}
		}
		return new SyncedContacts(ids, changedKeys, refused, created, updated);
	}

	/**
	 * Records the contacts a lead was created with, from the create's answer.
	 * @param created the created lead as Close answered, its contacts included
	 */
	SyncedContacts createdWith(LeadWrite write, JsonNode created) {
		List<PlannedContact> contacts = write.contacts();
		List<JsonNode> createdContacts = List.copyOf(created.path("contacts").values());
		// Close answers with the contacts in the order they were sent.
		boolean inOrder = createdContacts.size() == contacts.size();
		Map<String, String> ids = new LinkedHashMap<>();
		for (int i = 0; i < contacts.size(); i++) {
			PlannedContact contact = contacts.get(i);
			Optional<JsonNode> match = inOrder ? Optional.of(createdContacts.get(i))
					: ContactMatch.find(createdContacts, contact.contact());
			match.ifPresent((found) -> ids.put(contact.matchKey(), found.path("id").asString()));
		}
		this.ledger.recordCreatedContacts(write.key(), contacts, ids);
		return new SyncedContacts(ids, Set.of(), Map.of(), ids.size(), 0);
	}

	private String add(CloseClient client, String leadId, PlannedContact contact) {
		ObjectNode body = contact.payload().deepCopy();
		body.put("lead_id", leadId);
		for (int attempt = 1;; attempt++) {
			try {
				return client.post("contact/", body).path("id").asString();
			}
			catch (InDoubtException ex) {
				Optional<JsonNode> found = ContactMatch.find(contactsOf(client, leadId), contact.contact());
				if (found.isPresent()) {
					return found.get().path("id").asString();
				}
				if (attempt >= LeadLedger.MAX_IN_DOUBT_ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	private static List<JsonNode> contactsOf(CloseClient client, String leadId) {
		return List.copyOf(
				client.get("lead/" + leadId + "/", Query.empty().fields("id", "contacts")).path("contacts").values());
	}

}
