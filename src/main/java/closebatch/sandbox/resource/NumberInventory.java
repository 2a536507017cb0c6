package closebatch.sandbox.resource;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.PhoneNumberUtil.ValidationResult;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * The numbers the sandbox can rent out: every number libphonenumber holds valid in its
 * country's numbering plan, of the requested type, starting with the requested national
 * prefix.
 *
 * <p>
 * A search tries every length the country's plan allows for the type, the length of
 * libphonenumber's example number first. Small spaces (up to {@value #EXHAUSTIVE}
 * candidates) are scanned whole from a random start, so "none available" there is
 * certain; larger ones are sampled {@value #SAMPLES} times, which finds a number wherever
 * a useful share of the space is valid. A prefix written with the national trunk prefix
 * ({@code 020} in the UK) is tried without it first.
 */
final class NumberInventory {

	/** A number found: E.164, and the carrier type it rents as. */
	record Found(String e164, String carrierType) {
	}

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	private static final int EXHAUSTIVE = 200_000;

	private static final int SAMPLES = 20_000;

	private NumberInventory() {
	}

	/** Whether libphonenumber knows the numbering plan of a country. */
	static boolean knowsCountry(String country) {
		return UTIL.getSupportedRegions().contains(country);
	}

	/**
	 * The number types a Close {@code carrier_type} rents: null means a geographic or
	 * mobile number, as a default rental is.
	 */
	static Set<PhoneNumberType> types(String carrierType) {
		if (carrierType == null) {
			return EnumSet.of(PhoneNumberType.FIXED_LINE, PhoneNumberType.FIXED_LINE_OR_MOBILE, PhoneNumberType.MOBILE);
		}
		return switch (carrierType) {
			case "local" -> EnumSet.of(PhoneNumberType.FIXED_LINE, PhoneNumberType.FIXED_LINE_OR_MOBILE);
			case "mobile" -> EnumSet.of(PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE);
			case "tollfree" -> EnumSet.of(PhoneNumberType.TOLL_FREE);
			default -> EnumSet.of(PhoneNumberType.UAN, PhoneNumberType.VOIP, PhoneNumberType.PERSONAL_NUMBER);
		};
	}

	/**
	 * A number of the country starting with the prefix, of one of the types, that
	 * {@code available} accepts.
	 */
	static Optional<Found> find(String country, String prefix, Set<PhoneNumberType> types,
			Predicate<PhoneNumber> available) {
		List<String> prefixes = new ArrayList<>();
		String trunk = UTIL.getNddPrefixForRegion(country, true);
		if (trunk != null && !trunk.isEmpty() && prefix.startsWith(trunk)) {
			prefixes.add(prefix.substring(trunk.length()));
		}
		prefixes.add(prefix);
		for (String candidatePrefix : prefixes) {
			for (int length : lengths(country, types)) {
				Optional<PhoneNumber> number = search(country, candidatePrefix, length, types, available);
				if (number.isPresent()) {
					return number.map(found -> new Found(e164(found), carrierType(UTIL.getNumberType(found))));
				}
			}
		}
		return Optional.empty();
	}

	static String e164(PhoneNumber number) {
		return UTIL.format(number, PhoneNumberFormat.E164);
	}

	/** The national significant number of a number, with its leading zeros. */
	static String nationalNumber(PhoneNumber number) {
		return UTIL.getNationalSignificantNumber(number);
	}

	private static Optional<PhoneNumber> search(String country, String prefix, int length, Set<PhoneNumberType> types,
			Predicate<PhoneNumber> available) {
		int free = length - prefix.length();
		if (free < 0) {
			return Optional.empty();
		}
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long space = (free >= 18) ? Long.MAX_VALUE : (long) Math.pow(10, free);
		boolean exhaustive = space <= EXHAUSTIVE;
		long start = exhaustive ? random.nextLong(space) : 0;
		long tries = exhaustive ? space : SAMPLES;
		for (long i = 0; i < tries; i++) {
			String digits = prefix + (exhaustive ? padded((start + i) % space, free) : randomDigits(random, free));
			PhoneNumber number = number(country, digits);
			if (UTIL.isValidNumberForRegion(number, country) && types.contains(UTIL.getNumberType(number))
					&& available.test(number)) {
				return Optional.of(number);
			}
		}
		return Optional.empty();
	}

	private static String padded(long value, int width) {
		return (width == 0) ? "" : String.format("%0" + width + "d", value);
	}

	private static String randomDigits(ThreadLocalRandom random, int count) {
		char[] digits = new char[count];
		for (int i = 0; i < count; i++) {
			digits[i] = (char) ('0' + random.nextInt(10));
		}
		return new String(digits);
	}

	/** The national number lengths of the types, the example number's first. */
	private static List<Integer> lengths(String country, Set<PhoneNumberType> types) {
		Set<Integer> possible = new TreeSet<>();
		List<Integer> ordered = new ArrayList<>();
		for (PhoneNumberType type : types) {
			PhoneNumber example = UTIL.getExampleNumberForType(country, type);
			if (example != null && !ordered.contains(nationalNumber(example).length())) {
				ordered.add(nationalNumber(example).length());
			}
			for (int length = 2; length <= 17; length++) {
				ValidationResult result = UTIL.isPossibleNumberForTypeWithReason(number(country, "2".repeat(length)),
						type);
				if (result == ValidationResult.IS_POSSIBLE) {
					possible.add(length);
				}
			}
		}
		possible.stream().filter(length -> !ordered.contains(length)).forEach(ordered::add);
		return ordered;
	}

	private static PhoneNumber number(String country, String nationalDigits) {
		PhoneNumber number = new PhoneNumber().setCountryCode(UTIL.getCountryCodeForRegion(country))
			.setNationalNumber(Long.parseLong(nationalDigits));
		int zeros = 0;
		while (zeros < nationalDigits.length() - 1 && nationalDigits.charAt(zeros) == '0') {
			zeros++;
		}
		if (zeros > 0) {
			number.setItalianLeadingZero(true).setNumberOfLeadingZeros(zeros);
		}
		return number;
	}

	private static String carrierType(PhoneNumberType type) {
		return switch (type) {
			case FIXED_LINE, FIXED_LINE_OR_MOBILE -> "local";
			case MOBILE -> "mobile";
			case TOLL_FREE -> "tollfree";
			default -> "national";
		};
	}

}
