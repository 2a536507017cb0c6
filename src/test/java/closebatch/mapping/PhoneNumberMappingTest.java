package closebatch.mapping;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A phone-numbers mapping: what it refuses before a row is read (at its line), and what
 * it makes of each row: the record keyed by rep and label, or a rejection naming the
 * column.
 */
class PhoneNumberMappingTest {

	private static final List<String> HEADERS = List.of("Action", "Rep", "Line", "Country", "Prefix", "SMS",
			"Forwarding");

	private static final String MAPPING = """
			phone_number:
			  action: Action
			  user: Rep
			  label: Line
			  country: Country
			  prefix: Prefix
			  with_sms: SMS
			  forward_to_enabled: Forwarding
			""";

	@Test
	void refusesAMappingWithoutALabelOrWithAnUnknownFieldAtItsLine() {
		MappingError noLabel = catchThrowableOfType(MappingError.class,
				() -> MappingLoader.load("phone_number:\n  user: Rep\n", "phones.yaml", HEADERS));
		MappingError unknown = catchThrowableOfType(MappingError.class,
				() -> MappingLoader.load(MAPPING + "  lable: Line\n", "phones.yaml", HEADERS));
		MappingError voiceOnly = catchThrowableOfType(MappingError.class,
				() -> MappingLoader.load(MAPPING + "has-voice-only: retry\n", "phones.yaml", HEADERS));

		assertThat(noLabel.getMessage()).isEqualTo("'phone_number' maps no 'label'");
		assertThat(unknown.line()).isEqualTo(9);
		assertThat(unknown.getMessage()).contains("'lable'");
		assertThat(voiceOnly.getMessage()).isEqualTo("unknown 'has-voice-only' 'retry'");
	}

	@Test
	void mapsARowToARentOfTheRepsNumberKeyedByRepAndLabel() {
		PhoneNumberMapper mapper = mapper();

		PhoneNumberRecord record = (PhoneNumberRecord) mapper.map(2,
				row("", "Ana@Team.example", " Main  Line", "us", "415", "no", "yes"));

		assertThat(record.action()).isEqualTo(PhoneNumberRecord.PhoneAction.RENT);
		assertThat(record.key()).isEqualTo("ana@team.example|main line");
		assertThat(record.rent()).isEqualTo(new PhoneNumberRecord.PhoneRent("US", "415", false, null, null, null));
		assertThat(record.settings()).containsEntry("label", "Main  Line").containsEntry("forward_to_enabled", true);
	}

	@Test
	void rejectsABadRowNamingItsColumn() {
		PhoneNumberMapper mapper = mapper();

		assertThat(mapper.map(2, row("lease", "ana@team.example", "Main", "US", "", "", "")))
			.isEqualTo(new Rejection(2, "Action", "'lease' is not one of release, rent, update"));
		assertThat(mapper.map(3, row("rent", "ana@team.example", "Main", "USA", "", "", "")))
			.isEqualTo(new Rejection(3, "Country", "'USA' is not a two-letter country code (US, GB, DE...)"));
		assertThat(mapper.map(4, row("rent", "ana@team.example", "Main", "US", "4150000", "", ""))).isEqualTo(
				new Rejection(4, "Prefix", "'4150000' is not a prefix of up to 5 digits without the country code"));
		assertThat(mapper.map(5, row("update", "", "Main", "", "", "", ""))).isInstanceOf(Rejection.class)
			.extracting((rejection) -> ((Rejection) rejection).column())
			.isEqualTo("Rep");
	}

	private static PhoneNumberMapper mapper() {
		return (PhoneNumberMapper) MappingLoader.load(MAPPING, "phones.yaml", HEADERS);
	}

	private static Map<String, String> row(String... cells) {
		Map<String, String> row = new java.util.LinkedHashMap<>();
		for (int i = 0; i < cells.length; i++) {
			row.put(HEADERS.get(i), cells[i]);
		}
		return row;
	}

}
