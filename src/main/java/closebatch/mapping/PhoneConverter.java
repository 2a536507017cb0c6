package closebatch.mapping;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Writes a phone number in E.164 ({@code +14155550132}) with Google's libphonenumber; a
 * number without a country code is read as a number of the default country.
 */
final class PhoneConverter implements Transform.ValueConverter {

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

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
		try {
			PhoneNumber number = PHONES.parse(value.strip(), this.defaultRegion);
			if (PHONES.isValidNumber(number)) {
				return PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
			}
		}
		catch (NumberParseException ex) {
			// refused below, with the same reason for every kind of unreadable number
		}
		throw new ValueRejected("'" + value + "' is not a valid phone number" + ("ZZ".equals(this.defaultRegion)
				? " (without a country it needs a leading +)" : " for " + this.defaultRegion));
	}

}
