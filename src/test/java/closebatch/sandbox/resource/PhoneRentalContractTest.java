package closebatch.sandbox.resource;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import closebatch.sandbox.SandboxClient;
import closebatch.sandbox.SandboxExtension;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renting numbers with {@code POST /phone_number/request/internal/}, as the docs page
 * "Request an internal phone number" describes it: 201 with the number, or a 4xx whose
 * {@code status} is {@code has-voice-only}, {@code needs-more-info},
 * {@code billing-error} or {@code error}, produced here by the sandbox's rental rules
 * (README, "Phone number rental rules").
 */
class PhoneRentalContractTest {

	/** The {@code required} list of the OpenAPI {@code PhoneNumber} schema. */
	static final List<String> REQUIRED = List.of("address_id", "bundle_id", "carrier", "carrier_type", "country",
			"date_created", "date_updated", "id", "is_group_number", "is_premium", "is_verified", "label",
			"last_billed_price", "mms_enabled", "next_billing_on", "number", "number_formatted", "organization_id",
			"sms_enabled", "supports_mms_to_countries", "supports_sms_to_countries", "type", "user_id");

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	private final SandboxClient close = sandbox.client();

	/**
	 * The docs' example: {@code {"country": "US", "sharing": "personal", "prefix":
	 * "650"}}.
	 */
	@Test
	void rentsAValidNumberOfTheCountryAndPrefixAndAnswers201() {
		SandboxClient.Response response = this.close.post("phone_number/request/internal/",
				Map.of("country", "US", "sharing", "personal", "prefix", "650"));

		assertThat(response.status()).isEqualTo(201);
		JsonNode number = response.body();
		assertThat(number.properties()).extracting(Map.Entry::getKey).containsAll(REQUIRED);
		assertThat(number.get("id").asString()).startsWith("phon_");
		assertThat(number.get("number").asString()).startsWith("+1650");
		assertThat(isValid(number.get("number").asString(), "US")).isTrue();
		assertThat(number.get("number_formatted").asString()).startsWith("+1 650-");
		assertThat(number.get("type").asString()).isEqualTo("internal");
		assertThat(number.get("is_group_number").asBoolean()).isFalse();
		assertThat(number.get("user_id").asString()).isEqualTo(this.close.get("me/").ok().get("id").asString());
		assertThat(number.get("sms_enabled").asBoolean()).isTrue();
		assertThat(number.get("mms_enabled").asBoolean()).isTrue();
		assertThat(number.get("supports_sms_to_countries").valueStream().map(JsonNode::asString)).containsExactly("CA",
				"PR", "US");
		assertThat(number.get("carrier_type").asString()).isEqualTo("local");
		assertThat(number.get("last_billed_price").asDouble()).isEqualTo(1.15);
	}

	@Test
	void neverRentsTheSameNumberTwice() {
		Set<String> numbers = new HashSet<>();
		for (int i = 0; i < 5; i++) {
			numbers.add(rent(Map.of("country", "US", "prefix", "65033")).get("number").asString());
		}

		assertThat(numbers).hasSize(5).allMatch(number -> number.startsWith("+165033"));
	}

	@Test
	void rentsNumbersAbroadWithTheRequestedCarrierType() {
		ObjectNode london = rent(Map.of("country", "GB", "prefix", "020"));
		ObjectNode tollFree = rent(Map.of("country", "US", "carrier_type", "tollfree"));

		assertThat(london.get("number").asString()).startsWith("+4420");
		assertThat(isValid(london.get("number").asString(), "GB")).isTrue();
		assertThat(tollFree.get("carrier_type").asString()).isEqualTo("tollfree");
		assertThat(PHONES.getNumberType(parse(tollFree.get("number").asString())))
			.isEqualTo(PhoneNumberUtil.PhoneNumberType.TOLL_FREE);
	}

	@Test
	void rentsAGroupNumberWithoutAnOwner() {
		ObjectNode number = rent(Map.of("country", "US", "sharing", "group"));

		assertThat(number.get("is_group_number").asBoolean()).isTrue();
		assertThat(number.get("user_id").isNull()).isTrue();
		assertThat(number.get("participants")).isEmpty();
	}

	@Test
	void refusesARequestWithoutCountry() {
		SandboxClient.Response response = this.close.post("phone_number/request/internal/", Map.of("prefix", "650"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().at("/field-errors/country").asString()).isEqualTo("This field is required.");
	}

	/**
	 * {@code CreatePhoneNumberRequest}: prefix at most 5 characters; "When you request an
	 * MMS number, you must set with_sms to true as well"; {@code additionalProperties:
	 * false} (NOTES §7).
	 */
	@Test
	void refusesALongPrefixMmsWithoutSmsAndUnknownKeys() {
		SandboxClient.Response response = this.close.post("phone_number/request/internal/",
				Map.of("country", "US", "prefix", "650333", "with_mms", true, "area", "bay"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().at("/field-errors/prefix").asString())
			.isEqualTo("String should have at most 5 characters");
		assertThat(response.body().at("/field-errors/with_mms").asString()).contains("with_sms to true");
		assertThat(response.body().at("/field-errors/area").asString()).isEqualTo("Extra inputs are not permitted");
	}

	/**
	 * {@code needs-more-info}: "More information (such as proof of address) is needed".
	 */
	@Test
	void needsABundleForCountriesThatRequireOne() {
		SandboxClient.Response refused = this.close.post("phone_number/request/internal/",
				Map.of("country", "DE", "prefix", "030"));
		ObjectNode rented = rent(Map.of("country", "DE", "prefix", "030", "bundle_id", "BU0123"));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().get("status").asString()).isEqualTo("needs-more-info");
		assertThat(refused.body().get("error").asString()).contains("bundle_id");
		assertThat(rented.get("number").asString()).startsWith("+4930");
		assertThat(rented.get("bundle_id").asString()).isEqualTo("BU0123");
	}

	/**
	 * {@code has-voice-only}: "You can attempt renting the number by passing with_sms as
	 * false."
	 */
	@Test
	void offersVoiceOnlyNumbersWhenSmsIsNotAvailable() {
		SandboxClient.Response mexico = this.close.post("phone_number/request/internal/",
				Map.of("country", "MX", "with_sms", true));
		ObjectNode voiceOnly = rent(Map.of("country", "MX", "with_sms", false));

		assertThat(mexico.status()).isEqualTo(400);
		assertThat(mexico.body().get("status").asString()).isEqualTo("has-voice-only");
		assertThat(voiceOnly.get("sms_enabled").asBoolean()).isFalse();
		assertThat(voiceOnly.get("supports_sms_to_countries")).isEmpty();
	}

	@Test
	void treatsPrefixesOnTheVoiceOnlyListAsVoiceOnly() {
		settings(Map.of("voice_only", List.of("US:907")));

		SandboxClient.Response alaska = this.close.post("phone_number/request/internal/",
				Map.of("country", "US", "prefix", "907"));
		ObjectNode voiceOnly = rent(Map.of("country", "US", "prefix", "907", "with_sms", false));

		assertThat(alaska.body().get("status").asString()).isEqualTo("has-voice-only");
		assertThat(voiceOnly.get("number").asString()).startsWith("+1907");
		assertThat(voiceOnly.get("mms_enabled").asBoolean()).isFalse();
	}

	/** {@code error}: "A human-readable message is returned in the error field." */
	@Test
	void answersErrorWhenNoNumberIsAvailable() {
		settings(Map.of("unavailable", List.of("US:212")));

		SandboxClient.Response soldOut = this.close.post("phone_number/request/internal/",
				Map.of("country", "US", "prefix", "212"));
		SandboxClient.Response noSuchPrefix = this.close.post("phone_number/request/internal/",
				Map.of("country", "US", "prefix", "000"));

		assertThat(soldOut.status()).isEqualTo(400);
		assertThat(soldOut.body().get("status").asString()).isEqualTo("error");
		assertThat(soldOut.body().get("error").asString())
			.isEqualTo("No phone numbers are available in US with the prefix 212.");
		assertThat(noSuchPrefix.body().get("status").asString()).isEqualTo("error");
	}

	/**
	 * {@code billing-error}: "the telephony budget has been reached"; 402 is the status
	 * Close documents for a reached plan limit.
	 */
	@Test
	void answersBillingErrorOnceTheBudgetIsSpentAndAgainAfterARelease() {
		settings(Map.of("monthly_budget", 2.0, "monthly_price", 1.5));
		String first = rent(Map.of("country", "US")).get("id").asString();

		SandboxClient.Response refused = this.close.post("phone_number/request/internal/", Map.of("country", "US"));
		this.close.delete("phone_number/" + first + "/").ok();
		SandboxClient.Response afterRelease = this.close.post("phone_number/request/internal/",
				Map.of("country", "US"));

		assertThat(refused.status()).isEqualTo(402);
		assertThat(refused.body().get("status").asString()).isEqualTo("billing-error");
		assertThat(refused.body().get("error").asString()).contains("$1.50 of $2.00");
		assertThat(afterRelease.status()).isEqualTo(201);
	}

	@Test
	void answersBillingErrorPastTheNumberLimit() {
		settings(Map.of("max_numbers", 1));
		rent(Map.of("country", "CA"));

		SandboxClient.Response refused = this.close.post("phone_number/request/internal/", Map.of("country", "CA"));

		assertThat(refused.status()).isEqualTo(402);
		assertThat(refused.body().get("error").asString()).contains("limit of 1");
	}

	@Test
	void showsAndChecksTheRulesUnderSandboxSettings() {
		SandboxClient control = SandboxClient.withAuthorization(sandbox.sandbox().controlUrl(), null);

		JsonNode rules = control.get("settings/").ok().get("phone_rental");
		SandboxClient.Response invalid = control.put("settings/",
				Map.of("phone_rental", Map.of("voice_only", List.of("United States"))));
		SandboxClient.Response misspelt = control.put("settings/", Map.of("phone_rental", Map.of("max_number", 1)));

		assertThat(rules.get("bundle_countries").valueStream().map(JsonNode::asString)).contains("DE", "FR", "AU");
		assertThat(rules.get("sms_countries").valueStream().map(JsonNode::asString)).contains("US");
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.body().at("/field-errors/phone_rental").asString()).contains("UNITED STATES");
		assertThat(misspelt.status()).isEqualTo(400);
		assertThat(misspelt.body().at("/field-errors/phone_rental").asString()).contains("max_number");
	}

	private ObjectNode rent(Map<String, Object> request) {
		SandboxClient.Response response = this.close.post("phone_number/request/internal/", request);
		assertThat(response.status()).as("rental answer %s", response.body()).isEqualTo(201);
		return (ObjectNode) response.body();
	}

	private static void settings(Map<String, Object> phoneRental) {
		SandboxClient.withAuthorization(sandbox.sandbox().controlUrl(), null)
			.put("settings/", Map.of("phone_rental", phoneRental))
			.ok();
	}

	private static boolean isValid(String e164, String country) {
		return PHONES.isValidNumberForRegion(parse(e164), country);
	}

	private static com.google.i18n.phonenumbers.Phonenumber.PhoneNumber parse(String e164) {
		try {
			return PHONES.parse(e164, null);
		}
		catch (NumberParseException ex) {
			throw new AssertionError(e164 + " is not a phone number", ex);
		}
	}

}
