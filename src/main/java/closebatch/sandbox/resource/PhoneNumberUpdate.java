package closebatch.sandbox.resource;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import closebatch.sandbox.http.FieldErrors;
import closebatch.sandbox.http.Json;
import closebatch.sandbox.store.Kind;
import closebatch.sandbox.store.Transaction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The body of {@code PUT /phone_number/{id}/} (OpenAPI {@code UpdatePhoneNumber}, NOTES
 * §7), applied as a patch; unknown keys are refused
 * ({@code additionalProperties: false}).
 *
 * <ul>
 * <li>{@code label}; {@code forward_to} (read like contact phones, national numbers in
 * the number's own country; null clears it) and {@code forward_to_enabled} (which needs a
 * {@code forward_to}); {@code press_1_to_accept}.</li>
 * <li>{@code voicemail_greeting_url}: an https URL, as the docs require, or null.</li>
 * <li>{@code participants} (user ids of the organization) and {@code phone_numbers}
 * (E.164): the members of a group number, so a personal number refuses them.
 * {@code participant_groups}: at most 40 group ids; the sandbox has no groups, so only an
 * empty list passes.</li>
 * <li>{@code inbound_ring_duration}: 15 to 90 seconds, or null for Close's 30.</li>
 * </ul>
 */
final class PhoneNumberUpdate {

	private static final Set<String> FIELDS = Set.of("label", "forward_to", "forward_to_enabled",
			"voicemail_greeting_url", "participants", "phone_numbers", "press_1_to_accept", "inbound_ring_duration",
			"participant_groups");

	private PhoneNumberUpdate() {
	}

	static void apply(Transaction tx, ObjectNode input, ObjectNode number, FieldErrors errors) {
		for (Map.Entry<String, JsonNode> entry : input.properties()) {
			if (!FIELDS.contains(entry.getKey())) {
				errors.field(entry.getKey(), "Extra inputs are not permitted");
			}
		}
		if (input.has("label")) {
			JsonNode label = input.get("label");
			if (label.isNull() || label.isString()) {
				number.put("label", label.isNull() ? "" : label.asString().trim());
			}
			else {
				errors.field("label", "Input should be a valid string");
			}
		}
		if (input.has("forward_to")) {
			number.put("forward_to", forwardTo(input.get("forward_to"), number.path("country").asString("US"), errors));
		}
		for (String flag : new String[] { "forward_to_enabled", "press_1_to_accept" }) {
			if (input.has(flag)) {
				if (input.get(flag).isBoolean()) {
					number.put(flag, input.get(flag).asBoolean());
				}
				else {
					errors.field(flag, "Input should be a valid boolean");
				}
			}
		}
		if (number.path("forward_to_enabled").asBoolean(false) && number.path("forward_to").isNull()) {
			errors.field("forward_to_enabled", "Set forward_to to enable call forwarding.");
		}
		if (input.has("voicemail_greeting_url")) {
			number.put("voicemail_greeting_url", greeting(input.get("voicemail_greeting_url"), errors));
		}
		if (input.has("inbound_ring_duration")) {
			Long seconds = WholeNumberInput.read(input.get("inbound_ring_duration"), "inbound_ring_duration", 15, 90,
					errors);
			number.put("inbound_ring_duration", (seconds == null) ? null : seconds.intValue());
		}
		members(tx, input, number, errors);
	}

	private static void members(Transaction tx, ObjectNode input, ObjectNode number, FieldErrors errors) {
		boolean group = number.path("is_group_number").asBoolean(false);
		for (String field : new String[] { "participants", "phone_numbers", "participant_groups" }) {
			if (!input.has(field)) {
				continue;
			}
			JsonNode list = input.get(field);
			if (!list.isArray() || !list.valueStream().allMatch(JsonNode::isString)) {
				errors.field(field, "Input should be a valid list of strings");
			}
			else if (!group && !list.isEmpty()) {
				errors.field(field, "Only group numbers have " + field.replace('_', ' ') + ".");
			}
			else {
				number.set(field, members(tx, field, list, errors));
			}
		}
	}

	private static ArrayNode members(Transaction tx, String field, JsonNode list, FieldErrors errors) {
		Set<String> members = new LinkedHashSet<>();
		for (JsonNode item : list) {
			String value = item.asString().trim();
			switch (field) {
				case "participants" -> {
					if (tx.get(Kind.USER, value) == null) {
						errors.field(field, "User \"" + value + "\" is not a member of the organization.");
					}
					members.add(value);
				}
				case "phone_numbers" -> {
					PhoneNumbers.Normalized normalized = value.startsWith("+")
							? PhoneNumbers.normalize(value, null).orElse(null) : null;
					if (normalized == null) {
						errors.field(field,
								"\"" + value + "\" is not a phone number in E.164 format, e.g. +16503334444.");
					}
					else {
						members.add(normalized.e164());
					}
				}
				default -> errors.field(field, (list.size() > 40) ? "A number can have at most 40 groups."
						: "Group \"" + value + "\" does not exist.");
			}
		}
		ArrayNode result = Json.array();
		members.forEach(result::add);
		return result;
	}

	private static String forwardTo(JsonNode value, String country, FieldErrors errors) {
		if (value.isNull() || value.asString("x").isBlank()) {
			return null;
		}
		PhoneNumbers.Normalized normalized = value.isString()
				? PhoneNumbers.normalize(value.asString(), country).orElse(null) : null;
		if (normalized == null) {
			errors.field("forward_to", "Enter a valid phone number.");
			return null;
		}
		return normalized.e164();
	}

	private static String greeting(JsonNode value, FieldErrors errors) {
		if (value.isNull()) {
			return null;
		}
		try {
			URI uri = new URI(value.asString(""));
			if (value.isString() && "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null) {
				return value.asString();
			}
		}
		catch (URISyntaxException ex) {
			// falls through to the error below
		}
		errors.field("voicemail_greeting_url", "The URL must be secure (start with https://).");
		return null;
	}

}
