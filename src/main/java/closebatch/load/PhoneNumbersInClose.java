package closebatch.load;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import closebatch.checkpoint.Ledger;
import closebatch.close.CloseClient;
import closebatch.close.NotFoundException;
import closebatch.close.Query;
import closebatch.mapping.PhoneNumberRecord;
import closebatch.mapping.RecordKeys;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import tools.jackson.databind.JsonNode;

/**
 * Finds the Close number of a phone-number record: the one the ledger knows by id, else
 * the one of its owner with its label (the label is the record's identity in Close, so a
 * lost state file finds it again), else, for a rent whose answer was lost, the number the
 * rent made before it could be labelled: the owner's unlabelled number in the country and
 * prefix asked for, created after the rent was marked pending, which no other record of
 * the namespace holds.
 */
final class PhoneNumbersInClose {

	/** How far Close's clock may be behind ours when it stamps a new number. */
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	private final Ledger ledger;

	private final String target;

	private final String namespace;

	PhoneNumbersInClose(Ledger ledger, String target, String namespace) {
		this.ledger = ledger;
		this.target = target;
		this.namespace = namespace;
	}

	/** What a lookup found: the number, or the ids of several that hold the label. */
	record Found(JsonNode number, List<String> ambiguous) {

		static final Found NONE = new Found(null, List.of());

		boolean present() {
			return this.number != null;
		}

	}

	/**
	 * The record's number in Close.
	 * @param client a key that may read the owner's numbers
	 * @param knownId the id the ledger holds, or {@code null}
	 * @param rentPendingSince when a rent of the record was marked pending and its
	 * outcome is unknown, else {@code null}
	 */
	Found find(CloseClient client, PhoneNumberRecord record, String ownerId, String knownId, Instant rentPendingSince) {
		if (knownId != null) {
			try {
				return new Found(client.get("phone_number/" + knownId + "/"), List.of());
			}
			catch (NotFoundException ex) {
				// Released since: looked for by its label below, like a record never
				// written.
			}
		}
		List<JsonNode> numbers = owned(client, record, ownerId);
		List<JsonNode> labelled = numbers.stream()
			.filter((number) -> RecordKeys.normalise(number.path("label").asString(""))
				.equals(RecordKeys.normalise(record.label())))
			.toList();
		if (labelled.size() > 1) {
			return new Found(null, labelled.stream().map((number) -> number.path("id").asString()).toList());
		}
		if (labelled.size() == 1) {
			return new Found(labelled.get(0), List.of());
		}
		if (rentPendingSince == null) {
			return Found.NONE;
		}
		List<JsonNode> unlabelled = numbers.stream()
			.filter((number) -> number.path("label").asString("").isBlank())
			.filter((number) -> rentedFor(number, record.rent()))
			.filter((number) -> created(number).isAfter(rentPendingSince.minus(CLOCK_SKEW)))
			.toList();
		Set<String> claimed = this.ledger.claimedIds(this.target, this.namespace,
				unlabelled.stream().map((number) -> number.path("id").asString()).toList());
		return unlabelled.stream()
			.filter((number) -> !claimed.contains(number.path("id").asString()))
			.min(Comparator.comparing(PhoneNumbersInClose::created))
			.map((number) -> new Found(number, List.of()))
			.orElse(Found.NONE);
	}

	/** The owner's personal numbers, or the organization's group numbers. */
	private static List<JsonNode> owned(CloseClient client, PhoneNumberRecord record, String ownerId) {
		Query query = record.group() ? Query.empty().with("is_group_number", "true")
				: Query.empty().with("user_id", ownerId);
		return client.listAll("phone_number/", query)
			.filter((number) -> record.group() || ownerId.equals(number.path("user_id").asString(null)))
			.toList();
	}

	/** Whether the number is in the country and under the prefix a rent asked for. */
	private static boolean rentedFor(JsonNode number, PhoneNumberRecord.PhoneRent rent) {
		if (!rent.country().equalsIgnoreCase(number.path("country").asString(""))) {
			return false;
		}
		try {
			String national = PHONES
				.getNationalSignificantNumber(PHONES.parse(number.path("number").asString(""), null));
			return national.startsWith(rent.prefix().replaceFirst("^0", ""));
		}
		catch (NumberParseException ex) {
			return false;
		}
	}

	private static Instant created(JsonNode number) {
		try {
			return OffsetDateTime.parse(number.path("date_created").asString("")).toInstant();
		}
		catch (DateTimeParseException ex) {
			// Close's rent example has no offset: its times are UTC.
			try {
				return java.time.LocalDateTime.parse(number.path("date_created").asString(""))
					.toInstant(java.time.ZoneOffset.UTC);
			}
			catch (DateTimeParseException unreadable) {
				return Instant.MIN;
			}
		}
	}

}
