package closebatch.sandbox.resource;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What {@code POST /phone_number/request/internal/} answers, since the sandbox rents from
 * no carrier. Each rule yields one of the failure statuses the Close docs list ("Request
 * an internal phone number"); they are checked in this order:
 *
 * <ol>
 * <li>{@code needs-more-info} (400): the country is in {@code bundle_countries} (where a
 * regulatory bundle, such as proof of address, is needed) and the request has no
 * {@code bundle_id}.</li>
 * <li>{@code has-voice-only} (400): SMS is wanted ({@code with_sms: true}, or
 * {@code with_sms} left out in a country of {@code sms_countries}) but the country is not
 * in {@code sms_countries}, or the country or prefix is in {@code voice_only}. As the
 * docs advise, {@code with_sms: false} then rents a voice-only number.</li>
 * <li>{@code error} (400): MMS forced ({@code with_mms: true}) outside
 * {@code mms_countries}; the country or prefix is in {@code unavailable}; or no valid,
 * free number of the country, prefix and {@code carrier_type} exists.</li>
 * <li>{@code billing-error} (402, the status Close documents for a reached plan limit):
 * the organization already holds {@code max_numbers} rented numbers, or one more would
 * take their monthly cost ({@code monthly_price} each) past {@code monthly_budget}. A
 * released number frees its share.</li>
 * </ol>
 *
 * Entries of {@code voice_only} and {@code unavailable} are a country ({@code "MX"}) or a
 * country and a national prefix ({@code "US:907"}); a prefix entry covers longer prefixes
 * and every number that starts with it.
 *
 * @param smsCountries countries where rented numbers can send SMS (the docs' example
 * shows US and Canadian numbers texting)
 * @param mmsCountries countries where rented numbers can send MMS (the docs' example: CA,
 * US)
 * @param voiceOnly countries or prefixes that only have numbers without SMS
 * @param bundleCountries countries whose numbers need a {@code bundle_id}
 * @param unavailable countries or prefixes with no number left to rent
 * @param maxNumbers how many rented numbers the organization may hold; null for no limit
 * @param monthlyBudget the telephony budget per month in dollars; null for no budget
 * @param monthlyPrice the monthly price of one number in dollars, reported as
 * {@code last_billed_price}
 */
public record PhoneRentalRules(@JsonProperty("sms_countries") List<String> smsCountries,
		@JsonProperty("mms_countries") List<String> mmsCountries, @JsonProperty("voice_only") List<String> voiceOnly,
		@JsonProperty("bundle_countries") List<String> bundleCountries,
		@JsonProperty("unavailable") List<String> unavailable, @JsonProperty("max_numbers") Integer maxNumbers,
		@JsonProperty("monthly_budget") Double monthlyBudget, @JsonProperty("monthly_price") double monthlyPrice) {

	private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

	private static final Pattern COUNTRY_OR_PREFIX = Pattern.compile("[A-Z]{2}(:\\d{1,5})?");

	public PhoneRentalRules {
		smsCountries = normalized("sms_countries", smsCountries, COUNTRY);
		mmsCountries = normalized("mms_countries", mmsCountries, COUNTRY);
		voiceOnly = normalized("voice_only", voiceOnly, COUNTRY_OR_PREFIX);
		bundleCountries = normalized("bundle_countries", bundleCountries, COUNTRY);
		unavailable = normalized("unavailable", unavailable, COUNTRY_OR_PREFIX);
		if (maxNumbers != null && maxNumbers < 0) {
			throw new IllegalArgumentException("max_numbers must not be negative");
		}
		if (monthlyBudget != null && !(monthlyBudget >= 0)) {
			throw new IllegalArgumentException("monthly_budget must not be negative");
		}
		if (!(monthlyPrice >= 0)) {
			throw new IllegalArgumentException("monthly_price must not be negative");
		}
	}

	/**
	 * Close-like rules: SMS in the US, Canada, the UK and Australia, MMS in the US and
	 * Canada, regulatory bundles for the countries Close's carriers ask them for, no
	 * budget.
	 */
	public static PhoneRentalRules defaults() {
		return new PhoneRentalRules(List.of("US", "CA", "GB", "AU"), List.of("US", "CA"), List.of(),
				List.of("AT", "AU", "BE", "CH", "DE", "DK", "ES", "FR", "IE", "IT", "JP", "NL", "PT", "SE"), List.of(),
				null, null, 1.15);
	}

	/** Whether a country, or a prefix of it, is covered by a list of entries. */
	static boolean covers(List<String> entries, String country, String nationalPrefix) {
		for (String entry : entries) {
			if (entry.equals(country)) {
				return true;
			}
			if (entry.startsWith(country + ":") && nationalPrefix.startsWith(entry.substring(3))) {
				return true;
			}
		}
		return false;
	}

	private static List<String> normalized(String name, List<String> entries, Pattern pattern) {
		if (entries == null) {
			return List.of();
		}
		List<String> upper = entries.stream().map(entry -> entry.trim().toUpperCase(Locale.ROOT)).toList();
		for (String entry : upper) {
			if (!pattern.matcher(entry).matches()) {
				throw new IllegalArgumentException(name + ": \"" + entry + "\" is not " + ((pattern == COUNTRY)
						? "a country code such as US" : "a country or country:prefix such as US:907"));
			}
		}
		return upper;
	}

}
