package closebatch.guess;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import closebatch.source.CsvFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@link MappingGuesser} makes of a file's columns: Close fields by name and by
 * values, custom fields typed by their values, and the key.
 */
class MappingGuesserTest {

	@TempDir
	Path folder;

	@Test
	void columnsWhoseNamesSayNothingAreRecognisedByTheirValues() throws Exception {
		GuessedMapping guess = guess("""
				A,B,C,D,E,F
				ann@example.com,020 7946 0958,31.01.2021,"1.234,5",example.com,x
				bob@example.com,020 7946 0959,01.02.2021,"2.000,25",www.example.org,y
				cy@example.com,0161 496 0123,28.02.2022,"17,5",https://example.net/a,x
				""");

		assertThat(guess.column("A").target()).isEqualTo(Target.CONTACT_EMAIL);
		assertThat(guess.column("B").target()).isEqualTo(Target.CONTACT_PHONE);
		assertThat(guess.column("B").steps()).containsExactly(new Step.Phone("GB"));
		assertThat(guess.column("C").type()).isEqualTo("date");
		assertThat(guess.column("C").steps()).containsExactly(new Step.Date(List.of("dd.MM.yyyy")));
		assertThat(guess.column("D").type()).isEqualTo("number");
		assertThat(guess.column("D").steps()).containsExactly(new Step.Number("de-DE"));
		assertThat(guess.column("E").target()).isEqualTo(Target.LEAD_URL);
		assertThat(guess.column("F").target()).isEqualTo(Target.LEAD_CUSTOM);
	}

	@Test
	void phoneNumbersAreReadInTheCountryMostOfThemParseInAndUsBeforeCanadaOnATie() throws Exception {
		GuessedMapping guess = guess("""
				Company,Phone,Mobile
				Acme,416-555-0104,+44 7911 123429
				Brill,303-555-0156,07911 123430
				Cord,+1 403 555 0196,07911 123431
				""");

		assertThat(guess.column("Phone").steps()).containsExactly(new Step.Phone("US"));
		assertThat(guess.column("Mobile").steps()).containsExactly(new Step.Phone("GB"));
		assertThat(guess.column("Mobile").type()).isEqualTo("mobile");
	}

	@Test
	void namedColumnsFillTheLeadTheContactAndTheAddressAndTheCompanyIsTheKey() throws Exception {
		GuessedMapping guess = guess("""
				Account Name,First Name,Last Name,Job Title,E-Mail,Street,Town,Postal Code,Country,Website,Notes
				Acme,Ann,Lee,CEO,ann@acme.example,1 Main St,Springfield,12345,United States,acme.example,hi
				Acme,Bob,Ray,CTO,bob@acme.example,1 Main St,Springfield,12345,USA,acme.example,
				""");

		assertThat(guess.key()).containsExactly("Account Name");
		assertThat(guess.column("Account Name").target()).isEqualTo(Target.LEAD_NAME);
		assertThat(guess.to(Target.CONTACT_NAME)).extracting(ColumnGuess::column)
			.containsExactly("First Name", "Last Name");
		assertThat(guess.column("Job Title").target()).isEqualTo(Target.CONTACT_TITLE);
		assertThat(guess.column("E-Mail").target()).isEqualTo(Target.CONTACT_EMAIL);
		assertThat(guess.column("Town").target()).isEqualTo(Target.CITY);
		assertThat(guess.column("Postal Code").target()).isEqualTo(Target.ZIPCODE);
		assertThat(guess.column("Country").steps())
			.contains(new Step.MapValues(java.util.Map.of("United States", "US", "USA", "US")));
		assertThat(guess.column("Website").target()).isEqualTo(Target.LEAD_URL);
		assertThat(guess.column("Notes").target()).isEqualTo(Target.LEAD_DESCRIPTION);
	}

	@Test
	void anIdColumnIsTheKeyWhenNoColumnNamesTheCompany() throws Exception {
		GuessedMapping guess = guess("""
				External ID,Contact,Email
				A-1,Ann Lee,ann@example.com
				A-2,Bob Ray,bob@example.com
				""");

		assertThat(guess.key()).containsExactly("External ID");
		assertThat(guess.column("External ID").type()).isEqualTo("text");
		assertThat(guess.column("Contact").target()).isEqualTo(Target.CONTACT_NAME);
	}

	@Test
	void aFewRepeatedValuesAreChoicesFoldedByCaseAndManyAreText() throws Exception {
		StringBuilder csv = new StringBuilder("Company,Tier,Motto\n");
		for (int i = 0; i < 30; i++) {
			csv.append("Co ").append(i).append(',').append(List.of("Gold", "Silver", "gold").get(i % 3));
			csv.append(",Motto number ").append(i).append('\n');
		}

		GuessedMapping guess = guess(csv.toString());

		assertThat(guess.column("Tier").type()).isEqualTo("choices");
		assertThat(guess.column("Tier").choices()).containsExactly("Gold", "Silver");
		assertThat(guess.column("Motto").type()).isEqualTo("text");
	}

	@Test
	void datesThatReadBothWaysSaySoAndAStrayFormatIsNotAdded() throws Exception {
		GuessedMapping guess = guess("""
				Company,Signed
				A,01/02/2021
				B,03/04/2021
				C,05/06/2021
				D,2021-07-08
				E,2021-09-10
				""");

		assertThat(guess.column("Signed").steps()).containsExactly(new Step.Date(List.of("MM/dd/yyyy", "yyyy-MM-dd")));
		assertThat(guess.column("Signed").reason()).contains("also reads as dd/MM/yyyy");
	}

	@Test
	void codesWithLeadingZerosStayText() throws Exception {
		GuessedMapping guess = guess("""
				Company,Branch
				A,0042
				B,0043
				C,0044
				""");

		assertThat(guess.column("Branch").type()).isEqualTo("text");
	}

	private GuessedMapping guess(String csv) throws Exception {
		Path file = this.folder.resolve("input.csv");
		Files.writeString(file, csv);
		return MappingGuesser.guess(FileSample.read(CsvFile.of(file), FileSample.DEFAULT_ROWS));
	}

}
