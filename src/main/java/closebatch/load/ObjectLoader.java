package closebatch.load;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import closebatch.checkpoint.Ledger;
import closebatch.checkpoint.LedgerEntry;
import closebatch.checkpoint.LedgerKey;
import closebatch.close.CloseClient;
import closebatch.close.InDoubtException;
import closebatch.close.NotFoundException;
import closebatch.close.ValidationException;
import closebatch.load.GroupResult.LeadChange;
import closebatch.mapping.LeadLink;
import closebatch.mapping.MappingMode;
import closebatch.mapping.ObjectRecord;
import closebatch.mapping.ObjectType;
import closebatch.report.PlanWriter;
import closebatch.report.RowAction;
import closebatch.report.RowError;
import closebatch.report.RowOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the objects of leads (opportunities, tasks, notes, calls, custom activities) to
 * Close exactly once, under the ledger, as {@link LeadLoader} does leads.
 *
 * <p>
 * A chunk first finds the lead of each object ({@link LeadsOfObjects}); a row whose lead
 * cannot be found is rejected, never attached elsewhere. A record the ledger knows costs
 * no request when unchanged and one update when changed. A record it does not know is
 * looked for among its lead's objects in Close ({@link ObjectsInClose}) before it is
 * created, unless the lead is one this run created, which can hold no object but those
 * the run wrote (a lead of an earlier run may hold objects another mapping loaded). A
 * create is marked {@code pending} before it is sent and {@code done} with its id after;
 * one whose answer was lost is resolved by reading the lead's objects again, never by
 * sending it blindly.
 */
final class ObjectLoader implements ChunkLoader {

	private static final Logger log = LoggerFactory.getLogger(ObjectLoader.class);

	private final CloseClient client;

	private final Ledger ledger;

	private final ObjectSchema schema;

	private final ObjectPayloads payloads;

	private final LeadsOfObjects leads;

	private final Settings settings;

	/**
	 * What a loader needs to know about its step.
	 *
	 * @param target the target's identity in the ledger
	 * @param run the run, as {@code <job>:<run number>}: the objects of leads it created
	 * are all in its ledger
	 * @param namespace the namespace of the objects' keys
	 * @param type what the objects are
	 * @param mode create, upsert or update
	 * @param createStatuses whether to create the opportunity statuses the organization
	 * lacks
	 * @param planning whether this is a plan, whose records each get a line of
	 * {@code plan.csv}
	 * @param clock the wall clock
	 */
	record Settings(String target, String run, String namespace, ObjectType type, MappingMode mode,
			boolean createStatuses, boolean planning, Clock clock) {

		Settings {
			Objects.requireNonNull(target, "target");
			Objects.requireNonNull(run, "run");
			Objects.requireNonNull(namespace, "namespace");
			Objects.requireNonNull(type, "type");
			Objects.requireNonNull(mode, "mode");
			Objects.requireNonNull(clock, "clock");
		}

	}

	ObjectLoader(CloseClient client, Ledger ledger, ObjectSchema schema, Settings settings) {
		this.client = client;
		this.ledger = ledger;
		this.schema = schema;
		this.payloads = new ObjectPayloads(schema, settings.type(),
				settings.createStatuses() ? (label) -> createStatus(client, label) : null);
		this.leads = new LeadsOfObjects(ledger, settings.target(), schema.fields());
		this.settings = settings;
	}

	@Override
	public List<Callable<Loaded>> prepare(List<Keyed> records) {
		List<ObjectGroup> groups = records.stream()
			.map((record) -> ObjectGroup.of(record.key(),
					record.rows().stream().map(ObjectRecord.class::cast).toList()))
			.toList();
		if (groups.isEmpty()) {
			return List.of();
		}
		LeadsOfObjects.Found found = this.leads.find(this.client,
				groups.stream().map((group) -> group.object().lead()).distinct().toList());
		Set<String> createdHere = this.leads.createdInRun(new LinkedHashSet<>(found.leadIds().values()),
				this.settings.run());
		Map<LedgerKey, LedgerEntry> entries = this.ledger
			.findAll(groups.stream().map((group) -> ledgerKey(group)).toList());
		ObjectsInClose inClose = new ObjectsInClose(this.client, this.ledger, this.settings.target(),
				this.settings.namespace(), this.settings.type(), this.schema.customActivityTypeId());
		List<Callable<Loaded>> loads = new ArrayList<>();
		for (ObjectGroup group : groups) {
			LeadLink link = group.object().lead();
			String leadId = found.leadIds().get(link);
			LedgerEntry entry = entries.get(ledgerKey(group));
			loads.add(() -> {
				Write write = (leadId == null) ? null : new Write(group, leadId, createdHere.contains(leadId), inClose);
				Result result = (write == null) ? Result.rejected(found.errors().get(link)) : load(write, entry);
				return new Loaded(result.of(group, leadId),
						this.settings.planning() ? result.planLine(group, leadId) : null);
			});
		}
		return loads;
	}

	private LedgerKey ledgerKey(ObjectGroup group) {
		return group.key().ledgerKey(this.settings.target());
	}

	/** One record on its way: its group, its lead, and what the chunk read of Close. */
	private record Write(ObjectGroup group, String leadId, boolean leadCreatedHere, ObjectsInClose inClose) {
	}

	private Result load(Write write, LedgerEntry entry) {
		ObjectRecord object = write.group().object();
		String contactId = null;
		if (object.contact() != null) {
			Optional<String> contact = write.inClose().contactId(write.leadId(), object.contact());
			if (contact.isEmpty()) {
				return Result.rejected(RowError.of(LoadError.LINK_NOT_FOUND, "contact",
						"lead " + write.leadId() + " has no contact with the " + object.contact().describe()));
			}
			contactId = contact.get();
		}
		ObjectNode update;
		ObjectNode create;
		try {
			ObjectPayloads.ContactIds contacts = (link) -> write.inClose().contactId(write.leadId(), link);
			update = this.payloads.update(object, write.leadId(), contactId, contacts);
			create = this.payloads.create(object, write.leadId(), contactId, contacts);
		}
		catch (RowRejected ex) {
			return Result.rejected(ex.error());
		}
		String hash = LeadPayloads.hash(update);
		LedgerKey key = ledgerKey(write.group());
		if (entry != null && entry.closeId() != null) {
			if (this.settings.mode() == MappingMode.CREATE) {
				return Result.skipped(entry.closeId(), RowError.of(LoadError.ALREADY_CREATED, "",
						"an earlier run created " + describe() + " " + entry.closeId() + " for this key"));
			}
			if (entry.isUnchangedBy(hash)) {
				return Result.of(LeadChange.UNCHANGED, entry.closeId(), "");
			}
			return updated(write, key, entry.closeId(), update, hash, create);
		}
		if ((entry != null && entry.isInDoubt()) || !write.leadCreatedHere()) {
			Optional<JsonNode> found = write.inClose().match(write.leadId(), create, false);
			if (found.isPresent()) {
				return foundInClose(write, key, found.get(), update, hash, entry);
			}
		}
		if (this.settings.mode() == MappingMode.UPDATE) {
			return Result.rejected(RowError.of(LoadError.NO_SUCH_LEAD, "",
					"no " + describe() + " of lead " + write.leadId() + " in Close is this record"));
		}
		return created(write, key, create, hash);
	}

	/**
	 * A record the ledger did not know (or whose create was in doubt), found among its
	 * lead's objects: it holds every value a create would write, so it is this record.
	 */
	private Result foundInClose(Write write, LedgerKey key, JsonNode found, ObjectNode update, String hash,
			LedgerEntry entry) {
		String id = found.path("id").asString();
		if (entry != null && entry.isInDoubt()) {
			log.info("Resolved the in-doubt create of record {}: {} {} exists", key.recordKey(), describe(), id);
			this.ledger.markDone(key, id, hash);
			return Result.of(LeadChange.CREATED, id, "");
		}
		if (this.settings.mode() == MappingMode.CREATE) {
			return Result.skipped(id, RowError.of(LoadError.ALREADY_CREATED, "",
					describe() + " " + id + " of lead " + write.leadId() + " in Close holds this record's values"));
		}
		ObjectNode changes = CloseDiff.changes(sendable(update), found);
		if (!changes.isEmpty()) {
			this.ledger.markPending(key, hash);
			try {
				this.client.put(path(id), changes);
			}
			catch (ValidationException ex) {
				this.ledger.markRejected(key, RowOutcomes.refusedByClose(ex).describe());
				return Result.rejected(RowOutcomes.refusedByClose(ex));
			}
		}
		this.ledger.markDone(key, id, hash);
		return changes.isEmpty() ? Result.of(LeadChange.UNCHANGED, id, "")
				: Result.of(LeadChange.UPDATED, id, String.join(", ", changes.propertyNames()));
	}

	private Result updated(Write write, LedgerKey key, String id, ObjectNode update, String hash, ObjectNode create) {
		this.ledger.markPending(key, hash);
		try {
			this.client.put(path(id), sendable(update));
		}
		catch (NotFoundException ex) {
			log.warn("{} {} of record {} is gone from Close; creating it again", describe(), id, key.recordKey());
			return created(write, key, create, hash);
		}
		catch (ValidationException ex) {
			this.ledger.markRejected(key, RowOutcomes.refusedByClose(ex).describe());
			return Result.rejected(RowOutcomes.refusedByClose(ex));
		}
		this.ledger.markDone(key, id, hash);
		return Result.of(LeadChange.UPDATED, id, "changed since the last run");
	}

	private Result created(Write write, LedgerKey key, ObjectNode create, String hash) {
		for (int attempt = 1;; attempt++) {
			this.ledger.markPending(key, hash);
			JsonNode created;
			try {
				created = this.client.post(this.settings.type().path(), create);
			}
			catch (InDoubtException ex) {
				Optional<JsonNode> found = write.inClose().match(write.leadId(), create, true);
				if (found.isPresent()) {
					this.ledger.markDone(key, found.get().path("id").asString(), hash);
					return Result.of(LeadChange.CREATED, found.get().path("id").asString(), "");
				}
				if (attempt >= LeadLedger.MAX_IN_DOUBT_ATTEMPTS) {
					throw ex;
				}
				continue;
			}
			catch (ValidationException ex) {
				this.ledger.markRejected(key, RowOutcomes.refusedByClose(ex).describe());
				return Result.rejected(RowOutcomes.refusedByClose(ex));
			}
			String id = created.path("id").asString();
			this.ledger.markDone(key, id, hash);
			return Result.of(LeadChange.CREATED, id, "");
		}
	}

	/**
	 * An update's body as it is sent: without the object's lead and type, which Close
	 * does not let an update change (they are in the hash, so a record that moved to
	 * another lead is still told apart).
	 */
	private static ObjectNode sendable(ObjectNode update) {
		ObjectNode body = update.deepCopy();
		body.remove(List.of("lead_id", "custom_activity_type_id"));
		return body;
	}

	/**
	 * Creates an active opportunity status in the first pipeline, once (see
	 * {@link CloseClient#createOnce}).
	 */
	private static String createStatus(CloseClient client, String label) {
		JsonNode created = client.createOnce("status/opportunity/",
				JsonNodeFactory.instance.objectNode().put("label", label).put("status_type", "active"),
				() -> client.get("status/opportunity/")
					.path("data")
					.values()
					.stream()
					.filter((status) -> label.equalsIgnoreCase(status.path("label").asString("").strip()))
					.findFirst());
		log.info("Created the opportunity status '{}' ({})", label, created.path("id").asString());
		return created.path("id").asString();
	}

	private String path(String id) {
		return this.settings.type().path() + id + "/";
	}

	private String describe() {
		return this.settings.type().key();
	}

	/**
	 * What became of one record: its change and id, or why its rows are rejected or
	 * skipped.
	 */
	private record Result(LeadChange change, String objectId, String changes, RowError error, boolean skipped) {

		static Result of(LeadChange change, String objectId, String changes) {
			return new Result(change, objectId, changes, null, false);
		}

		static Result rejected(RowError error) {
			return new Result(LeadChange.NONE, null, "", error, false);
		}

		static Result skipped(String objectId, RowError reason) {
			return new Result(LeadChange.NONE, objectId, "", reason, true);
		}

		GroupResult of(ObjectGroup group, String leadId) {
			List<RowOutcome> outcomes = new ArrayList<>();
			for (long row : group.object().rowNumbers()) {
				if (this.error == null) {
					outcomes.add(RowOutcome.ofObject(row, action(), leadId, this.objectId));
				}
				else {
					outcomes.add(this.skipped ? RowOutcome.skipped(row, this.error)
							: RowOutcome.rejected(row, leadId, this.error));
				}
			}
			return new GroupResult(outcomes, this.change, 0, 0);
		}

		PlanWriter.Line planLine(ObjectGroup group, String leadId) {
			PlanWriter.Action action = switch (this.change) {
				case CREATED -> PlanWriter.Action.CREATE;
				case UPDATED -> PlanWriter.Action.UPDATE;
				case UNCHANGED -> PlanWriter.Action.UNCHANGED;
				case NONE -> this.skipped ? PlanWriter.Action.SKIP : PlanWriter.Action.REJECT;
			};
			return new PlanWriter.Line(group.object().rowNumbers(), group.key().value(), action, leadId, this.changes,
					(this.error != null) ? this.error.describe() : "");
		}

		private RowAction action() {
			return switch (this.change) {
				case CREATED -> RowAction.CREATED;
				case UPDATED -> RowAction.UPDATED;
				default -> RowAction.UNCHANGED;
			};
		}

	}

}
