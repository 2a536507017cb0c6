package closebatch.sandbox.resource;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import closebatch.sandbox.http.FieldErrors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The body of {@code POST /phone_number/request/internal/} (OpenAPI
 * {@code CreatePhoneNumberRequest}, NOTES §7), checked: {@code country} is required,
 * {@code sharing} is optional since its deprecation (default {@code personal}),
 * {@code prefix} holds up to 5 digits, {@code with_mms: true} needs
 * {@code with_sms: true}, and unknown keys are refused ({@code additionalProperties:
 * false}).
 *
 * @param country ISO 3166 alpha-2, upper case
 * @param group whether a group number ({@code sharing: group}) is asked for
 * @param prefix national prefix or area code, possibly empty
 * @param withSms {@code with_sms}, null when left to the default
 * @param withMms {@code with_mms}, null when left to the default
 * @param carrierType {@code local}, {@code national}, {@code mobile}, {@code tollfree},
 * or null
 * @param bundleId the regulatory bundle, or null
 */
record PhoneRentalRequest(String country, boolean group, String prefix, Boolean withSms, Boolean withMms,
		String carrierType, String bundleId) {

	private static final Set<String> FIELDS = Set.of("country", "sharing", "prefix", "with_sms", "with_mms",
			"carrier_type", "bundle_id");

	private static final Set<String> CARRIER_TYPES = Set.of("local", "national", "mobile", "tollfree");

	/** Reads a request body; every problem is collected into one 400. */
	static PhoneRentalRequest read(ObjectNode input) {
		FieldErrors errors = new FieldErrors();
		for (Map.Entry<String, JsonNode> entry : input.properties()) {
			if (!FIELDS.contains(entry.getKey())) {
				errors.field(entry.getKey(), "Extra inputs are not permitted");
			}
		}
		String country = text(input, "country", errors);
		if (country == null || country.isBlank()) {
			errors.field("country", "This field is required.");
			country = null;
		}
		else {
			country = country.trim().toUpperCase(Locale.ROOT);
			if (!NumberInventory.knowsCountry(country)) {
				errors.field("country", "\"" + country + "\" is not a two-letter country code with phone numbers.");
			}
		}
		String sharing = text(input, "sharing", errors);
		if (sharing != null && !sharing.equals("personal") && !sharing.equals("group")) {
			errors.field("sharing", "Input should be 'personal' or 'group'");
		}
		String prefix = input.path("prefix").isNumber() ? input.get("prefix").asString()
				: text(input, "prefix", errors);
		prefix = (prefix == null) ? "" : prefix.trim();
		if (prefix.length() > 5) {
			errors.field("prefix", "String should have at most 5 characters");
		}
		else if (!prefix.chars().allMatch(Character::isDigit)) {
			errors.field("prefix", "A prefix is made of digits, without the country code.");
		}
		Boolean withSms = flag(input, "with_sms", errors);
		Boolean withMms = flag(input, "with_mms", errors);
		if (Boolean.TRUE.equals(withMms) && !Boolean.TRUE.equals(withSms)) {
			errors.field("with_mms", "When you request an MMS number, you must set with_sms to true as well.");
		}
		String carrierType = text(input, "carrier_type", errors);
		if (carrierType != null && !CARRIER_TYPES.contains(carrierType)) {
			errors.field("carrier_type", "Input should be 'local', 'national', 'mobile' or 'tollfree'");
		}
		String bundleId = text(input, "bundle_id", errors);
		errors.throwIfAny();
		return new PhoneRentalRequest(country, "group".equals(sharing), prefix, withSms, withMms, carrierType,
				(bundleId == null || bundleId.isBlank()) ? null : bundleId.trim());
	}

	private static String text(ObjectNode input, String field, FieldErrors errors) {
		JsonNode value = input.path(field);
		if (value.isMissingNode() || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			errors.field(field, "Input should be a valid string");
			return null;
		}
		return value.asString();
	}

	private static Boolean flag(ObjectNode input, String field, FieldErrors errors) {
		JsonNode value = input.path(field);
		if (value.isMissingNode() || value.isNull()) {
			return null;
		}
		if (!value.isBoolean()) {
			errors.field(field, "Input should be a valid boolean");
			return null;
		}
		return value.asBoolean();
	}

}
