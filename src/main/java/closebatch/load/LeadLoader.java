package closebatch.load;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import closebatch.close.InDoubtException;
import closebatch.close.NotFoundException;
import closebatch.close.Query;
import closebatch.close.TimeSource;
import closebatch.close.ValidationException;
import closebatch.close.model.FieldError;
import closebatch.load.GroupResult.LeadChange;
import closebatch.mapping.ContactRecord;
import closebatch.mapping.Identity;
import closebatch.mapping.LeadRecord;
import closebatch.mapping.MatchRule;
import closebatch.mapping.MappingMode;
import closebatch.report.RowError;
import closebatch.report.RowOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes one lead with its contacts to Close exactly once, under the ledger.
 *
 * <p>
 * The records of a chunk that the ledger does not know are first looked up in Close in
 * bulk ({@link #lookUp}, by the mapping's match rules): one found there is updated with
 * only what the file would change, or left alone when nothing would; several found for
 * one record reject its rows. A record found nowhere is created with its contacts in one
 * request, marked {@code pending} before and {@code done} with its id after. A create
 * whose outcome is unknown (the client's {@link InDoubtException}), or a {@code pending}
 * entry an earlier process left, is resolved by searching the lead by its hidden key
 * field, never by posting blindly. A known record whose fields hash as last written costs
 * no request; a changed one is updated. Rows with the same key that come later in the
 * file (a later chunk of the same run) add their contacts and leave the lead's fields as
 * the first rows wrote them. Contacts are matched inside their lead (ledger first, then
 * email, phone, name) before one is added.
 *
 * <p>
 * A 400 rejects the rows it concerns with Close's errors; an authentication failure and
 * any other failure that outlasts the client's retries is thrown, and the run stops
 * (resumable: the ledger knows what was written). Thread-safe; never called twice at once
 * for the same key.
 */
public final class LeadLoader {

	private static final Logger log = LoggerFactory.getLogger(LeadLoader.class);

	/**
	 * How many times a create is sent while each try ends in doubt. Every try after the
	 * first follows a lookup that proved the previous one did not happen, so more tries
	 * cost no duplicate; the client retries an idempotent request up to 5 times, and a
	 * create deserves no smaller budget on a link that fails one request in ten.
	 */
	private static final int MAX_IN_DOUBT_ATTEMPTS = 8;

	private final CloseClient client;

	private final Ledger ledger;

	private final CloseSchema schema;

	private final LeadPayloads payloads;

	private final KeyLookup keyLookup;

	private final IdentityLookup identityLookup;

	private final Settings settings;

	/**
	 * The record keys of leads this loader created, with every contact they have in the
	 * ledger: later rows add contacts to them without reading the lead first. (After a
	 * restart the set is empty and those leads are read, as any other.)
	 */
	private final Set<RecordKey> createdHere = ConcurrentHashMap.newKeySet();

	/**
	 * What a loader needs to know about its run.
	 *
	 * @param target the target's identity in the ledger (never a key)
	 * @param job the job's name (release 0.1 wrote it into the hidden key field)
	 * @param identity the mapping's namespace and match rules
	 * @param mode create, upsert or update
	 * @param runStart when the run (not this execution of it) started: a ledger entry
	 * written since then was written by an earlier chunk of the same run
	 * @param indexLag how long after a create the search index may still miss the lead: a
	 * lookup that finds nothing waits until this long after the create before it is
	 * believed
	 * @param clock the wall clock the ledger's times come from
	 * @param time sleeps while waiting for the index
	 */
	public record Settings(String target, String job, Identity identity, MappingMode mode, Instant runStart,
			Duration indexLag, Clock clock, TimeSource time) {

		public Settings {
			Objects.requireNonNull(target, "target");
			Objects.requireNonNull(job, "job");
			Objects.requireNonNull(identity, "identity");
			Objects.requireNonNull(mode, "mode");
			Objects.requireNonNull(runStart, "runStart");
			Objects.requireNonNull(indexLag, "indexLag");
			Objects.requireNonNull(clock, "clock");
			Objects.requireNonNull(time, "time");
		}

	}

	public LeadLoader(CloseClient client, Ledger ledger, CloseSchema schema, Settings settings) {
		if (schema.keyFieldId() == null) {
			throw new IllegalArgumentException(
					"writing needs the hidden key field; resolve the schema outside a dry run");
		}
		this.client = client;
		this.ledger = ledger;
		this.schema = schema;
		this.payloads = new LeadPayloads(schema);
		this.keyLookup = new KeyLookup(schema.keyFieldId(), settings.indexLag(), settings.clock(), settings.time());
		this.identityLookup = new IdentityLookup(settings.identity(), schema, settings.job());
		this.settings = settings;
	}

	/**
	 * Looks up in Close, in bulk, the records of a chunk the ledger cannot place (no
	 * entry, or one without a lead that is not in doubt); the others get
	 * {@link LeadMatch#NONE}, as the ledger decides for them.
	 */
	public Map<RecordKey, LeadMatch> lookUp(List<LeadGroup> groups) {
		Map<LedgerKey, LedgerEntry> known = this.ledger
			.findAll(groups.stream().map((group) -> group.key().ledgerKey(this.settings.target())).toList());
		List<LeadGroup> unknown = groups.stream().filter((group) -> {
			LedgerEntry entry = known.get(group.key().ledgerKey(this.settings.target()));
			return entry == null || (entry.closeId() == null && !entry.isInDoubt());
		}).toList();
		Map<RecordKey, LeadMatch> matches = new HashMap<>();
		groups.forEach((group) -> matches.put(group.key(), LeadMatch.NONE));
		if (!unknown.isEmpty()) {
			matches.putAll(this.identityLookup.find(this.client, unknown));
		}
		return matches;
	}

	/**
	 * Looks one group up in Close, then writes it (see
	 * {@link #load(LeadGroup, LeadMatch)}).
	 */
	public GroupResult load(LeadGroup group) {
		return load(group, lookUp(List.of(group)).get(group.key()));
	}

	/**
	 * Writes the group's lead and contacts and says what became of each row.
	 * @param match what {@link #lookUp} found for the group in Close
	 */
	public GroupResult load(LeadGroup group, LeadMatch match) {
		LeadRecord lead = group.lead();
		ObjectNode fields;
		ObjectNode createFields;
		try {
			fields = this.payloads.updateFields(lead);
			createFields = this.payloads.createFields(lead, group.key().fieldValue());
		}
		catch (RowRejected ex) {
			return rejectAll(group, null, ex.error());
		}
		Write write = new Write(group, group.key().ledgerKey(this.settings.target()), group.key().fieldValue(), fields,
				createFields, LeadPayloads.hash(fields), PlannedContact.distinct(lead.contacts(), this.payloads),
				this.client.forRecord(group.key().value()));
		Optional<LedgerEntry> entry = this.ledger.find(write.key);
		if (entry.isPresent() && entry.get().closeId() != null && !entry.get().isInDoubt()) {
			return existing(write, entry.get());
		}
		if (entry.isPresent() && entry.get().isInDoubt()) {
			Optional<GroupResult> resolved = resolveInDoubt(write, entry.get());
			if (resolved.isPresent()) {
				return resolved.get();
			}
		}
		if (match instanceof LeadMatch.Ambiguous ambiguous) {
			return rejectAll(group, null,
					RowError.of(LoadError.IDENTITY_AMBIGUOUS, "",
							ambiguous.ids().size() + " Close leads match this record by " + describe(ambiguous.rule())
									+ ": " + String.join(", ", ambiguous.ids())));
		}
		if (match instanceof LeadMatch.Found found) {
			return foundInClose(write, found);
		}
		if (this.settings.mode() == MappingMode.UPDATE) {
			return rejectAll(group, null, RowError.of(LoadError.NO_SUCH_LEAD, "",
					"no lead in Close matches the key '" + group.key().value() + "'"));
		}
		return create(write);
	}

	/**
	 * Brings a lead the ledger did not know, found in Close, in line with the file: only
	 * the fields that would change are sent, and nothing when none would.
	 */
	private GroupResult foundInClose(Write write, LeadMatch.Found found) {
		String leadId = found.id();
		if (this.settings.mode() == MappingMode.CREATE) {
			return skipAll(write.group, leadId, RowError.of(LoadError.ALREADY_CREATED, "",
					"lead " + leadId + " in Close is this record (found by " + describe(found.rule()) + ")"));
		}
		ObjectNode changes = CloseDiff.changes(write.fields, found.lead());
		LeadChange change = LeadChange.UNCHANGED;
		if (!changes.isEmpty()) {
			this.ledger.markPending(write.key, write.hash);
			try {
				write.client.put("lead/" + leadId + "/", changes);
			}
			catch (NotFoundException ex) {
				return leadGone(write, leadId);
			}
			catch (ValidationException ex) {
				this.ledger.forgetLead(write.key);
				return rejectAll(write.group, leadId, apiError(ex));
			}
			change = LeadChange.UPDATED;
		}
		this.ledger.markDone(write.key, leadId, write.hash);
		return syncContacts(write, leadId, change, false, List.copyOf(found.lead().path("contacts").values()));
	}

	private static String describe(MatchRule rule) {
		if (rule instanceof MatchRule.CloseId id) {
			return "the Close id in column '" + id.column() + "'";
		}
		if (rule instanceof MatchRule.Custom custom) {
			return "the custom field '" + custom.field() + "'";
		}
		return (rule instanceof MatchRule.Name) ? "name" : "the hidden key field " + CloseSchema.KEY_FIELD;
	}

	/**
	 * Settles a write an earlier process left {@code pending}: an update by the lead's
	 * id, a create by looking the lead up; empty when the create never happened.
	 */
	private Optional<GroupResult> resolveInDoubt(Write write, LedgerEntry entry) {
		boolean wasCreate = entry.closeId() == null;
		Optional<String> found = wasCreate ? this.keyLookup.find(write.client, write.keyValue, entry.updatedAt())
				: Optional.of(entry.closeId());
		if (found.isEmpty()) {
			return Optional.empty();
		}
		log.info("Resolved the in-doubt write of record {}: lead {} exists", write.group.key().value(), found.get());
		LeadChange change = wasCreate ? LeadChange.CREATED : LeadChange.UPDATED;
		if (wasCreate && LeadPayloads.hash(createBody(write)).equals(entry.payloadHash())) {
			// Created from this very body, contacts included. (An update in doubt is
			// simply
			// sent again: a PUT is idempotent.)
			this.ledger.markDone(write.key, found.get(), write.hash);
			return Optional.of(syncContacts(write, found.get(), change, true, null));
		}
		return Optional.of(changed(write, found.get(), null, change));
	}

	private GroupResult existing(Write write, LedgerEntry entry) {
		try {
			return existingLead(write, entry);
		}
		catch (NotFoundException ex) {
			return leadGone(write, entry.closeId());
		}
	}

	private GroupResult existingLead(Write write, LedgerEntry entry) {
		if (!entry.updatedAt().isBefore(this.settings.runStart())) {
			// An earlier chunk of this run wrote the lead's fields: the first rows win.
			return syncContacts(write, entry.closeId(), LeadChange.NONE, false, null);
		}
		if (this.settings.mode() == MappingMode.CREATE) {
			return skipAll(write.group, entry.closeId(), RowError.of(LoadError.ALREADY_CREATED, "",
					"an earlier run created lead " + entry.closeId() + " for this key"));
		}
		if (entry.isUnchangedBy(write.hash)) {
			// Marks the lead as met by this run, so later rows with its key leave its
			// fields.
			this.ledger.markDone(write.key, entry.closeId(), write.hash);
			return syncContacts(write, entry.closeId(), LeadChange.UNCHANGED, false, null);
		}
		return changed(write, entry.closeId(), entry.payloadHash(), LeadChange.UPDATED);
	}

	/**
	 * Writes the lead's fields to an existing lead, then its contacts.
	 * @param previousHash the hash the ledger had, kept if Close refuses the update
	 */
	private GroupResult changed(Write write, String leadId, String previousHash, LeadChange change) {
		this.ledger.markPending(write.key, write.hash);
		try {
			write.client.put("lead/" + leadId + "/", write.fields);
		}
		catch (NotFoundException ex) {
			return leadGone(write, leadId);
		}
		catch (ValidationException ex) {
			this.ledger.markDone(write.key, leadId, previousHash);
			return rejectAll(write.group, leadId, apiError(ex));
		}
		this.ledger.markDone(write.key, leadId, write.hash);
		return syncContacts(write, leadId, change, false, null);
	}

	/**
	 * The lead of a record was deleted in Close: in update mode its rows are rejected,
	 * otherwise it is created again.
	 */
	private GroupResult leadGone(Write write, String leadId) {
		if (this.settings.mode() == MappingMode.UPDATE) {
			return rejectAll(write.group, null, RowError.of(LoadError.NO_SUCH_LEAD, "",
					"lead " + leadId + " of the key '" + write.group.key().value() + "' is gone from Close"));
		}
		log.warn("Lead {} of record {} is gone from Close; creating it again", leadId, write.group.key().value());
		this.ledger.forgetLead(write.key);
		return create(write);
	}

	/** The body that creates the lead with its contacts in one request. */
	private ObjectNode createBody(Write write) {
		ObjectNode body = write.createFields.deepCopy();
		write.contacts.forEach((contact) -> body.withArray("contacts").add(contact.payload()));
		return body;
	}

	private GroupResult create(Write write) {
		List<PlannedContact> contacts = write.contacts;
		ObjectNode body = createBody(write);
		for (int attempt = 1;; attempt++) {
			// Pending with the whole body's hash: a resolved doubt may trust the contacts
			// too.
			this.ledger.markPending(write.key, LeadPayloads.hash(body));
			Instant sent = this.settings.clock().instant();
			JsonNode created;
			try {
				created = write.client.post("lead/", body);
			}
			catch (InDoubtException ex) {
				Optional<String> found = this.keyLookup.find(write.client, write.keyValue, sent);
				if (found.isPresent()) {
					log.info("The create of record {} was in doubt; lead {} exists", write.group.key().value(),
							found.get());
					this.ledger.markDone(write.key, found.get(), write.hash);
					return syncContacts(write, found.get(), LeadChange.CREATED, true, null);
				}
				if (attempt >= MAX_IN_DOUBT_ATTEMPTS) {
					throw ex;
				}
				continue;
			}
			catch (ValidationException ex) {
				if (body.has("contacts") && onlyContactsRefused(ex)) {
					// Create the lead alone; each contact then meets its own verdict.
					body.remove("contacts");
					attempt = 0;
					continue;
				}
				this.ledger.markRejected(write.key, apiError(ex).describe());
				return rejectAll(write.group, null, apiError(ex));
			}
			String leadId = created.path("id").asString();
			this.ledger.markDone(write.key, leadId, write.hash);
			this.createdHere.add(write.group.key());
			if (!body.has("contacts")) {
				return syncContacts(write, leadId, LeadChange.CREATED, false, null);
			}
			List<JsonNode> createdContacts = List.copyOf(created.path("contacts").values());
			// Close answers with the contacts in the order they were sent.
			boolean inOrder = createdContacts.size() == contacts.size();
			Map<String, String> ids = new LinkedHashMap<>();
			List<ContactCompletion> completions = new ArrayList<>();
			for (int i = 0; i < contacts.size(); i++) {
				PlannedContact contact = contacts.get(i);
				Optional<JsonNode> match = inOrder ? Optional.of(createdContacts.get(i))
						: ContactMatch.find(createdContacts, contact.contact());
				match.ifPresent((found) -> {
					ids.put(contact.matchKey(), found.path("id").asString());
					completions.add(new ContactCompletion(new ContactKey(write.key, contact.matchKey()),
							found.path("id").asString(), contact.hash()));
				});
			}
			this.ledger.recordContacts(completions);
			if (completions.size() < contacts.size()) {
				// A contact the ledger does not hold: later rows read the lead first.
				this.createdHere.remove(write.group.key());
			}
			return outcomes(write, leadId, LeadChange.CREATED, ids, Set.of(), Map.of(), completions.size(), 0);
		}
	}

	/**
	 * Brings the lead's contacts in line with the group's: unchanged ones cost nothing,
	 * changed ones are updated, new ones are matched against the lead's contacts in Close
	 * and added when none is the same person.
	 * @param trustMatches whether a contact found in Close was written from this very
	 * payload (an in-doubt create that did happen), so it needs no update
	 * @param contactsInClose the lead's contacts as Close holds them, or {@code null} to
	 * read them when needed
	 */
	private GroupResult syncContacts(Write write, String leadId, LeadChange change, boolean trustMatches,
			List<JsonNode> contactsInClose) {
		Map<String, ContactEntry> known = new LinkedHashMap<>();
		this.ledger.findContacts(write.key).forEach((entry) -> known.put(entry.key().matchKey(), entry));
		Map<String, String> ids = new LinkedHashMap<>();
		Set<String> changedKeys = new HashSet<>();
		Map<String, RowError> refused = new LinkedHashMap<>();
		// A lead created here has no contacts but those in the ledger.
		List<JsonNode> inClose = this.createdHere.contains(write.group.key()) ? List.of() : contactsInClose;
		int created = 0;
		int updated = 0;
		for (PlannedContact planned : write.contacts) {
			ContactRecord contact = planned.contact();
			ObjectNode payload = planned.payload();
			String hash = planned.hash();
			String matchKey = planned.matchKey();
			ContactKey contactKey = new ContactKey(write.key, matchKey);
			ContactEntry entry = known.get(matchKey);
			if (entry != null && entry.isUnchangedBy(hash)) {
				ids.put(matchKey, entry.contactId());
				continue;
			}
			String contactId = (entry != null) ? entry.contactId() : null;
			boolean trusted = false;
			ObjectNode update = planned.update();
			if (contactId == null) {
				if (inClose == null) {
					inClose = contactsOf(write.client, leadId);
				}
				Optional<JsonNode> match = ContactMatch.find(inClose, contact);
				contactId = match.map((found) -> found.path("id").asString()).orElse(null);
				trusted = trustMatches && match.isPresent();
				if (match.isPresent() && !trusted) {
					update = CloseDiff.changes(update, match.get());
					if (update.isEmpty()) {
						// Close holds the contact as the file has it.
						this.ledger.recordContact(contactKey, contactId, hash);
						ids.put(matchKey, contactId);
						continue;
					}
				}
			}
			try {
				if (contactId == null) {
					contactId = addContact(write.client, leadId, contact, payload);
					created++;
					changedKeys.add(matchKey);
				}
				else if (!trusted) {
					try {
						write.client.put("contact/" + contactId + "/", update);
						updated++;
					}
					catch (NotFoundException ex) {
						log.warn("Contact {} of record {} is gone from Close; adding it again", contactId,
								write.group.key().value());
						contactId = addContact(write.client, leadId, contact, payload);
						created++;
					}
					changedKeys.add(matchKey);
				}
				else {
					// Created by the in-doubt create that did happen, with its lead.
					created++;
				}
				this.ledger.recordContact(contactKey, contactId, hash);
				ids.put(matchKey, contactId);
			}
			catch (ValidationException ex) {
				refused.put(matchKey, apiError(ex));
			}
		}
		return outcomes(write, leadId, change, ids, changedKeys, refused, created, updated);
	}

	private String addContact(CloseClient client, String leadId, ContactRecord contact, ObjectNode payload) {
		ObjectNode body = payload.deepCopy();
		body.put("lead_id", leadId);
		for (int attempt = 1;; attempt++) {
			try {
				return client.post("contact/", body).path("id").asString();
			}
			catch (InDoubtException ex) {
				Optional<JsonNode> found = ContactMatch.find(contactsOf(client, leadId), contact);
				if (found.isPresent()) {
					return found.get().path("id").asString();
				}
				if (attempt >= MAX_IN_DOUBT_ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	private static List<JsonNode> contactsOf(CloseClient client, String leadId) {
		return List.copyOf(
				client.get("lead/" + leadId + "/", Query.empty().fields("id", "contacts")).path("contacts").values());
	}

	/**
	 * Each row's outcome: created or updated with its lead, else updated when one of its
	 * own contacts was written, else unchanged; rejected when Close refused its contact.
	 */
	private GroupResult outcomes(Write write, String leadId, LeadChange change, Map<String, String> ids,
			Set<String> changedKeys, Map<String, RowError> refused, int created, int updated) {
		Map<ContactRecord, String> planned = new HashMap<>();
		write.contacts.forEach((contact) -> planned.put(contact.contact(), contact.matchKey()));
		List<RowOutcome> outcomes = new ArrayList<>();
		for (LeadRecord row : write.group.rows()) {
			List<String> rowIds = new ArrayList<>();
			RowError error = null;
			boolean contactWritten = false;
			for (ContactRecord contact : row.contacts()) {
				String matchKey = planned.computeIfAbsent(contact,
						(other) -> PlannedContact.of(other, this.payloads).matchKey());
				error = (error != null) ? error : refused.get(matchKey);
				contactWritten |= changedKeys.contains(matchKey);
				if (ids.containsKey(matchKey)) {
					rowIds.add(ids.get(matchKey));
				}
			}
			long number = row.rowNumber();
			if (error != null) {
				outcomes.add(RowOutcome.rejected(number, leadId, error));
			}
			else if (change == LeadChange.CREATED) {
				outcomes.add(RowOutcome.created(number, leadId, rowIds));
			}
			else if (change == LeadChange.UPDATED || contactWritten) {
				outcomes.add(RowOutcome.updated(number, leadId, rowIds));
			}
			else {
				outcomes.add(RowOutcome.unchanged(number, leadId, rowIds));
			}
		}
		return new GroupResult(outcomes, change, created, updated);
	}

	private static GroupResult rejectAll(LeadGroup group, String leadId, RowError error) {
		return new GroupResult(
				group.rows().stream().map((row) -> RowOutcome.rejected(row.rowNumber(), leadId, error)).toList(),
				LeadChange.NONE, 0, 0);
	}

	private static GroupResult skipAll(LeadGroup group, String leadId, RowError reason) {
		return new GroupResult(group.rows().stream().map((row) -> RowOutcome.skipped(row.rowNumber(), reason)).toList(),
				LeadChange.NONE, 0, 0);
	}

	private static boolean onlyContactsRefused(ValidationException ex) {
		var errors = ex.validationErrors();
		return errors.errors().isEmpty() && errors.fieldErrors().isEmpty() && errors.nested().containsKey("contacts");
	}

	private static RowError apiError(ValidationException ex) {
		List<FieldError> fieldErrors = ex.allFieldErrors();
		String field = fieldErrors.isEmpty() ? "" : fieldErrors.get(0).path();
		String reason = ex.validationErrors().isEmpty() ? ex.errorText() : ex.validationErrors().summary();
		return RowError.of(LoadError.REFUSED_BY_CLOSE, field, "Close refused it: " + reason);
	}

	/**
	 * One group being written: its key, the lead's fields as an update and as a create
	 * writes them, and the update's hash.
	 */
	private record Write(LeadGroup group, LedgerKey key, String keyValue, ObjectNode fields, ObjectNode createFields,
			String hash, List<PlannedContact> contacts, CloseClient client) {
	}

}
