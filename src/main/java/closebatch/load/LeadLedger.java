package closebatch.load;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import closebatch.checkpoint.ContactCompletion;
import closebatch.checkpoint.ContactEntry;
import closebatch.checkpoint.ContactKey;
import closebatch.checkpoint.Ledger;
import closebatch.checkpoint.LedgerEntry;
import closebatch.checkpoint.LedgerKey;
import closebatch.close.CloseClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ledger protocol of DESIGN §3 for the leads of one target: a write is marked
 * {@code pending} before it is sent and {@code done} with the lead's id after; a write
 * left {@code pending} is in doubt and resolved by looking the lead up by its hidden key
 * field, never by sending it again blindly. The one place a {@link RecordKey} becomes a
 * {@link LedgerKey}.
 */
final class LeadLedger {

	private static final Logger log = LoggerFactory.getLogger(LeadLedger.class);

	/**
	 * How many times a create is sent while each try ends in doubt. Every try after the
	 * first follows a lookup that proved the previous one did not happen, so more tries
	 * cost no duplicate; the client retries an idempotent request up to 5 times, and a
	 * create deserves no smaller budget on a link that fails one request in ten.
	 */
	static final int MAX_IN_DOUBT_ATTEMPTS = 8;

	private final Ledger ledger;

	private final String target;

	private final String run;

	private final Instant runStart;

	private final KeyLookup keyLookup;

	/**
	 * The record keys of leads created here, with every contact they have in the ledger:
	 * later rows add contacts to them without reading the lead first. (After a restart
	 * the set is empty and those leads are read, as any other.)
	 */
	private final Set<RecordKey> createdHere = ConcurrentHashMap.newKeySet();

	/**
	 * @param target the target's identity in the ledger
	 * @param run the run, as {@code <job>:<run number>}
	 * @param runStart when the run (not this execution of it) started
	 */
	LeadLedger(Ledger ledger, String target, String run, Instant runStart, KeyLookup keyLookup) {
		this.ledger = ledger;
		this.target = target;
		this.run = run;
		this.runStart = runStart;
		this.keyLookup = keyLookup;
	}

	/**
	 * The groups the ledger cannot place: no entry, or one without a lead that is not in
	 * doubt.
	 */
	List<LeadGroup> unplaced(List<LeadGroup> groups) {
		Map<LedgerKey, LedgerEntry> known = this.ledger
			.findAll(groups.stream().map((group) -> ledgerKey(group.key())).toList());
		return groups.stream().filter((group) -> {
			LedgerEntry entry = known.get(ledgerKey(group.key()));
			return entry == null || (entry.closeId() == null && !entry.isInDoubt());
		}).toList();
	}

	Optional<LedgerEntry> find(RecordKey key) {
		return this.ledger.find(ledgerKey(key));
	}

	/** Whether an earlier chunk of this run wrote the entry. */
	boolean writtenThisRun(LedgerEntry entry) {
		return !entry.updatedAt().isBefore(this.runStart);
	}

	void markPending(RecordKey key, String payloadHash) {
		this.ledger.markPending(ledgerKey(key), payloadHash);
	}

	void markDone(RecordKey key, String leadId, String payloadHash) {
		this.ledger.markDone(ledgerKey(key), leadId, payloadHash);
	}

	/** Marks a lead created here, with its contacts still to be recorded. */
	void markCreated(RecordKey key, String leadId, String payloadHash) {
		markDone(key, leadId, payloadHash);
		this.ledger.recordCreatedLead(this.target, leadId, this.run);
		this.createdHere.add(key);
	}

	void markRejected(RecordKey key, String reason) {
		this.ledger.markRejected(ledgerKey(key), reason);
	}

	void forgetLead(RecordKey key) {
		this.ledger.forgetLead(ledgerKey(key));
	}

	/**
	 * Settles a write an earlier process left {@code pending}: an update by the lead's
	 * id, a create by looking the lead up; empty when the create never happened.
	 */
	Optional<String> resolveInDoubt(CloseClient client, RecordKey key, LedgerEntry entry) {
		Optional<String> found = (entry.closeId() == null) ? this.keyLookup.find(client, key, entry.updatedAt())
				: Optional.of(entry.closeId());
		found.ifPresent(
				(leadId) -> log.info("Resolved the in-doubt write of record {}: lead {} exists", key.value(), leadId));
		return found;
	}

	/**
	 * The lead a create in doubt made, looked up by its key; empty when it did not
	 * happen.
	 * @param sent when the create was sent
	 */
	Optional<String> findCreated(CloseClient client, RecordKey key, Instant sent) {
		Optional<String> found = this.keyLookup.find(client, key, sent);
		found.ifPresent(
				(leadId) -> log.info("The create of record {} was in doubt; lead {} exists", key.value(), leadId));
		return found;
	}

	/**
	 * Whether the lead was created here with every contact it has in the ledger, so that
	 * it has no contacts in Close but those.
	 */
	boolean createdHere(RecordKey key) {
		return this.createdHere.contains(key);
	}

	/** The lead's contacts in the ledger, by match key. */
	Map<String, ContactEntry> contacts(RecordKey key) {
		Map<String, ContactEntry> known = new LinkedHashMap<>();
		this.ledger.findContacts(ledgerKey(key)).forEach((entry) -> known.put(entry.key().matchKey(), entry));
		return known;
	}

	void recordContact(RecordKey key, String matchKey, String contactId, String payloadHash) {
		this.ledger.recordContact(new ContactKey(ledgerKey(key), matchKey), contactId, payloadHash);
	}

	/**
	 * Records the contacts a create wrote with its lead.
	 * @param ids the ids Close gave them, by match key
	 */
	void recordCreatedContacts(RecordKey key, List<PlannedContact> contacts, Map<String, String> ids) {
		List<ContactCompletion> completions = new ArrayList<>();
		for (PlannedContact contact : contacts) {
			if (ids.containsKey(contact.matchKey())) {
				completions.add(new ContactCompletion(new ContactKey(ledgerKey(key), contact.matchKey()),
						ids.get(contact.matchKey()), contact.hash()));
			}
		}
		this.ledger.recordContacts(completions);
		if (completions.size() < contacts.size()) {
			// A contact the ledger does not hold: later rows read the lead first.
			this.createdHere.remove(key);
		}
	}

	private LedgerKey ledgerKey(RecordKey key) {
		return key.ledgerKey(this.target);
	}

}
