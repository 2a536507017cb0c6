package closebatch.load;

import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The settings of a phone number that differ from what a row asks: only those are sent. A
 * forwarding number is compared as the number it is (Close answers in E.164), lists as
 * sets.
 */
final class PhoneNumberChanges {

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	private PhoneNumberChanges() {
	}

	static ObjectNode of(ObjectNode settings, JsonNode number) {
		ObjectNode changes = JsonNodeFactory.instance.objectNode();
		for (Map.Entry<String, JsonNode> setting : settings.properties()) {
			JsonNode wanted = setting.getValue();
			JsonNode current = number.path(setting.getKey());
			if (!same(setting.getKey(), wanted, current, number.path("country").asString("US"))) {
				changes.set(setting.getKey(), wanted);
			}
		}
		return changes;
	}

	/** The changes for people: {@code label: old → new}, joined by {@code ; }. */
	static String describe(ObjectNode changes, JsonNode number) {
		StringJoiner text = new StringJoiner("; ");
		changes.properties()
			.forEach((change) -> text
				.add(change.getKey() + ": " + shown(number.path(change.getKey())) + " → " + shown(change.getValue())));
		return text.toString();
	}

	private static String shown(JsonNode value) {
		return (value.isMissingNode() || value.isNull()) ? "(none)"
				: value.isString() ? value.asString() : value.toString();
	}

	private static boolean same(String field, JsonNode wanted, JsonNode current, String country) {
		if (wanted.isBoolean()) {
			return current.asBoolean(false) == wanted.asBoolean();
		}
		if (wanted.isArray()) {
			return strings(wanted).equals(strings(current));
		}
		String text = wanted.asString("").strip();
		String now = current.asString("").strip();
		if (field.equals("forward_to")) {
			return e164(text, country).equals(e164(now, country));
		}
		return text.equals(now);
	}

	private static Set<String> strings(JsonNode list) {
		Set<String> values = new TreeSet<>();
		list.values().forEach((value) -> values.add(value.asString("")));
		return values;
	}

	private static String e164(String text, String country) {
		try {
			return PHONES.format(PHONES.parse(text, country), PhoneNumberUtil.PhoneNumberFormat.E164);
		}
		catch (NumberParseException ex) {
			return text;
		}
	}

}
