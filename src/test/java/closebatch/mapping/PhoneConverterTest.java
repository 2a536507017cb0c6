package closebatch.mapping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The shortcuts of the phone transform (numbers already written in E.164, numbers
 * converted lately) give what libphonenumber's full parse gives, number for number.
 */
class PhoneConverterTest {

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	@Test
	void numbersWrittenInternationallyAreCheckedWithoutTheParseAndConvertAsTheParseDoes() {
		List<String> written = internationalNumbers();
		int shortcut = 0;
		for (String text : written) {
			String checked = PhoneConverter.alreadyInternational(text);
			if (checked != null) {
				shortcut++;
				assertThat(checked).as(text).isEqualTo(fullParse(text, "US"));
			}
		}
		assertThat(shortcut).as("numbers of %d that took the shortcut", written.size())
			.isGreaterThan(written.size() / 3);
	}

	@Test
	void everyNumberConvertsAsTheFullParseConvertsItInItsDefaultRegion() {
		for (String region : List.of("US", "GB", "DE", "IT", "MX", "AR", "BR", "ZZ")) {
			for (String text : internationalNumbers().subList(0, 2_000)) {
				assertThat(PhoneConverter.e164(text, region)).as("%s in %s", text, region)
					.isEqualTo(fullParse(text, region));
			}
		}
	}

	@Test
	void aNumberIsValidAsLibphonenumberSaysAlsoWhenItsPrefixWasLastFoundInAnotherRegion() {
		List<PhoneNumber> numbers = new ArrayList<>();
		internationalNumbers().forEach((text) -> parsed(text, "ZZ", numbers));
		northAmericanNumbers().forEach((text) -> parsed(text, "US", numbers));
		for (int pass = 0; pass < 2; pass++) {
			for (PhoneNumber number : numbers) {
				assertThat(PhoneConverter.isValid(number)).as("%s", number).isEqualTo(PHONES.isValidNumber(number));
			}
			Collections.reverse(numbers);
		}
	}

	private static void parsed(String text, String region, List<PhoneNumber> numbers) {
		try {
			numbers.add(PHONES.parse(text, region));
		}
		catch (NumberParseException ex) {
			// not a number at all: nothing to check
		}
	}

	@Test
	void northAmericanNumbersWrittenWithoutCountryCodeConvertAsTheFullParseConvertsThem() {
		List<String> written = northAmericanNumbers();
		int shortcut = 0;
		for (String region : List.of("US", "CA", "JM", "PR", "GB")) {
			for (String text : written) {
				String checked = PhoneConverter.northAmericanNational(text, region);
				if (checked != null) {
					shortcut++;
					assertThat(checked).as("%s in %s", text, region).isEqualTo(fullParse(text, region));
				}
				assertThat(PhoneConverter.e164(text, region)).as("%s in %s", text, region)
					.isEqualTo(fullParse(text, region));
			}
		}
		assertThat(PhoneConverter.northAmericanNational("(303) 555-0156", "GB")).isNull();
		assertThat(shortcut).as("numbers of %d in 4 regions that took the shortcut", written.size())
			.isGreaterThan(written.size());
	}

	@Test
	void aNationalPrefixOrLeadingZeroAfterTheCountryCodeIsLeftToTheParse() {
		assertThat(PhoneConverter.alreadyInternational("+44 07911 123456")).isNull();
		assertThat(PhoneConverter.e164("+44 07911 123456", "US")).isEqualTo(fullParse("+44 07911 123456", "US"));
		assertThat(PhoneConverter.alreadyInternational("+39 02 1234 5678")).isNull();
		assertThat(PhoneConverter.e164("+39 02 1234 5678", "US")).isEqualTo("+390212345678");
	}

	@Test
	void aNumberConvertedAgainGivesTheSameNumberOrTheSameRejection() throws ValueRejected {
		PhoneConverter us = new PhoneConverter("US");
		assertThat(us.convert("(303) 555-0156")).isEqualTo("+13035550156");
		assertThat(us.convert("(303) 555-0156")).isEqualTo("+13035550156");
		assertThat(new PhoneConverter("GB").convert("020 7946 0958")).isEqualTo("+442079460958");
		assertThat(new PhoneConverter("DE").convert("(303) 555-0156")).isNotEqualTo("+13035550156");
		for (int i = 0; i < 2; i++) {
			assertThatExceptionOfType(ValueRejected.class).isThrownBy(() -> us.convert(" 555-01 "))
				.satisfies((ex) -> assertThat(ex.reason()).isEqualTo("' 555-01 ' is not a valid phone number for US"));
		}
	}

	@Test
	void theCacheForgetsWhatItHoldsBeforeGrowingPastItsSize() throws ValueRejected {
		PhoneConverter us = new PhoneConverter("US");
		for (int i = 0; i < PhoneConverter.CACHE_SIZE * 2; i++) {
			us.convert(String.format("212-%03d-%04d", 200 + i % 700, i % 10_000));
			assertThat(PhoneConverter.cached()).isLessThanOrEqualTo(PhoneConverter.CACHE_SIZE);
		}
		assertThat(us.convert("212-201-0001")).isEqualTo(fullParse("212-201-0001", "US"));
	}

	/**
	 * Example numbers of every region and type, written with + in E.164 and spaced, and
	 * variants of each that may or may not be valid: digits changed, added or dropped,
	 * the national prefix kept after the country code.
	 */
	private static List<String> internationalNumbers() {
		Random random = new Random(12);
		List<String> written = new ArrayList<>();
		List<PhoneNumber> examples = new ArrayList<>();
		for (String region : PHONES.getSupportedRegions()) {
			for (PhoneNumberType type : PhoneNumberType.values()) {
				PhoneNumber example = PHONES.getExampleNumberForType(region, type);
				if (example != null) {
					examples.add(example);
				}
			}
		}
		for (int code : PHONES.getSupportedGlobalNetworkCallingCodes()) {
			examples.add(PHONES.getExampleNumberForNonGeoEntity(code));
		}
		for (PhoneNumber example : examples) {
			String e164 = PHONES.format(example, PhoneNumberFormat.E164);
			String national = PHONES.getNationalSignificantNumber(example);
			String code = "+" + example.getCountryCode();
			written.add(e164);
			written.add(PHONES.format(example, PhoneNumberFormat.INTERNATIONAL));
			written.add(e164.substring(0, e164.length() - 1) + random.nextInt(10));
			written.add(e164 + random.nextInt(10));
			written.add(e164.substring(0, e164.length() - 1));
			String region = PHONES.getRegionCodeForCountryCode(example.getCountryCode());
			if (!PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(region)) {
				written.add(code + " " + PHONES.getNddPrefixForRegion(region, true) + " " + national);
			}
			written.add(code + "-" + national.substring(0, national.length() / 2) + "-"
					+ national.substring(national.length() / 2));
		}
		return written;
	}

	/**
	 * Example numbers of every region of country code 1 in their national format, and
	 * random ten-digit numbers written as people type them, some with a national or
	 * international prefix, an extension or letters.
	 */
	private static List<String> northAmericanNumbers() {
		Random random = new Random(21);
		List<String> written = new ArrayList<>();
		for (String region : PHONES.getRegionCodesForCountryCode(1)) {
			for (PhoneNumberType type : PhoneNumberType.values()) {
				PhoneNumber example = PHONES.getExampleNumberForType(region, type);
				if (example != null) {
					written.add(PHONES.format(example, PhoneNumberFormat.NATIONAL));
					written.add(PHONES.getNationalSignificantNumber(example));
				}
			}
		}
		for (int i = 0; i < 3_000; i++) {
			String area = String.format("%03d", random.nextInt(1000));
			String exchange = String.format("%03d", random.nextInt(1000));
			String line = String.format("%04d", random.nextInt(10_000));
			written.add(switch (i % 8) {
				case 0 -> "(" + area + ") " + exchange + "-" + line;
				case 1 -> area + "." + exchange + "." + line;
				case 2 -> area + "-" + exchange + "-" + line;
				case 3 -> area + exchange + line;
				case 4 -> "1-" + area + "-" + exchange + "-" + line;
				case 5 -> area + "-" + exchange + "-" + line + " ext. 12";
				case 6 -> area + exchange + line.substring(1);
				default -> "011 " + area + exchange + line;
			});
		}
		return written;
	}

	private static String fullParse(String text, String region) {
		try {
			PhoneNumber number = PHONES.parse(text, region);
			return PHONES.isValidNumber(number) ? PHONES.format(number, PhoneNumberFormat.E164) : "";
		}
		catch (NumberParseException ex) {
			return "";
		}
	}

}
