package closebatch.sandbox.resource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import closebatch.sandbox.http.Json;
import closebatch.sandbox.store.Kind;
import closebatch.sandbox.store.Timestamps;
import closebatch.sandbox.store.Transaction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What each custom field type accepts, and the form its values are stored and returned
 * in.
 *
 * <p>
 * From the Close docs (Custom Fields): text; number (integer or decimal); date
 * ({@code 2014-06-12}); datetime ({@code 2014-06-27T22:00:00-08:00}); choices (one of the
 * field's choices); user (a user id, or a user's exact name, always returned as the id);
 * contact (ids of contacts on the same lead); textarea (text, custom activities only);
 * hidden (any value). Only user, choices and contact fields may accept multiple values.
 */
final class CustomValueRules {

	static final Set<String> TYPES = Set.of("text", "number", "date", "datetime", "choices", "user", "contact",
			"textarea", "hidden");

	static final Set<String> MULTIPLE_VALUE_TYPES = Set.of("user", "choices", "contact");

	/** A value a field refuses, with the reason. */
	static final class InvalidValue extends Exception {

		InvalidValue(String message) {
			super(message, null, false, false);
		}

	}

	private CustomValueRules() {
	}

	/**
	 * The stored form of a value for a field: a list for fields that accept multiple
	 * values, a single value otherwise.
	 * @param leadId the lead whose contacts a contact field may name (null if none yet)
	 */
	static JsonNode normalize(Transaction tx, ObjectNode field, JsonNode value, String leadId) throws InvalidValue {
		boolean multiple = field.path("accepts_multiple_values").asBoolean(false);
		if (multiple) {
			ArrayNode values = Json.array();
			List<JsonNode> items = new ArrayList<>();
			if (value.isArray()) {
				value.values().forEach(items::add);
			}
			else {
				items.add(value);
			}
			for (JsonNode item : items) {
				JsonNode normalized = normalizeOne(tx, field, item, leadId);
				if (!contains(values, normalized)) {
					values.add(normalized);
				}
			}
			return values;
		}
		if (value.isArray()) {
			throw new InvalidValue("This field does not accept multiple values.");
		}
		return normalizeOne(tx, field, value, leadId);
	}

	/** Normalises one value (one element of a multiple-value field). */
	static JsonNode normalizeOne(Transaction tx, ObjectNode field, JsonNode value, String leadId) throws InvalidValue {
		String type = field.get("type").asString();
		if (value.isNull()) {
			throw new InvalidValue("This field may not be null.");
		}
		return switch (type) {
			case "hidden" -> value;
			case "text", "textarea" -> text(value);
			case "number" -> number(value);
			case "date" -> date(value);
			case "datetime" -> datetime(value);
			case "choices" -> choice(field, value);
			case "user" -> user(tx, value);
			case "contact" -> contact(tx, value, leadId);
			default -> throw new InvalidValue("Fields of type " + type + " are not supported by the sandbox.");
		};
	}

	static boolean contains(ArrayNode values, JsonNode value) {
		for (JsonNode existing : values) {
			if (existing.equals(value)) {
				return true;
			}
		}
		return false;
	}

	private static JsonNode text(JsonNode value) throws InvalidValue {
		if (value.isString() || value.isNumber() || value.isBoolean()) {
			return JsonNodeFactory.instance.stringNode(value.asString());
		}
		throw new InvalidValue("Input should be a valid string.");
	}

	private static JsonNode number(JsonNode value) throws InvalidValue {
		BigDecimal number;
		if (value.isNumber()) {
			number = value.decimalValue();
		}
		else if (value.isString()) {
			try {
				number = new BigDecimal(value.asString().trim());
			}
			catch (NumberFormatException ex) {
				throw new InvalidValue("Input should be a valid number, unable to parse string as a number.");
			}
		}
		else {
			throw new InvalidValue("Input should be a valid number.");
		}
		BigDecimal stripped = number.stripTrailingZeros();
		if (stripped.scale() <= 0 && stripped.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
			return JsonNodeFactory.instance.numberNode(stripped.longValueExact());
		}
		return JsonNodeFactory.instance.numberNode(number.doubleValue());
	}

	private static JsonNode date(JsonNode value) throws InvalidValue {
		Optional<java.time.LocalDate> date = value.isString() ? Timestamps.parseDate(value.asString())
				: Optional.empty();
		if (date.isEmpty()) {
			throw new InvalidValue("Input should be a valid date in the format YYYY-MM-DD.");
		}
		return JsonNodeFactory.instance.stringNode(date.get().toString());
	}

	private static JsonNode datetime(JsonNode value) throws InvalidValue {
		Optional<Instant> instant = value.isString() ? Timestamps.parseDateTime(value.asString()) : Optional.empty();
		if (instant.isEmpty()) {
			throw new InvalidValue("Input should be a valid datetime, e.g. 2014-06-27T22:00:00-08:00.");
		}
		return JsonNodeFactory.instance.stringNode(Timestamps.format(instant.get()));
	}

	private static JsonNode choice(ObjectNode field, JsonNode value) throws InvalidValue {
		String text = value.isString() || value.isNumber() ? value.asString() : null;
		if (text != null) {
			for (JsonNode choice : field.path("choices")) {
				if (choice.asString().equals(text)) {
					return JsonNodeFactory.instance.stringNode(text);
				}
			}
		}
		throw new InvalidValue("'" + value.asString() + "' is not a valid choice.");
	}

	private static JsonNode user(Transaction tx, JsonNode value) throws InvalidValue {
		if (value.isString()) {
			String text = value.asString().trim();
			if (tx.get(Kind.USER, text) != null) {
				return JsonNodeFactory.instance.stringNode(text);
			}
			for (ObjectNode user : tx.all(Kind.USER)) {
				if (UserView.fullName(user).equals(text)) {
					return user.get("id");
				}
			}
		}
		throw new InvalidValue("'" + value.asString() + "' is not a user of this organization.");
	}

	private static JsonNode contact(Transaction tx, JsonNode value, String leadId) throws InvalidValue {
		if (value.isString()) {
			ObjectNode contact = tx.get(Kind.CONTACT, value.asString());
			if (contact != null && leadId != null && leadId.equals(contact.path("lead_id").asString(null))) {
				return contact.get("id");
			}
		}
		throw new InvalidValue("'" + value.asString() + "' is not a contact of this lead.");
	}

}
