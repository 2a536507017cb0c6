package closebatch.mapping;

import java.util.concurrent.ConcurrentHashMap;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Writes a phone number in E.164 ({@code +14155550132}) with Google's libphonenumber; a
 * number without a country code is read as a number of the default country.
 *
 * <p>
 * libphonenumber's parse is most of a mapping's time, so some numbers skip it, with the
 * same result: a number already written with {@code +} and its country code (spaces and
 * hyphens allowed) is checked as it stands, as is a ten-digit North American number read
 * in a North American default region; and a number converted lately (the same text for
 * the same default country, as a company's number on each of its contacts' rows) is
 * answered from a bounded cache shared by all converters and threads.
 */
final class PhoneConverter implements Transform.ValueConverter {

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	/** How many texts the cache keeps before it forgets them all and starts again. */
	static final int CACHE_SIZE = 8_192;

	/** E.164 by default region and text; {@link #INVALID} for a text that is none. */
	private static final ConcurrentHashMap<Written, String> RECENT = new ConcurrentHashMap<>();

	private static final String INVALID = "";

	/**
	 * The region each country code and first three national digits were last found valid
	 * in; bounded by the number of such prefixes (fewer than a million).
	 */
	private static final ConcurrentHashMap<Long, String> REGION_BY_PREFIX = new ConcurrentHashMap<>();

	private final String defaultRegion;

	/**
	 * @param defaultRegion an ISO 3166 country code, or "ZZ" to accept only {@code +}
	 * numbers
	 */
	PhoneConverter(String defaultRegion) {
		this.defaultRegion = defaultRegion;
	}

	static boolean isKnownRegion(String region) {
		return PHONES.getSupportedRegions().contains(region);
	}

	@Override
	public String convert(String value) throws ValueRejected {
		String text = value.strip();
		Written written = new Written(this.defaultRegion, text);
		String e164 = RECENT.get(written);
		if (e164 == null) {
			e164 = e164(text, this.defaultRegion);
			if (RECENT.size() >= CACHE_SIZE) {
				RECENT.clear();
			}
			RECENT.put(written, e164);
		}
		if (!e164.isEmpty()) {
			return e164;
		}
		throw new ValueRejected("'" + value + "' is not a valid phone number" + ("ZZ".equals(this.defaultRegion)
				? " (without a country it needs a leading +)" : " for " + this.defaultRegion));
	}

	/** How many texts the cache holds now. */
	static int cached() {
		return RECENT.size();
	}

	/** The number in E.164, or {@link #INVALID}, as libphonenumber's parse finds it. */
	static String e164(String text, String defaultRegion) {
		String checked = alreadyInternational(text);
		if (checked == null) {
			checked = northAmericanNational(text, defaultRegion);
		}
		if (checked != null) {
			return checked;
		}
		try {
			PhoneNumber number = PHONES.parse(text, defaultRegion);
			if (isValid(number)) {
				return PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
			}
		}
		catch (NumberParseException ex) {
			// refused by the caller, with the same reason for every kind of unreadable
			// number
		}
		return INVALID;
	}

	/**
	 * A valid number written as {@code +}, its country code and national number (digits,
	 * spaces, hyphens), in E.164; null when it is written otherwise or is not valid as it
	 * stands, for the full parse to decide. A national number starting with 0 or with its
	 * country's national prefix is left to the parse, which may strip the prefix.
	 */
	static String alreadyInternational(String text) {
		if (text.length() < 2 || text.charAt(0) != '+' || text.charAt(1) < '1' || text.charAt(1) > '9') {
			return null;
		}
		StringBuilder digits = new StringBuilder(16);
		for (int i = 1; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				digits.append(c);
			}
			else if (c != ' ' && c != '-') {
				return null;
			}
		}
		if (digits.length() < 7 || digits.length() > 15) {
			return null;
		}
		for (int length = 1; length <= 3; length++) {
			int countryCode = Integer.parseInt(digits, 0, length, 10);
			String region = PHONES.getRegionCodeForCountryCode(countryCode);
			if (!PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(region) && !"ZZ".equals(region)) {
				return checked(countryCode, region, digits.substring(length));
			}
			if (!"ZZ".equals(region)) {
				return null;
			}
		}
		return null;
	}

	/**
	 * A valid ten-digit number of the North American plan (country code 1, the default
	 * region's) written without a country code, as {@code (303) 555-0156},
	 * {@code 303.555.0156} or {@code 3035550156}, in E.164; null otherwise, for the full
	 * parse to decide. A number starting with 0 or 1 (an international or national
	 * prefix) or holding anything but digits, spaces, hyphens, dots and parentheses is
	 * left to the parse.
	 */
	static String northAmericanNational(String text, String defaultRegion) {
		if ("ZZ".equals(defaultRegion) || PHONES.getCountryCodeForRegion(defaultRegion) != 1) {
			return null;
		}
		long number = 0;
		int digits = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				if (digits == 0 && c < '2') {
					return null;
				}
				number = number * 10 + (c - '0');
				digits++;
			}
			else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')') {
				return null;
			}
		}
		if (digits != 10) {
			return null;
		}
		PhoneNumber parsed = new PhoneNumber().setCountryCode(1).setNationalNumber(number);
		return isValid(parsed) ? PHONES.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164) : null;
	}

	private static String checked(int countryCode, String region, String nationalNumber) {
		String nationalPrefix = PHONES.getNddPrefixForRegion(region, true);
		if (nationalNumber.isEmpty() || nationalNumber.charAt(0) == '0'
				|| (nationalPrefix != null && !nationalPrefix.isEmpty() && nationalNumber.startsWith(nationalPrefix))) {
			return null;
		}
		PhoneNumber number = new PhoneNumber().setCountryCode(countryCode)
			.setNationalNumber(Long.parseLong(nationalNumber));
		return isValid(number) ? PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164) : null;
	}

	/**
	 * Whether a number is valid, as {@link PhoneNumberUtil#isValidNumber} says. That
	 * finds the number's region first, trying each region of its country code in turn (25
	 * for North America), then checks the number against it; a number valid in the region
	 * that the last number with the same country code and first three digits was found in
	 * skips the search.
	 */
	static boolean isValid(PhoneNumber number) {
		long leading = number.getNationalNumber();
		while (leading >= 1_000) {
			leading /= 10;
		}
		long prefix = number.getCountryCode() * 1_000L + leading;
		String region = REGION_BY_PREFIX.get(prefix);
		if (region != null && PHONES.isValidNumberForRegion(number, region)) {
			return true;
		}
		region = PHONES.getRegionCodeForNumber(number);
		if (region == null || !PHONES.isValidNumberForRegion(number, region)) {
			return false;
		}
		REGION_BY_PREFIX.put(prefix, region);
		return true;
	}

	/**
	 * A number as written, with the country it is read in when it has no country code.
	 */
	private record Written(String defaultRegion, String text) {
	}

}
