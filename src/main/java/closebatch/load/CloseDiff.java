package closebatch.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an update body would change on a lead or contact that Close already holds: the
 * fields whose values differ, ready to be sent as a PUT (which Close treats as a patch).
 *
 * <p>
 * Values compare as Close stores them: numbers by value, moments by instant, text
 * exactly, a {@code null} (a field the mapping clears) against an empty value. Lists add
 * rather than replace: an email, phone or URL already on the contact (whatever its type)
 * is not changed, and a missing one is added beside those Close has; an address replaces
 * Close's address with the same label. So a file that holds less than Close changes
 * nothing it does not hold.
 */
final class CloseDiff {

	private static final Map<String, String> LIST_VALUES = Map.of("emails", "email", "phones", "phone", "urls", "url");

	private CloseDiff() {
	}

	/** The fields of {@code update} that would change {@code inClose}; empty if none. */
	static ObjectNode changes(ObjectNode update, JsonNode inClose) {
		ObjectNode changes = JsonNodeFactory.instance.objectNode();
		update.properties().forEach((entry) -> {
			String field = entry.getKey();
			JsonNode wanted = entry.getValue();
			JsonNode present = inClose.path(field);
			if (LIST_VALUES.containsKey(field)) {
				ArrayNode merged = addMissing(present, wanted, LIST_VALUES.get(field));
				if (merged != null) {
					changes.set(field, merged);
				}
			}
			else if (field.equals("addresses")) {
				ArrayNode merged = replaceByLabel(present, wanted);
				if (merged != null) {
					changes.set(field, merged);
				}
			}
			else if (!same(wanted, present)) {
				changes.set(field, wanted);
			}
		});
		return changes;
	}

	/**
	 * Close's items with the wanted ones it lacks added; {@code null} when none lacks.
	 */
	private static ArrayNode addMissing(JsonNode present, JsonNode wanted, String valueField) {
		List<String> have = new ArrayList<>();
		present.values().forEach((item) -> have.add(normalise(item.path(valueField).asString(""))));
		ArrayNode merged = JsonNodeFactory.instance.arrayNode();
		present.values().forEach(merged::add);
		boolean added = false;
		for (JsonNode item : wanted.values()) {
			String value = normalise(item.path(valueField).asString(""));
			if (!have.contains(value)) {
				have.add(value);
				merged.add(item);
				added = true;
			}
		}
		return added ? merged : null;
	}

	/**
	 * Close's addresses with each wanted one in place of the one with its label;
	 * {@code null} when every wanted address is there already.
	 */
	private static ArrayNode replaceByLabel(JsonNode present, JsonNode wanted) {
		List<JsonNode> missing = new ArrayList<>();
		for (JsonNode address : wanted.values()) {
			if (present.values().stream().noneMatch((have) -> holds(have, address))) {
				missing.add(address);
			}
		}
		if (missing.isEmpty()) {
			return null;
		}
		List<String> replaced = missing.stream().map((address) -> address.path("label").asString("")).toList();
		ArrayNode merged = JsonNodeFactory.instance.arrayNode();
		present.values()
			.stream()
			.filter((have) -> !replaced.contains(have.path("label").asString("")))
			.forEach(merged::add);
		missing.forEach(merged::add);
		return merged;
	}

	/** Whether {@code have} holds every field of {@code wanted} with the same value. */
	private static boolean holds(JsonNode have, JsonNode wanted) {
		return wanted.properties().stream().allMatch((entry) -> same(entry.getValue(), have.path(entry.getKey())));
	}

	/** Whether a wanted value is what Close holds. */
	static boolean same(JsonNode wanted, JsonNode present) {
		if (wanted.isNull() || isEmpty(wanted)) {
			return isEmpty(present);
		}
		if (wanted.isArray() || present.isArray()) {
			List<String> a = texts(wanted);
			List<String> b = texts(present);
			return a.size() == b.size() && Set.copyOf(a).equals(Set.copyOf(b));
		}
		if (present.isMissingNode() || present.isNull()) {
			return false;
		}
		return sameText(wanted.asString(), present.asString());
	}

	private static boolean sameText(String a, String b) {
		if (a.equals(b)) {
			return true;
		}
		try {
			// A moment compares as one whatever its offset: Close writes +00:00 for Z.
			return java.time.OffsetDateTime.parse(a.strip())
				.toInstant()
				.equals(java.time.OffsetDateTime.parse(b.strip()).toInstant());
		}
		catch (java.time.format.DateTimeParseException ex) {
			// not two moments
		}
		try {
			return new BigDecimal(a.strip()).compareTo(new BigDecimal(b.strip())) == 0;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	private static List<String> texts(JsonNode value) {
		if (value.isArray()) {
			return value.values().stream().map((item) -> numberText(item.asString())).toList();
		}
		return isEmpty(value) ? List.of() : List.of(numberText(value.asString()));
	}

	private static String numberText(String text) {
		try {
			return new BigDecimal(text.strip()).stripTrailingZeros().toPlainString();
		}
		catch (NumberFormatException ex) {
			return text;
		}
	}

	private static boolean isEmpty(JsonNode value) {
		return value.isMissingNode() || value.isNull() || (value.isString() && value.asString().isEmpty())
				|| (value.isArray() && value.isEmpty());
	}

	private static String normalise(String text) {
		return text.strip().toLowerCase(Locale.ROOT);
	}

}
