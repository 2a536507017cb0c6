package closebatch.load;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

import closebatch.checkpoint.Ledger;
import closebatch.checkpoint.LedgerEntry;
import closebatch.checkpoint.LedgerKey;
import closebatch.close.CloseApiException;
import closebatch.close.CloseClient;
import closebatch.close.InDoubtException;
import closebatch.close.NotFoundException;
import closebatch.close.UnexpectedResponseException;
import closebatch.close.ValidationException;
import closebatch.load.GroupResult.LeadChange;
import closebatch.mapping.PhoneNumberMapper;
import closebatch.mapping.PhoneNumberRecord;
import closebatch.mapping.PhoneNumberRecord.PhoneAction;
import closebatch.mapping.PhoneNumberRecord.PhoneRent;
import closebatch.report.PlanWriter;
import closebatch.report.RowError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rents, updates and releases phone numbers exactly once, under the ledger.
 *
 * <p>
 * A number is known in Close by its owner and its label ({@link PhoneNumbersInClose}): a
 * rent is marked {@code pending} before it is sent, and the label is written onto the new
 * number right after, so a re-run, with or without its state file, finds the number and
 * rents nothing. A rent whose answer was lost is resolved by listing the owner's numbers
 * before anything is sent again. Close's refusals of a rent become the row's outcome with
 * Close's message; {@code billing-error} also stops the run's further rents
 * ({@link RentBudget}). The numbers of one owner are handled one at a time, so an
 * in-doubt rent can never take the new number of another row of the same owner for its
 * own.
 */
final class PhoneNumberLoader implements ChunkLoader {

	private static final Logger log = LoggerFactory.getLogger(PhoneNumberLoader.class);

	private static final String RENT_PATH = "phone_number/request/internal/";

	/**
	 * The hash of a number whose settings Close refused: never a payload's, so the next
	 * run writes them again.
	 */
	private static final String UNSETTLED = "unsettled";

	private final CloseClient client;

	private final Ledger ledger;

	private final Settings settings;

	private final PhoneOwners owners;

	private final PhoneNumbersInClose inClose;

	private final RentBudget budget = new RentBudget();

	private final Map<String, Object> ownerLocks = new ConcurrentHashMap<>();

	/**
	 * What a loader needs to know about its step.
	 *
	 * @param target the target's identity in the ledger
	 * @param namespace the namespace of the records' keys
	 * @param mapping the step's mapping: its columns, what to do with
	 * {@code has-voice-only}, the price of a number
	 * @param planning whether this is a plan, whose records each get a line of
	 * {@code plan.csv}
	 * @param clock the clock of the ledger
	 */
	record Settings(String target, String namespace, PhoneNumberMapper mapping, boolean planning, Clock clock) {

		Settings {
			Objects.requireNonNull(target, "target");
			Objects.requireNonNull(namespace, "namespace");
			Objects.requireNonNull(mapping, "mapping");
			Objects.requireNonNull(clock, "clock");
		}

	}

	PhoneNumberLoader(CloseClient client, Ledger ledger, Settings settings) {
		this.client = client;
		this.ledger = ledger;
		this.settings = settings;
		this.owners = PhoneOwners.of(client);
		this.inClose = new PhoneNumbersInClose(ledger, settings.target(), settings.namespace());
	}

	@Override
	public List<Callable<Loaded>> prepare(List<Keyed> records) {
		Map<LedgerKey, LedgerEntry> entries = this.ledger
			.findAll(records.stream().map((record) -> record.key().ledgerKey(this.settings.target())).toList());
		List<Callable<Loaded>> loads = new ArrayList<>();
		for (Keyed record : records) {
			LedgerKey key = record.key().ledgerKey(this.settings.target());
			loads.add(() -> load(record, key, entries.get(key)));
		}
		return loads;
	}

	private Loaded load(Keyed keyed, LedgerKey key, LedgerEntry entry) {
		PhoneNumberRecord record = (PhoneNumberRecord) keyed.rows().get(0);
		PhoneResult result;
		synchronized (this.ownerLocks.computeIfAbsent(record.owner(), (owner) -> new Object())) {
			result = write(record, key, entry);
		}
		List<Long> rows = keyed.rows().stream().map((row) -> row.rowNumber()).toList();
		RowError twice = RowError.of(LoadError.SAME_NUMBER_TWICE, "", "row " + record.rowNumber()
				+ " already names the number of " + record.owner() + " labelled '" + record.label() + "'");
		// A planned rent's id is made up: the plan names only numbers that exist.
		String numberId = (result.change() == LeadChange.CREATED) ? null : result.numberId();
		PlanWriter.Line line = this.settings.planning()
				? new PlanWriter.Line(rows, keyed.key().value(), result.planAction(), numberId, result.changes(),
						(result.error() != null) ? result.error().describe() : "")
				: null;
		return new Loaded(result.of(rows, twice), line);
	}

	private PhoneResult write(PhoneNumberRecord record, LedgerKey key, LedgerEntry entry) {
		Optional<CloseClient> owner = this.owners.clientFor(record.user());
		if (owner.isEmpty()) {
			return PhoneResult.rejected(this.owners.userId(record.user()).isPresent()
					? RowError.of(LoadError.NO_KEY_OF_USER, column("user"),
							"no API key of the run is " + record.user()
									+ "'s, and Close lets only them rent, change or release their numbers")
					: RowError.of(LoadError.UNKNOWN_USER, column("user"),
							"'" + record.user() + "' is not a user of the organization"));
		}
		CloseClient client = owner.get();
		String ownerId = record.group() ? null : this.owners.userId(record.user()).orElseThrow();
		ObjectNode settings;
		try {
			settings = settings(record);
		}
		catch (RowRejected ex) {
			return PhoneResult.rejected(ex.error());
		}
		String hash = LeadPayloads.hash(payload(record, settings));
		String knownId = (entry != null) ? entry.closeId() : null;
		if (knownId != null && entry.isUnchangedBy(hash)) {
			return PhoneResult.of(LeadChange.UNCHANGED, knownId, "");
		}
		Instant rentPending = (entry != null && entry.isInDoubt() && record.action() == PhoneAction.RENT)
				? entry.updatedAt() : null;
		PhoneNumbersInClose.Found found = this.inClose.find(client, record, ownerId, knownId, rentPending);
		if (!found.ambiguous().isEmpty()) {
			return PhoneResult.rejected(RowError.of(LoadError.IDENTITY_AMBIGUOUS, column("label"), "numbers "
					+ String.join(", ", found.ambiguous()) + " of " + record.owner() + " all have this label"));
		}
		return switch (record.action()) {
			case RENT -> found.present() ? settle(client, key, found.number(), settings, hash, rentPending != null)
					: rent(client, record, ownerId, key, settings, hash);
			case UPDATE -> found.present() ? settle(client, key, found.number(), settings, hash, false)
					: PhoneResult.rejected(notFound(record, ""));
			case RELEASE -> found.present() ? release(client, key, found.number(), hash)
					: PhoneResult.skipped(notFound(record, ": nothing to release"));
		};
	}

	private RowError notFound(PhoneNumberRecord record, String then) {
		return RowError.of(LoadError.NO_SUCH_NUMBER, column("label"),
				"no number of " + record.owner() + " is labelled '" + record.label() + "'" + then);
	}

	/**
	 * A number found in Close: its settings are written where they differ. It is the
	 * record's own rent when that rent was in doubt.
	 */
	private PhoneResult settle(CloseClient client, LedgerKey key, JsonNode number, ObjectNode settings, String hash,
			boolean rentedInDoubt) {
		String id = number.path("id").asString();
		ObjectNode changes = PhoneNumberChanges.of(settings, number);
		if (rentedInDoubt) {
			log.info("Resolved the in-doubt rent of record {}: number {} exists", key.recordKey(), id);
		}
		if (!changes.isEmpty()) {
			try {
				client.put(path(id), changes);
			}
			catch (ValidationException ex) {
				this.ledger.markDone(key, id, UNSETTLED);
				return PhoneResult.rejected(RowOutcomes.refusedByClose(ex)).withNumber(id);
			}
		}
		this.ledger.markDone(key, id, hash);
		if (rentedInDoubt) {
			return PhoneResult.of(LeadChange.CREATED, id, "rented " + number.path("number").asString());
		}
		return changes.isEmpty() ? PhoneResult.of(LeadChange.UNCHANGED, id, "")
				: PhoneResult.of(LeadChange.UPDATED, id, PhoneNumberChanges.describe(changes, number));
	}

	private PhoneResult release(CloseClient client, LedgerKey key, JsonNode number, String hash) {
		String id = number.path("id").asString();
		this.ledger.markPending(key, hash);
		try {
			client.delete(path(id));
		}
		catch (NotFoundException ex) {
			// Released by an earlier try whose answer was lost.
		}
		this.ledger.markDone(key, id, hash);
		return PhoneResult.of(LeadChange.UPDATED, id, "release " + number.path("number").asString());
	}

	private PhoneResult rent(CloseClient client, PhoneNumberRecord record, String ownerId, LedgerKey key,
			ObjectNode settings, String hash) {
		Optional<String> refusal = this.budget.refusal();
		if (refusal.isPresent()) {
			RowError error = RowError.of(LoadError.RENT_BILLING, "",
					"not sent: Close refused an earlier rent of this run with billing-error: " + refusal.get());
			this.ledger.markRejected(key, error.describe());
			return PhoneResult.rejected(error);
		}
		PhoneRent asked = record.rent();
		int inDoubt = 0;
		while (true) {
			Instant marked = this.settings.clock().instant();
			this.ledger.markPending(key, hash);
			JsonNode rented;
			try {
				rented = client.post(RENT_PATH, body(asked, record.group()));
			}
			catch (InDoubtException ex) {
				PhoneNumbersInClose.Found found = this.inClose.find(client, record, ownerId, null, marked);
				if (found.present()) {
					return settle(client, key, found.number(), settings, hash, true);
				}
				if (++inDoubt >= LeadLedger.MAX_IN_DOUBT_ATTEMPTS) {
					throw ex;
				}
				continue;
			}
			catch (ValidationException | UnexpectedResponseException ex) {
				String status = (ex.body() != null) ? ex.body().path("status").asString("") : "";
				if (status.equals("has-voice-only") && this.settings.mapping().retryVoiceOnly()
						&& !Boolean.FALSE.equals(asked.withSms())) {
					log.info("Only voice numbers in {}: asking again without SMS for record {}", asked.describe(),
							key.recordKey());
					asked = asked.withoutSms();
					continue;
				}
				RowError error = refusal(ex, status, asked);
				this.ledger.markRejected(key, error.describe());
				return PhoneResult.rejected(error);
			}
			return labelled(client, record, key, rented, settings, hash, asked);
		}
	}

	/**
	 * The new number with its label (the record's identity) and settings written; if
	 * Close refuses the settings, the label alone, and the row is rejected with the
	 * number it holds.
	 */
	private PhoneResult labelled(CloseClient client, PhoneNumberRecord record, LedgerKey key, JsonNode rented,
			ObjectNode settings, String hash, PhoneRent asked) {
		String id = rented.path("id").asString();
		String rentedWhat = "rent " + asked.describe() + " for " + record.owner()
				+ (this.settings.planning() ? "" : ": " + rented.path("number").asString()) + price();
		try {
			client.put(path(id), settings);
		}
		catch (ValidationException ex) {
			client.put(path(id), JsonNodeFactory.instance.objectNode().set("label", settings.get("label")));
			this.ledger.markDone(key, id, UNSETTLED);
			RowError refused = RowOutcomes.refusedByClose(ex);
			return PhoneResult
				.rejected(RowError.of(LoadError.REFUSED_BY_CLOSE, refused.field(),
						"rented " + rented.path("number").asString() + " (" + id + "), but " + refused.reason()))
				.withNumber(id);
		}
		this.ledger.markDone(key, id, hash);
		return PhoneResult.of(LeadChange.CREATED, id, rentedWhat);
	}

	private String price() {
		PhoneNumberMapper.MonthlyPrice price = this.settings.mapping().price();
		return (price == null) ? "" : " (" + price.monthly().toPlainString() + " " + price.currency() + " a month)";
	}

	/** A refused rent as the row's error, with Close's status and message. */
	private RowError refusal(CloseApiException ex, String status, PhoneRent asked) {
		String message = (ex.errorText() != null) ? ex.errorText() : ex.getMessage();
		String reason = "Close rented no number in " + asked.describe() + " (" + status + "): " + message;
		return switch (status) {
			case "needs-more-info" -> RowError.of(LoadError.RENT_NEEDS_MORE_INFO, column("bundle_id"), reason);
			case "has-voice-only" -> RowError.of(LoadError.RENT_VOICE_ONLY, column("with_sms"), reason);
			case "billing-error" -> {
				this.budget.exhausted(message);
				yield RowError.of(LoadError.RENT_BILLING, "", reason);
			}
			case "error" -> RowError.of(LoadError.RENT_ERROR, "", reason);
			default -> {
				if (ex instanceof ValidationException invalid) {
					yield RowOutcomes.refusedByClose(invalid);
				}
				throw ex;
			}
		};
	}

	private static ObjectNode body(PhoneRent rent, boolean group) {
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		body.put("country", rent.country());
		body.put("sharing", group ? "group" : "personal");
		if (!rent.prefix().isEmpty()) {
			body.put("prefix", rent.prefix());
		}
		if (rent.withSms() != null) {
			body.put("with_sms", rent.withSms());
		}
		if (rent.withMms() != null) {
			body.put("with_mms", rent.withMms());
		}
		if (rent.bundleId() != null) {
			body.put("bundle_id", rent.bundleId());
		}
		if (rent.carrierType() != null) {
			body.put("carrier_type", rent.carrierType());
		}
		return body;
	}

	/** The record's settings as a PUT sends them: participants by user id. */
	private ObjectNode settings(PhoneNumberRecord record) throws RowRejected {
		ObjectNode settings = JsonNodeFactory.instance.objectNode();
		for (Map.Entry<String, Object> setting : record.settings().entrySet()) {
			Object value = setting.getValue();
			if (value instanceof Boolean flag) {
				settings.put(setting.getKey(), flag);
			}
			else if (value instanceof List<?> items) {
				var array = settings.putArray(setting.getKey());
				for (Object item : items) {
					array.add(setting.getKey().equals("participants") ? participant(item.toString()) : item.toString());
				}
			}
			else {
				settings.put(setting.getKey(), value.toString());
			}
		}
		return settings;
	}

	private String participant(String email) throws RowRejected {
		String lower = email.strip().toLowerCase(Locale.ROOT);
		Optional<String> id = this.owners.userId(lower);
		if (id.isEmpty()) {
			throw new RowRejected(RowError.of(LoadError.UNKNOWN_USER, column("participants"),
					"'" + email + "' is not a user of the organization"));
		}
		return id.get();
	}

	/** What the ledger's hash covers: everything the row asks of Close. */
	private static ObjectNode payload(PhoneNumberRecord record, ObjectNode settings) {
		ObjectNode payload = JsonNodeFactory.instance.objectNode();
		payload.put("action", record.action().key());
		if (record.rent() != null) {
			payload.set("rent", body(record.rent(), record.group()));
		}
		payload.set("settings", settings);
		return payload;
	}

	private String column(String field) {
		return this.settings.mapping().column(field);
	}

	private static String path(String id) {
		return "phone_number/" + id + "/";
	}

}
