package closebatch.load;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import closebatch.checkpoint.Ledger;
import closebatch.checkpoint.LedgerEntry;
import closebatch.close.CloseClient;
import closebatch.close.InDoubtException;
import closebatch.close.NotFoundException;
import closebatch.close.TimeSource;
import closebatch.close.ValidationException;
import closebatch.load.GroupResult.LeadChange;
import closebatch.mapping.Identity;
import closebatch.mapping.LeadRecord;
import closebatch.mapping.MappingMode;
import closebatch.report.RowError;
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
 * the first rows wrote them. The ledger protocol is {@link LeadLedger}'s, the contacts
 * {@link ContactSync}'s and each row's outcome {@link RowOutcomes}'; this class decides
 * which write a record needs.
 *
 * <p>
 * A 400 rejects the rows it concerns with Close's errors; an authentication failure and
 * any other failure that outlasts the client's retries is thrown, and the run stops
 * (resumable: the ledger knows what was written). Thread-safe; never called twice at once
 * for the same key.
 */
public final class LeadLoader {

	private static final Logger log = LoggerFactory.getLogger(LeadLoader.class);

	private final CloseClient client;

	private final LeadLedger ledger;

	private final LeadPayloads payloads;

	private final IdentityLookup identityLookup;

	private final ContactSync contacts;

	private final RowOutcomes outcomes;

	private final Settings settings;

	/**
	 * What a loader needs to know about its run.
	 *
	 * @param target the target's identity in the ledger (never a key)
	 * @param job the job's name (release 0.1 wrote it into the hidden key field)
	 * @param run the run, as {@code <job>:<run number>}: the leads it creates are its own
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
	public record Settings(String target, String job, String run, Identity identity, MappingMode mode, Instant runStart,
			Duration indexLag, Clock clock, TimeSource time) {

		public Settings {
			Objects.requireNonNull(target, "target");
			Objects.requireNonNull(job, "job");
			Objects.requireNonNull(run, "run");
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
		this.ledger = new LeadLedger(ledger, settings.target(), settings.run(), settings.runStart(),
				new KeyLookup(schema.keyFieldId(), settings.indexLag(), settings.clock(), settings.time()));
		this.payloads = new LeadPayloads(schema);
		this.identityLookup = new IdentityLookup(settings.identity(), schema, settings.job());
		this.contacts = new ContactSync(this.ledger);
		this.outcomes = new RowOutcomes(this.payloads);
		this.settings = settings;
	}

	/**
	 * Looks up in Close, in bulk, the records of a chunk the ledger cannot place (no
	 * entry, or one without a lead that is not in doubt); the others get
	 * {@link LeadMatch#NONE}, as the ledger decides for them.
	 */
	public Map<RecordKey, LeadMatch> lookUp(List<LeadGroup> groups) {
		List<LeadGroup> unknown = this.ledger.unplaced(groups);
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
			return RowOutcomes.rejectAll(group, null, ex.error());
		}
		LeadWrite write = new LeadWrite(group, fields, createFields, LeadPayloads.hash(fields),
				PlannedContact.distinct(lead.contacts(), this.payloads), this.client);
		Optional<LedgerEntry> entry = this.ledger.find(write.key());
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
			return RowOutcomes.rejectAll(group, null,
					RowError.of(LoadError.IDENTITY_AMBIGUOUS, "",
							ambiguous.ids().size() + " Close leads match this record by "
									+ RowOutcomes.describe(ambiguous.rule()) + ": "
									+ String.join(", ", ambiguous.ids())));
		}
		if (match instanceof LeadMatch.Found found) {
			return foundInClose(write, found);
		}
		if (this.settings.mode() == MappingMode.UPDATE) {
			return RowOutcomes.rejectAll(group, null, RowError.of(LoadError.NO_SUCH_LEAD, "",
					"no lead in Close matches the key '" + group.key().value() + "'"));
		}
		return create(write);
	}

	/**
	 * Brings a lead the ledger did not know, found in Close, in line with the file: only
	 * the fields that would change are sent, and nothing when none would.
	 */
	private GroupResult foundInClose(LeadWrite write, LeadMatch.Found found) {
		String leadId = found.id();
		if (this.settings.mode() == MappingMode.CREATE) {
			return RowOutcomes.skipAll(write.group(), leadId, RowError.of(LoadError.ALREADY_CREATED, "", "lead "
					+ leadId + " in Close is this record (found by " + RowOutcomes.describe(found.rule()) + ")"));
		}
		ObjectNode changes = CloseDiff.changes(write.fields(), found.lead());
		LeadChange change = LeadChange.UNCHANGED;
		if (!changes.isEmpty()) {
			this.ledger.markPending(write.key(), write.hash());
			try {
				write.client().put("lead/" + leadId + "/", changes);
			}
			catch (NotFoundException ex) {
				return leadGone(write, leadId);
			}
			catch (ValidationException ex) {
				this.ledger.forgetLead(write.key());
				return RowOutcomes.rejectAll(write.group(), leadId, RowOutcomes.refusedByClose(ex));
			}
			change = LeadChange.UPDATED;
		}
		this.ledger.markDone(write.key(), leadId, write.hash());
		return withContacts(write, leadId, change, false, List.copyOf(found.lead().path("contacts").values()));
	}

	/**
	 * Settles a write an earlier process left {@code pending}; empty when it was a create
	 * that never happened.
	 */
	private Optional<GroupResult> resolveInDoubt(LeadWrite write, LedgerEntry entry) {
		Optional<String> found = this.ledger.resolveInDoubt(write.client(), write.key(), entry);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		boolean wasCreate = entry.closeId() == null;
		LeadChange change = wasCreate ? LeadChange.CREATED : LeadChange.UPDATED;
		if (wasCreate && LeadPayloads.hash(write.createBody()).equals(entry.payloadHash())) {
			// Created from this very body, contacts included. (An update in doubt is
			// simply sent again: a PUT is idempotent.)
			this.ledger.markDone(write.key(), found.get(), write.hash());
			return Optional.of(withContacts(write, found.get(), change, true, null));
		}
		return Optional.of(changed(write, found.get(), null, change));
	}

	private GroupResult existing(LeadWrite write, LedgerEntry entry) {
		try {
			return existingLead(write, entry);
		}
		catch (NotFoundException ex) {
			return leadGone(write, entry.closeId());
		}
	}

	private GroupResult existingLead(LeadWrite write, LedgerEntry entry) {
		if (this.ledger.writtenThisRun(entry) || write.fields().isEmpty()) {
			// An earlier chunk of this run wrote the lead's fields (the first rows win),
			// or
			// the mapping fills none (it adds contacts to leads another mapping loads).
			return withContacts(write, entry.closeId(), LeadChange.NONE, false, null);
		}
		if (this.settings.mode() == MappingMode.CREATE) {
			return RowOutcomes.skipAll(write.group(), entry.closeId(), RowError.of(LoadError.ALREADY_CREATED, "",
					"an earlier run created lead " + entry.closeId() + " for this key"));
		}
		if (entry.isUnchangedBy(write.hash())) {
			// Marks the lead as met by this run, so later rows with its key leave its
			// fields.
			this.ledger.markDone(write.key(), entry.closeId(), write.hash());
			return withContacts(write, entry.closeId(), LeadChange.UNCHANGED, false, null);
		}
		return changed(write, entry.closeId(), entry.payloadHash(), LeadChange.UPDATED);
	}

	/**
	 * Writes the lead's fields to an existing lead, then its contacts.
	 * @param previousHash the hash the ledger had, kept if Close refuses the update
	 */
	private GroupResult changed(LeadWrite write, String leadId, String previousHash, LeadChange change) {
		this.ledger.markPending(write.key(), write.hash());
		try {
			write.client().put("lead/" + leadId + "/", write.fields());
		}
		catch (NotFoundException ex) {
			return leadGone(write, leadId);
		}
		catch (ValidationException ex) {
			this.ledger.markDone(write.key(), leadId, previousHash);
			return RowOutcomes.rejectAll(write.group(), leadId, RowOutcomes.refusedByClose(ex));
		}
		this.ledger.markDone(write.key(), leadId, write.hash());
		return withContacts(write, leadId, change, false, null);
	}

	/**
	 * The lead of a record was deleted in Close: in update mode its rows are rejected,
	 * otherwise it is created again.
	 */
	private GroupResult leadGone(LeadWrite write, String leadId) {
		if (this.settings.mode() == MappingMode.UPDATE) {
			return RowOutcomes.rejectAll(write.group(), null, RowError.of(LoadError.NO_SUCH_LEAD, "",
					"lead " + leadId + " of the key '" + write.key().value() + "' is gone from Close"));
		}
		log.warn("Lead {} of record {} is gone from Close; creating it again", leadId, write.key().value());
		this.ledger.forgetLead(write.key());
		return create(write);
	}

	private GroupResult create(LeadWrite write) {
		ObjectNode body = write.createBody();
		for (int attempt = 1;; attempt++) {
			// Pending with the whole body's hash: a resolved doubt may trust the contacts
			// too.
			this.ledger.markPending(write.key(), LeadPayloads.hash(body));
			Instant sent = this.settings.clock().instant();
			JsonNode created;
			try {
				created = write.client().post("lead/", body);
			}
			catch (InDoubtException ex) {
				Optional<String> found = this.ledger.findCreated(write.client(), write.key(), sent);
				if (found.isPresent()) {
					this.ledger.markDone(write.key(), found.get(), write.hash());
					return withContacts(write, found.get(), LeadChange.CREATED, true, null);
				}
				if (attempt >= LeadLedger.MAX_IN_DOUBT_ATTEMPTS) {
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
				this.ledger.markRejected(write.key(), RowOutcomes.refusedByClose(ex).describe());
				return RowOutcomes.rejectAll(write.group(), null, RowOutcomes.refusedByClose(ex));
			}
			String leadId = created.path("id").asString();
			this.ledger.markCreated(write.key(), leadId, write.hash());
			if (!body.has("contacts")) {
				return withContacts(write, leadId, LeadChange.CREATED, false, null);
			}
			return this.outcomes.of(write, leadId, LeadChange.CREATED, this.contacts.createdWith(write, created));
		}
	}

	/**
	 * Writes the lead's contacts (see {@link ContactSync#sync}), then each row's outcome.
	 */
	private GroupResult withContacts(LeadWrite write, String leadId, LeadChange change, boolean trustMatches,
			List<JsonNode> contactsInClose) {
		return this.outcomes.of(write, leadId, change,
				this.contacts.sync(write, leadId, trustMatches, contactsInClose));
	}

	private static boolean onlyContactsRefused(ValidationException ex) {
		var errors = ex.validationErrors();
		return errors.errors().isEmpty() && errors.fieldErrors().isEmpty() && errors.nested().containsKey("contacts");
	}

}
