package closebatch.sandbox.resource;

import java.util.List;
import java.util.Set;

import closebatch.sandbox.http.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders a stored phone number as Close returns it (OpenAPI {@code PhoneNumber}): the
 * stored fields plus the formatted forms of its numbers, the countries it can text, and
 * what is constant for a number the sandbox rents (no carrier address, not premium,
 * verified, not ported).
 *
 * <p>
 * A North American number that can text reaches Canada, Puerto Rico and the US, and MMS
 * Canada and the US, as in the docs' example; any other reaches its own country.
 */
final class PhoneNumberView {

	private static final Set<String> NORTH_AMERICA = Set.of("US", "CA", "PR");

	private PhoneNumberView() {
	}

	static ObjectNode render(ObjectNode stored) {
		ObjectNode view = stored.deepCopy();
		String country = stored.path("country").asString("");
		view.put("number_formatted", formatted(stored.path("number").asString(null)));
		view.put("forward_to_formatted", formatted(stored.path("forward_to").asString(null)));
		ArrayNode numbersFormatted = view.putArray("phone_numbers_formatted");
		for (JsonNode number : stored.path("phone_numbers")) {
			numbersFormatted.add(formatted(number.asString()));
		}
		boolean northAmerica = NORTH_AMERICA.contains(country);
		view.set("supports_sms_to_countries", countries(stored.path("sms_enabled").asBoolean(false),
				northAmerica ? List.of("CA", "PR", "US") : List.of(country)));
		view.set("supports_mms_to_countries", countries(stored.path("mms_enabled").asBoolean(false),
				northAmerica ? List.of("CA", "US") : List.of(country)));
		view.putNull("address_id");
		view.putNull("carrier");
		view.put("is_premium", false);
		view.put("is_verified", true);
		view.put("was_ported", false);
		return view;
	}

	private static ArrayNode countries(boolean enabled, List<String> countries) {
		ArrayNode list = Json.array();
		if (enabled) {
			countries.forEach(list::add);
		}
		return list;
	}

	private static String formatted(String e164) {
		if (e164 == null) {
			return null;
		}
		return PhoneNumbers.normalize(e164, null).map(PhoneNumbers.Normalized::formatted).orElse(e164);
	}

}
