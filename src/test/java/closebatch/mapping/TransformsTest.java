package closebatch.mapping;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each transform, through a one-field mapping: the lead's {@code Value} custom field is
 * filled from the {@code Cell} column with the transforms under test.
 */
class TransformsTest {

	private static final List<String> HEADERS = List.of("Company", "Cell");

	/** Maps one cell through the given {@code transforms:} flow list. */
	static MappedRow map(String transforms, String cell) {
		String yaml = """
				lead:
				  name: Company
				  custom:
				    Value:
				      column: Cell
				      transforms: %s
				""".formatted(transforms);
		RecordMapper mapper = (RecordMapper) MappingLoader.load(yaml, "test.yaml", HEADERS);
		return mapper.map(2, Map.of("Company", "Acme", "Cell", cell));
	}

	static List<String> values(String transforms, String cell) {
		MappedRow row = map(transforms, cell);
		assertThat(row).isInstanceOf(LeadRecord.class);
		return ((LeadRecord) row).custom().getOrDefault("Value", List.of());
	}

	static String value(String transforms, String cell) {
		List<String> values = values(transforms, cell);
		assertThat(values).hasSizeLessThanOrEqualTo(1);
		return values.isEmpty() ? null : values.get(0);
	}

	static Rejection rejection(String transforms, String cell) {
		MappedRow row = map(transforms, cell);
		assertThat(row).isInstanceOf(Rejection.class);
		return (Rejection) row;
	}

	@Nested
	class Text {

		@Test
		void trimStripsTheEndsAndCollapsesInnerSpaces() {
			assertThat(value("[trim]", "  Acme \t  Corp  ")).isEqualTo("Acme Corp");
		}

		@ParameterizedTest
		@CsvSource(delimiter = '|', value = { "[upper]|ACME CORP-SMITH", "[lower]|acme corp-smith",
				"[title]|Acme Corp-Smith", "[{case: upper}]|ACME CORP-SMITH", "[{case: title}]|Acme Corp-Smith" })
		void caseStepsChangeTheLetterCase(String transforms, String expected) {
			assertThat(value(transforms, "aCME cORP-smith")).isEqualTo(expected);
		}

		@Test
		void aBlankCellGivesNoValue() {
			assertThat(values("[trim, upper]", "   ")).isEmpty();
		}

	}

	@Nested
	class DefaultsAndConstants {

		@Test
		void defaultFillsOnlyABlankCellOfALeadBeingCreated() {
			assertThat(createdValue("[{default: n/a}]", "")).isEqualTo("n/a");
			assertThat(value("[{default: n/a}]", "")).as("an update leaves the field as Close holds it").isNull();
			assertThat(value("[{default: n/a}]", "given")).isEqualTo("given");
		}

		@Test
		void constantReplacesWhateverTheCellHoldsOnCreate() {
			assertThat(createdValue("[{constant: fixed}]", "given")).isEqualTo("fixed");
			assertThat(createdValue("[{constant: fixed}]", "")).isEqualTo("fixed");
		}

		@Test
		void onAlwaysAppliesTheStepToUpdatesToo() {
			assertThat(value("[{default: n/a, on: always}]", "")).isEqualTo("n/a");
			assertThat(value("[{constant: fixed, on: always}]", "given")).isEqualTo("fixed");
		}

		static String createdValue(String transforms, String cell) {
			MappedRow row = map(transforms, cell);
			assertThat(row).isInstanceOf(LeadRecord.class);
			return ((LeadRecord) row).rules().createOnlyValue("custom.Value");
		}

	}

	@Nested
	class ValueMaps {

		@Test
		void mapReplacesAListedValueIgnoringCaseAndSpaces() {
			assertThat(value("[{map: {Hot: Potential, Cold: Bad Fit}}]", "  hot ")).isEqualTo("Potential");
		}

		@Test
		void mapRejectsAValueItDoesNotList() {
			assertThat(rejection("[{map: {Hot: Potential}}]", "Lukewarm").reason())
				.isEqualTo("'Lukewarm' is not one of the values the mapping lists");
		}

		@Test
		void mapKeepsAnUnlistedValueWhenToldTo() {
			assertThat(value("[{map: {Hot: Potential}, unmapped: keep}]", "Lukewarm")).isEqualTo("Lukewarm");
			assertThat(value("[{unmapped: keep, map: {Hot: Potential}}]", "hot")).isEqualTo("Potential");
		}

	}

	@Nested
	class Splitting {

		@Test
		void splitGivesOneValuePerPartWithoutBlanks() {
			assertThat(values("[{split: ';'}]", "a; b ;;c;")).containsExactly("a", "b", "c");
		}

		@Test
		void stepsAfterASplitApplyToEachPart() {
			assertThat(values("[{split: '|'}, upper]", "x|y")).containsExactly("X", "Y");
		}

	}

	@Nested
	class Dates {

		@ParameterizedTest
		@CsvSource({ "03/01/2024, 2024-03-01", "2024-03-01, 2024-03-01", "12/31/1999, 1999-12-31" })
		void dateTriesEachFormatAndWritesIso(String cell, String expected) {
			assertThat(value("[{date: [MM/dd/yyyy, yyyy-MM-dd]}]", cell)).isEqualTo(expected);
		}

		@Test
		void dateAcceptsProlepticYearPatternsToo() {
			assertThat(value("[{date: uuuu-MM-dd}]", "2024-02-29")).isEqualTo("2024-02-29");
		}

		@ParameterizedTest
		@CsvSource({ "02/30/2024", "13/01/2024", "yesterday", "03/01/24x" })
		void dateRejectsAnImpossibleOrUnreadableDate(String cell) {
			assertThat(rejection("[{date: MM/dd/yyyy}]", cell).reason())
				.isEqualTo("'" + cell + "' is not a date in the format MM/dd/yyyy");
		}

		@Test
		void datetimeReadsAValueWithoutOffsetInTheMappingsZone() {
			assertThat(value("[{datetime: 'yyyy-MM-dd HH:mm', zone: Europe/Paris}]", "2024-07-01 09:30"))
				.isEqualTo("2024-07-01T09:30:00+02:00");
			assertThat(value("[{datetime: 'yyyy-MM-dd HH:mm', zone: Europe/Paris}]", "2024-01-15 09:30"))
				.isEqualTo("2024-01-15T09:30:00+01:00");
		}

		@Test
		void datetimeKeepsTheOffsetAValueGives() {
			assertThat(value("[{datetime: \"yyyy-MM-dd'T'HH:mmXXX\", zone: UTC}]", "2024-07-01T09:30-05:00"))
				.isEqualTo("2024-07-01T09:30:00-05:00");
		}

		@Test
		void datetimeRejectsAValueNoFormatFits() {
			assertThat(rejection("[{datetime: 'yyyy-MM-dd HH:mm', zone: UTC}]", "2024-07-01").reason())
				.isEqualTo("'2024-07-01' is not a date and time in the format yyyy-MM-dd HH:mm");
		}

	}

	@Nested
	class Numbers {

		@ParameterizedTest
		@CsvSource(delimiter = '|',
				value = { "en-US|1,234.50|1234.5", "de-DE|1.234,5|1234.5", "fr-FR|1 234,5|1234.5", "en-US|-12|-12",
						"en-US|0.00|0", "en-US|1200|1200", "en-US|1,200|1200", "en-US|1200.5|1200.5",
						"en-US|-42.5|-42.5", "en-US|0.125|0.125", "en-US|1,200.500|1200.5", "en-US|1234.567|1234.567",
						"de-DE|1.200|1200", "de-DE|1,25|1.25" })
		void numberReadsTheLocalesWritingAndWritesItPlainly(String locale, String cell, String expected) {
			assertThat(value("[{number: " + locale + "}]", cell)).isEqualTo(expected);
		}

		@ParameterizedTest
		@CsvSource(delimiter = '|', value = { "12 apples", "1.2.3", "abc", "1,2345", "1.234,5" })
		void numberRejectsAnythingLeftOverOrMisplacedGrouping(String cell) {
			assertThat(rejection("[{number: en-US}]", cell).reason())
				.isEqualTo("'" + cell + "' is not a number as written in en-US");
		}

		@ParameterizedTest
		@CsvSource(delimiter = '|', value = { "en-US|1.200", "en-US|-12.500", "en-US|999.999", "de-DE|1,200" })
		void numberRefusesAValueThatAnotherLocaleReadsAsAWholeNumber(String locale, String cell) {
			assertThat(rejection("[{number: " + locale + "}]", cell).reason())
				.startsWith("'" + cell + "' is ambiguous in " + locale + ": it could be a whole number");
		}

		@Test
		void numberRefusesAValueWrittenForAnotherLocale() {
			assertThat(rejection("[{number: de-DE}]", "1,234.5").reason())
				.isEqualTo("'1,234.5' is not a number as written in de-DE");
		}

	}

	@Nested
	class Phones {

		@ParameterizedTest
		@CsvSource(delimiter = '|', value = { "(415) 555-0132|+14155550132", "+44 20 7946 0958|+442079460958",
				"415.555.0132|+14155550132" })
		void phoneWritesE164WithTheDefaultCountry(String cell, String expected) {
			assertThat(value("[{phone: US}]", cell)).isEqualTo(expected);
		}

		@Test
		void phoneRejectsANumberThatIsNotValid() {
			assertThat(rejection("[{phone: US}]", "555-12").reason())
				.isEqualTo("'555-12' is not a valid phone number for US");
		}

		@Test
		void barePhoneAcceptsOnlyInternationalNumbers() {
			assertThat(value("[phone]", "+49 30 901820")).isEqualTo("+4930901820");
			assertThat(rejection("[phone]", "030 901820").reason()).contains("needs a leading +");
		}

	}

	@Nested
	class EmailsAndUrls {

		@Test
		void emailKeepsTheLocalPartAndLowerCasesTheDomain() {
			assertThat(value("[email]", " Jane.Doe@Example.COM ")).isEqualTo("Jane.Doe@example.com");
			assertThat(value("[email]", "mailto:jane@example.com")).isEqualTo("jane@example.com");
		}

		@ParameterizedTest
		@CsvSource(delimiter = '|',
				value = { "jane", "jane@", "jane@example", "jane doe@example.com", "a@b.com, c@d.com" })
		void emailRejectsWhatIsNotOneAddress(String cell) {
			assertThat(rejection("[email]", cell).reason()).isEqualTo("'" + cell + "' is not a valid email address");
		}

		@ParameterizedTest
		@CsvSource(delimiter = '|',
				value = { "acme.com|https://acme.com", "HTTP://WWW.Acme.com/About|http://www.acme.com/About",
						"linkedin.com/in/jane-doe|https://linkedin.com/in/jane-doe" })
		void urlAddsASchemeAndLowerCasesTheHost(String cell, String expected) {
			assertThat(value("[url]", cell)).isEqualTo(expected);
		}

		@ParameterizedTest
		@CsvSource(delimiter = '|', value = { "not a url", "ftp://acme.com", "localhost" })
		void urlRejectsWhatIsNotAWebAddress(String cell) {
			assertThat(rejection("[url]", cell).reason()).isEqualTo("'" + cell + "' is not a valid web address");
		}

	}

	@Test
	void aRejectionNamesTheRowAndTheColumn() {
		Rejection rejection = rejection("[email]", "nope");
		assertThat(rejection.rowNumber()).isEqualTo(2);
		assertThat(rejection.column()).isEqualTo("Cell");
	}

}
