package closebatch.sandbox.resource;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Phone numbers as Close stores them: E.164 ({@code +16503335555}) with an international
 * formatting ({@code +1 650-333-5555}) and the country, read from national or
 * international input.
 */
final class PhoneNumbers {

	/** A normalised number. */
	record Normalized(String e164, String formatted, String country) {
	}

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	private PhoneNumbers() {
	}

	/**
	 * Reads a number; national numbers are read as numbers of {@code defaultCountry}.
	 * Empty when the text is not a possible phone number.
	 */
	static Optional<Normalized> normalize(String text, String defaultCountry) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			PhoneNumber number = UTIL.parse(text.trim(), defaultCountry);
			if (!UTIL.isPossibleNumber(number)) {
				return Optional.empty();
			}
			String region = UTIL.getRegionCodeForNumber(number);
			return Optional.of(new Normalized(UTIL.format(number, PhoneNumberFormat.E164),
					UTIL.format(number, PhoneNumberFormat.INTERNATIONAL), region));
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Whether a number is valid (assigned in its country's numbering plan), not only
	 * possible.
	 */
	static boolean isValid(String e164) {
		try {
			return UTIL.isValidNumber(UTIL.parse(e164, null));
		}
		catch (NumberParseException ex) {
			return false;
		}
	}

}
