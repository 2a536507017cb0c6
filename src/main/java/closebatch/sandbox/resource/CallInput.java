package closebatch.sandbox.resource;

import java.util.Map;
import java.util.Set;

import closebatch.sandbox.http.Caller;
import closebatch.sandbox.http.FieldErrors;
import closebatch.sandbox.store.Kind;
import closebatch.sandbox.store.Transaction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads Call activities logged through the API (Close's {@code CreateCallActivity} and
 * {@code UpdateCallActivity} schemas, "Log an external Call activity").
 *
 * <p>
 * {@code status} defaults to {@code completed}, {@code source} to {@code External} and
 * {@code duration} to 0; {@code direction} is optional. The {@code phone} is normalised
 * to E.164 (national numbers read as US ones) and rendered as the remote party's number.
 * Recording and voicemail URLs must be https. A call without {@code lead_id} takes the
 * lead of its {@code contact_id}. {@code disposition} is derived from the status
 * (completed → answered, busy → busy, failed → error, the other ended states → no-answer)
 * unless one of Close's dispositions is sent, which a migration needs to keep voicemails
 * apart. {@code outcome_id} is kept as sent: the sandbox has no outcomes to check it
 * against. Status, duration and direction of a call made through Close
 * ({@code source: Close.io}) cannot be updated. Unknown keys are ignored, as Close
 * ignores them and its migration script posts calls read from another organization.
 */
final class CallInput {

	static final String TYPE = "Call";

	static final Set<String> STATUSES = Set.of("created", "in-progress", "completed", "cancel", "no-answer", "busy",
			"failed", "timeout");

	static final Set<String> DIRECTIONS = Set.of("inbound", "outbound");

	static final Set<String> SOURCES = Set.of("External", "Close.io");

	static final Set<String> DISPOSITIONS = Set.of("answered", "no-answer", "vm-answer", "vm-left", "busy", "blocked",
			"error", "abandoned");

	private static final Map<String, String> DISPOSITION_OF_STATUS = Map.of("completed", "answered", "busy", "busy",
			"failed", "error", "no-answer", "no-answer", "cancel", "no-answer", "timeout", "no-answer");

	private static final Set<String> FIXED_FOR_CLOSE_CALLS = Set.of("status", "duration", "direction");

	private CallInput() {
	}

	/** A new call from a create body, not yet stored. */
	static ObjectNode create(Transaction tx, ObjectNode input, Caller caller, FieldErrors errors) {
		String leadId = leadOf(tx, input, errors);
		ObjectNode call = ActivityInput.create(tx, TYPE, leadId, input, caller, errors);
		call.putNull("direction");
		call.put("status", "completed");
		call.put("duration", 0);
		call.putNull("phone");
		call.putNull("remote_phone");
		call.putNull("remote_phone_formatted");
		call.putNull("remote_country_iso");
		call.putNull("local_phone");
		call.putNull("local_phone_formatted");
		call.putNull("local_country_iso");
		call.put("note", "");
		call.put("note_html", HtmlText.toHtml(""));
		call.putNull("outcome_id");
		call.putNull("recording_url");
		call.putNull("voicemail_url");
		call.putNull("voicemail_duration");
		call.put("source", "External");
		call.put("call_method", "external");
		call.putNull("dialer_id");
		call.putNull("sequence_id");
		call.putNull("sequence_name");
		call.putNull("sequence_subscription_id");
		JsonNode source = input.get("source");
		if (source != null && !source.isNull()) {
			if (!source.isString() || !SOURCES.contains(source.asString())) {
				errors.field("source", "Input should be 'Close.io' or 'External'");
			}
			else {
				call.put("source", source.asString());
			}
		}
		ActivityInput.user(tx, input, call, errors);
		apply(tx, input, call, errors);
		return call;
	}

	/** Applies an update body to a stored call's copy; a new {@code lead_id} moves it. */
	static void update(Transaction tx, ObjectNode input, ObjectNode call, FieldErrors errors) {
		if (call.path("source").asString().equals("Close.io")) {
			for (String field : FIXED_FOR_CLOSE_CALLS) {
				if (input.has(field)) {
					errors.field(field, "This field cannot be updated on calls made through Close.");
				}
			}
		}
		JsonNode leadId = input.get("lead_id");
		if (leadId != null && !leadId.isNull() && !leadId.asString("").equals(call.path("lead_id").asString())) {
			String newLead = LeadResource.requiredLeadId(tx, input, errors);
			call.put("lead_id", newLead);
			ObjectNode contact = tx.get(Kind.CONTACT, call.path("contact_id").asString(null));
			if (contact != null && !input.has("contact_id") && !contact.path("lead_id").asString().equals(newLead)) {
				call.putNull("contact_id");
			}
		}
		ActivityInput.user(tx, input, call, errors);
		apply(tx, input, call, errors);
	}

	private static String leadOf(Transaction tx, ObjectNode input, FieldErrors errors) {
		if (!input.hasNonNull("lead_id") && input.path("contact_id").isString()) {
			ObjectNode contact = tx.get(Kind.CONTACT, input.get("contact_id").asString());
			if (contact != null) {
				return contact.get("lead_id").asString();
			}
		}
		return LeadResource.requiredLeadId(tx, input, errors);
	}

	private static void apply(Transaction tx, ObjectNode input, ObjectNode call, FieldErrors errors) {
		ActivityInput.contact(tx, input, call, errors);
		ActivityInput.activityAt(input, call, errors);
		ActivityInput.noteText(input, call, errors);
		ActivityInput.secureUrl(input, "recording_url", call, errors);
		ActivityInput.secureUrl(input, "voicemail_url", call, errors);
		choice(input, "direction", DIRECTIONS, call, errors);
		boolean statusSent = choice(input, "status", STATUSES, call, errors);
		if (statusSent || !call.has("disposition")) {
			call.put("disposition", DISPOSITION_OF_STATUS.get(call.get("status").asString()));
		}
		choice(input, "disposition", DISPOSITIONS, call, errors);
		JsonNode duration = input.get("duration");
		if (duration != null) {
			if (duration.isNull()) {
				call.put("duration", 0);
			}
			else if (!duration.isIntegralNumber() || !duration.canConvertToInt() || duration.asInt() < 0) {
				errors.field("duration", "Input should be a valid non-negative integer (seconds)");
			}
			else {
				call.put("duration", duration.asInt());
			}
		}
		JsonNode outcome = input.get("outcome_id");
		if (outcome != null && outcome.isString()) {
			call.put("outcome_id", outcome.asString());
		}
		else if (outcome != null) {
			call.putNull("outcome_id");
		}
		phone(input, call, errors);
	}

	/** Applies an enumerated field; returns whether it was sent and valid. */
	private static boolean choice(ObjectNode input, String field, Set<String> allowed, ObjectNode call,
			FieldErrors errors) {
		JsonNode value = input.get(field);
		if (value == null || value.isNull()) {
			return false;
		}
		if (!value.isString() || !allowed.contains(value.asString())) {
			errors.field(field, "Input should be one of " + String.join(", ", allowed.stream().sorted().toList()));
			return false;
		}
		call.put(field, value.asString());
		return true;
	}

	private static void phone(ObjectNode input, ObjectNode call, FieldErrors errors) {
		JsonNode phone = input.get("phone");
		if (phone == null) {
			return;
		}
		if (phone.isNull() || phone.asString("").isBlank()) {
			for (String field : new String[] { "phone", "remote_phone", "remote_phone_formatted",
					"remote_country_iso" }) {
				call.putNull(field);
			}
			return;
		}
		PhoneNumbers.Normalized normalized = PhoneNumbers.normalize(phone.asString(""), "US").orElse(null);
		if (normalized == null) {
			errors.field("phone", "Invalid phone number.");
			return;
		}
		call.put("phone", normalized.e164());
		call.put("remote_phone", normalized.e164());
		call.put("remote_phone_formatted", normalized.formatted());
		call.put("remote_country_iso", normalized.country());
	}

}
