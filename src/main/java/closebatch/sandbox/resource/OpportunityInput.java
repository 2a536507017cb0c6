package closebatch.sandbox.resource;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

import closebatch.sandbox.http.ApiException;
import closebatch.sandbox.http.FieldErrors;
import closebatch.sandbox.store.Kind;
import closebatch.sandbox.store.Timestamps;
import closebatch.sandbox.store.Transaction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads an opportunity's own fields from a create or update body (NOTES §4 "Opportunity",
 * OpenAPI {@code CreateOpportunity}); the lead is resolved by the resource, the status by
 * {@link OpportunityStatusInput}.
 *
 * <ul>
 * <li>{@code value}: whole cents, 0 or more, or null; {@code value_period}
 * {@code one_time} (the default), {@code monthly} or {@code annual}; {@code confidence}
 * 0–100 (default 0); {@code note} text.</li>
 * <li>{@code user_id}: a user of the organization (default: the caller);
 * {@code contact_id}: a contact of the opportunity's lead, or null.</li>
 * <li>{@code date_won}: a date (a datetime counts by its date). Setting a won status
 * fills it with today's date in the caller's {@code x-tz-offset} when neither the
 * opportunity nor the request has one; leaving a won status keeps it, as the docs say.
 * {@code date_lost} (a datetime in the schema) works the same way for lost statuses; the
 * docs only list it in responses, but a migration needs to carry it, so it is
 * accepted.</li>
 * <li>{@code attachments}: {@code [{url, filename, content_type}]}; {@code custom.cf_…}:
 * see {@link CustomValues}.</li>
 * </ul>
 */
final class OpportunityInput {

	static final Set<String> VALUE_PERIODS = Set.of("one_time", "monthly", "annual");

	private OpportunityInput() {
	}

	/**
	 * The fields a new opportunity has before its input is applied: no value, one-time,
	 * no confidence, no note, no contact, not won or lost.
	 */
	static void defaults(ObjectNode opportunity) {
		opportunity.putNull("value");
		opportunity.put("value_period", "one_time");
		opportunity.put("confidence", 0);
		opportunity.put("note", "");
		opportunity.putNull("contact_id");
		opportunity.putNull("date_won");
		opportunity.putNull("date_lost");
		opportunity.putArray("attachments");
	}

	/**
	 * Applies the fields present in {@code input} to {@code opportunity}, whose
	 * {@code lead_id} is already the one it will have.
	 * @param previousLeadId the lead it had before this request, null on create
	 * @param tzOffsetHours the caller's {@code x-tz-offset}, for today's date
	 */
	static void apply(Transaction tx, ObjectNode input, ObjectNode opportunity, String previousLeadId,
			double tzOffsetHours, FieldErrors errors) {
		String leadId = opportunity.get("lead_id").asString();
		ObjectNode current = tx.get(Kind.OPPORTUNITY_STATUS, opportunity.path("status_id").asString(null));
		ObjectNode status = OpportunityStatusInput.choose(tx, input, current, errors);
		if (status != null) {
			opportunity.put("status_id", status.get("id").asString());
		}
		if (input.has("value")) {
			opportunity.put("value", WholeNumberInput.read(input.get("value"), "value", 0, Long.MAX_VALUE, errors));
		}
		if (input.has("value_period")) {
			opportunity.put("value_period", valuePeriod(input.get("value_period"), errors));
		}
		if (input.has("confidence")) {
			Long confidence = WholeNumberInput.read(input.get("confidence"), "confidence", 0, 100, errors);
			opportunity.put("confidence", (confidence == null) ? 0 : confidence.intValue());
		}
		if (input.has("note")) {
			opportunity.put("note", text(input.get("note"), "note", errors));
		}
		user(tx, input, opportunity, errors);
		contact(tx, input, opportunity, leadId, previousLeadId, errors);
		if (input.has("date_won")) {
			opportunity.put("date_won", date(input.get("date_won"), errors));
		}
		if (input.has("date_lost")) {
			opportunity.put("date_lost", dateTime(input.get("date_lost"), errors));
		}
		if (status != null) {
			fillStatusDate(tx, input, opportunity, status.path("status_type").asString(""), tzOffsetHours);
		}
		if (input.has("attachments")) {
			opportunity.set("attachments", OpportunityAttachments.read(input.get("attachments"), errors));
		}
		CustomValues.apply(tx, CustomObjectType.OPPORTUNITY, input, opportunity, leadId, errors);
	}

	private static void fillStatusDate(Transaction tx, ObjectNode input, ObjectNode opportunity, String type,
			double tzOffsetHours) {
		if (type.equals("won") && !input.has("date_won") && opportunity.path("date_won").isNull()) {
			opportunity.put("date_won", today(tx, tzOffsetHours).toString());
		}
		if (type.equals("lost") && !input.has("date_lost") && opportunity.path("date_lost").isNull()) {
			opportunity.put("date_lost", tx.timestamps().now());
		}
	}

	/** Today's date for a caller at UTC{@code +tzOffsetHours}. */
	static LocalDate today(Transaction tx, double tzOffsetHours) {
		long seconds = Math.round(tzOffsetHours * 3600);
		if (Math.abs(seconds) > 18 * 3600) {
			throw ApiException
				.badRequest("Invalid x-tz-offset header: " + tzOffsetHours + " (hours from UTC, between -18 and 18)");
		}
		return LocalDate.ofInstant(tx.timestamps().instant(), ZoneOffset.ofTotalSeconds((int) seconds));
	}

	private static void user(Transaction tx, ObjectNode input, ObjectNode opportunity, FieldErrors errors) {
		JsonNode value = input.path("user_id");
		if (value.isMissingNode() || (value.isNull() && opportunity.has("user_id"))) {
			return;
		}
		if (!value.isString()) {
			errors.field("user_id", "Input should be a valid string");
		}
		else if (tx.get(Kind.USER, value.asString()) == null) {
			errors.field("user_id", "User \"" + value.asString() + "\" does not exist.");
		}
		else {
			opportunity.put("user_id", value.asString());
		}
	}

	private static void contact(Transaction tx, ObjectNode input, ObjectNode opportunity, String leadId,
			String previousLeadId, FieldErrors errors) {
		JsonNode value = input.path("contact_id");
		if (value.isMissingNode()) {
			ObjectNode kept = tx.get(Kind.CONTACT, opportunity.path("contact_id").asString(null));
			if (kept != null && !leadId.equals(previousLeadId) && !leadId.equals(kept.path("lead_id").asString())) {
				errors.field("contact_id", "The opportunity's contact belongs to its previous lead; send contact_id "
						+ "(a contact of the new lead, or null) with lead_id.");
			}
			return;
		}
		if (value.isNull() || value.asString("x").isEmpty()) {
			opportunity.putNull("contact_id");
			return;
		}
		ObjectNode contact = value.isString() ? tx.get(Kind.CONTACT, value.asString()) : null;
		if (contact == null) {
			errors.field("contact_id", "Contact \"" + value.asString() + "\" does not exist.");
		}
		else if (!leadId.equals(contact.path("lead_id").asString())) {
			errors.field("contact_id",
					"Contact \"" + value.asString() + "\" is not a contact of lead \"" + leadId + "\".");
		}
		else {
			opportunity.put("contact_id", value.asString());
		}
	}

	private static String valuePeriod(JsonNode value, FieldErrors errors) {
		if (value.isNull()) {
			return "one_time";
		}
		if (!value.isString() || !VALUE_PERIODS.contains(value.asString())) {
			errors.field("value_period", "Input should be 'one_time', 'monthly' or 'annual'");
			return "one_time";
		}
		return value.asString();
	}

	private static String text(JsonNode value, String field, FieldErrors errors) {
		if (value.isNull()) {
			return "";
		}
		if (!value.isString()) {
			errors.field(field, "Input should be a valid string");
			return "";
		}
		return value.asString();
	}

	/** A date ({@code 2024-05-01}), or the date a datetime is written with. */
	private static String date(JsonNode value, FieldErrors errors) {
		if (value.isNull()) {
			return null;
		}
		Optional<LocalDate> date = value.isString() ? calendarDate(value.asString().trim()) : Optional.empty();
		if (date.isEmpty()) {
			errors.field("date_won", "Input should be a valid date");
			return null;
		}
		return date.get().toString();
	}

	private static String dateTime(JsonNode value, FieldErrors errors) {
		if (value.isNull()) {
			return null;
		}
		Optional<String> dateTime = value.isString()
				? Timestamps.parseDateTime(value.asString()).map(Timestamps::format) : Optional.empty();
		if (dateTime.isEmpty()) {
			errors.field("date_lost", "Input should be a valid datetime");
			return null;
		}
		return dateTime.get();
	}

	/** A date value; a datetime counts by the date it is written with. */
	private static Optional<LocalDate> calendarDate(String text) {
		Optional<LocalDate> date = Timestamps.parseDate(text);
		if (date.isPresent()) {
			return date;
		}
		String iso = text.replace(' ', 'T');
		try {
			return Optional.of(OffsetDateTime.parse(iso).toLocalDate());
		}
		catch (DateTimeParseException notOffset) {
			try {
				return Optional.of(LocalDateTime.parse(iso).toLocalDate());
			}
			catch (DateTimeParseException notNaive) {
				return Optional.empty();
			}
		}
	}

}
