package closebatch.sandbox.resource;

import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import closebatch.sandbox.http.ApiException;
import closebatch.sandbox.http.Caller;
import closebatch.sandbox.http.Json;
import closebatch.sandbox.store.Ids;
import closebatch.sandbox.store.Kind;
import closebatch.sandbox.store.Timestamps;
import closebatch.sandbox.store.Transaction;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rents an internal number under the {@link PhoneRentalRules} in force, or refuses with
 * the body the Close docs give a failed rental: {@code {"status": "…", "error": "…"}}.
 *
 * <p>
 * A rented number is personal to the caller ({@code user_id}) or, with
 * {@code sharing: group}, a group number without participants yet (add them with
 * {@code PUT}). It can send SMS when SMS was wanted (see the rules) and MMS when, in
 * addition, its country has MMS and {@code with_mms} is not false. Its price is
 * {@code last_billed_price}, billed again a month later ({@code next_billing_on}).
 */
final class PhoneRental {

	private PhoneRental() {
	}

	/** The new number's document, not yet stored. */
	static ObjectNode rent(Transaction tx, PhoneRentalRequest request, PhoneRentalRules rules, Caller caller) {
		String country = request.country();
		String prefix = request.prefix();
		String where = prefix.isEmpty() ? country : country + " with the prefix " + prefix;
		if (rules.bundleCountries().contains(country) && request.bundleId() == null) {
			throw failure(400, "needs-more-info", "Renting a number in " + country
					+ " needs a regulatory bundle (proof of address): pass bundle_id, or contact Close support.");
		}
		boolean smsCountry = rules.smsCountries().contains(country);
		boolean wantsSms = Boolean.TRUE.equals(request.withSms()) || (request.withSms() == null && smsCountry);
		if (wantsSms && (!smsCountry || PhoneRentalRules.covers(rules.voiceOnly(), country, prefix))) {
			throw failure(400, "has-voice-only",
					"Only numbers without SMS are available in " + where + "; pass with_sms: false to rent one.");
		}
		boolean wantsMms = wantsSms && rules.mmsCountries().contains(country)
				&& !Boolean.FALSE.equals(request.withMms());
		if (Boolean.TRUE.equals(request.withMms()) && !rules.mmsCountries().contains(country)) {
			throw failure(400, "error", "MMS-capable numbers are not available in " + country + ".");
		}
		NumberInventory.Found found = (PhoneRentalRules.covers(rules.unavailable(), country, prefix)) ? null
				: free(tx, request, rules, wantsSms).orElse(null);
		if (found == null) {
			throw failure(400, "error", "No phone numbers are available in " + where
					+ ((request.carrierType() == null) ? "." : " (" + request.carrierType() + ")."));
		}
		checkBudget(tx, rules);
		return document(tx, request, found, rules.monthlyPrice(), wantsSms, wantsMms, caller);
	}

	private static Optional<NumberInventory.Found> free(Transaction tx, PhoneRentalRequest request,
			PhoneRentalRules rules, boolean wantsSms) {
		Set<String> taken = new HashSet<>();
		tx.all(Kind.PHONE_NUMBER).forEach(number -> taken.add(number.path("number").asString()));
		String country = request.country();
		return NumberInventory.find(country, request.prefix(), NumberInventory.types(request.carrierType()), number -> {
			String national = NumberInventory.nationalNumber(number);
			return !taken.contains(NumberInventory.e164(number))
					&& !PhoneRentalRules.covers(rules.unavailable(), country, national)
					&& !(wantsSms && PhoneRentalRules.covers(rules.voiceOnly(), country, national));
		});
	}

	private static void checkBudget(Transaction tx, PhoneRentalRules rules) {
		List<ObjectNode> rented = tx.all(Kind.PHONE_NUMBER)
			.stream()
			.filter(number -> number.path("type").asString("").equals("internal"))
			.toList();
		if (rules.maxNumbers() != null && rented.size() >= rules.maxNumbers()) {
			throw failure(402, "billing-error", "The organization already rents " + rented.size()
					+ " numbers, its limit of " + rules.maxNumbers() + ".");
		}
		double spent = rented.stream().mapToDouble(number -> number.path("last_billed_price").asDouble(0)).sum();
		if (rules.monthlyBudget() != null && spent + rules.monthlyPrice() > rules.monthlyBudget() + 1e-9) {
			throw failure(402, "billing-error", String.format(Locale.ROOT,
					"The telephony budget has been reached: $%.2f of $%.2f a month is spent, a number costs $%.2f.",
					spent, rules.monthlyBudget(), rules.monthlyPrice()));
		}
	}

	private static ObjectNode document(Transaction tx, PhoneRentalRequest request, NumberInventory.Found found,
			double price, boolean sms, boolean mms, Caller caller) {
		String now = tx.timestamps().now();
		ObjectNode number = Json.object();
		number.put("id", Ids.newId(Kind.PHONE_NUMBER));
		number.put("number", found.e164());
		number.put("country", request.country());
		number.put("type", "internal");
		// Close's rent example shows a null label, but its PhoneNumber schema requires a
		// string.
		number.put("label", "");
		number.put("organization_id", caller.organizationId());
		number.put("is_group_number", request.group());
		number.put("user_id", request.group() ? null : caller.userId());
		number.putArray("participants");
		number.putArray("participant_groups");
		number.putArray("phone_numbers");
		number.putNull("forward_to");
		number.put("forward_to_enabled", false);
		number.put("press_1_to_accept", false);
		number.putNull("voicemail_greeting_url");
		number.putNull("inbound_ring_duration");
		number.put("sms_enabled", sms);
		number.put("mms_enabled", mms);
		number.put("carrier_type", found.carrierType());
		number.put("bundle_id", request.bundleId());
		number.put("last_billed_price", price);
		number.put("next_billing_on",
				Timestamps.format(tx.timestamps().instant().atOffset(ZoneOffset.UTC).plusMonths(1).toInstant()));
		number.put("date_created", now);
		number.put("date_updated", now);
		return number;
	}

	private static ApiException failure(int status, String rentalStatus, String message) {
		ObjectNode body = Json.object();
		body.put("status", rentalStatus);
		body.put("error", message);
		return new ApiException(status, body);
	}

}
