package closebatch.mapping;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A mistake in a mapping file stops the job before any row is read, with the file, line,
 * column and a hint ({@code mapping/errors/*.yaml}).
 */
class MappingErrorsTest {

	private static final Path ERRORS = Path.of("src/test/resources/mapping/errors");

	private static final List<String> HEADERS = List.of("Company", "Website", "Email", "Phone", "Since");

	private static MappingError errorOf(String file) {
		Path path = ERRORS.resolve(file);
		return org.assertj.core.api.Assertions.catchThrowableOfType(MappingError.class,
				() -> MappingLoader.load(path, HEADERS));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			textBlock = """
					unknown-column.yaml              | 3 | 8  | unknown column 'Web Site'
					unknown-lead-field.yaml          | 3 | 3  | unknown key 'emails' in 'lead' (Close lead fields)
					unknown-transform.yaml           | 6 | 9  | unknown transform 'uppercase'
					bad-date-pattern.yaml            | 7 | 17 | bad 'date' pattern
					datetime-without-zone.yaml       | 7 | 11 | the 'datetime' transform needs a 'zone'
					split-single-field.yaml          | 3 | 5  | 'name' takes one value, so it cannot be split
					create-missing-without-type.yaml | 6 | 7  | custom field 'Since' has 'create-missing: true' but no 'type'
					update-without-key.yaml          | 1 | 7  | mode 'update' needs a way to find the leads
					duplicate-key.yaml               | 4 | 3  | duplicate key 'name'
					not-yaml.yaml                    | 3 | 16 | not valid YAML
					unknown-phone-country.yaml       | 7 | 20 | unknown country 'XX' for phone numbers
					unknown-match-rule.yaml          | 3 | 16 | unknown match rule 'phone'
					match-on-unmapped-custom-field.yaml | 4 | 15 | 'match: {custom: External ID}' names a custom field the mapping does not fill
					bad-namespace.yaml               | 3 | 14 | 'crm accounts' cannot be a namespace
					unknown-blank-rule.yaml          | 5 | 12 | unknown 'blank: erase'
					unknown-on.yaml                  | 5 | 9  | unknown 'on: sometimes'
					""")
	void reportsTheMistakeAtItsLineAndColumn(String file, int line, int column, String problem) {
		MappingError error = errorOf(file);

		assertThat(error).as(file).isNotNull();
		assertThat(error.location().file()).isEqualTo(ERRORS.resolve(file).toString());
		assertThat(error.getMessage()).startsWith(problem);
		assertThat(List.of(error.line(), error.column())).as(error.getMessage()).containsExactly(line, column);
		assertThat(error.location()).hasToString(ERRORS.resolve(file) + ":" + line + ":" + column);
		assertThat(error.hint()).isNotBlank();
		assertThat(error.code()).isEqualTo(MappingError.Code.MAPPING);
		assertThat(error.getStackTrace()).isEmpty();
	}

	@Test
	void suggestsTheNearestColumnForATypo() {
		assertThat(errorOf("unknown-column.yaml").hint()).startsWith("did you mean 'Website'?");
	}

	@Test
	void suggestsTheNearestCloseFieldOrTransform() {
		assertThat(errorOf("unknown-transform.yaml").hint()).isEqualTo("did you mean 'upper'?");
		assertThat(errorOf("duplicate-key.yaml").hint()).contains("line 2");
	}

	@Test
	void pointsAContactFieldUnderTheLeadToTheContacts() {
		assertThat(errorOf("unknown-lead-field.yaml").hint())
			.isEqualTo("'emails' belongs to a contact: put it under 'contacts:'");
	}

	@Test
	void keepsTheParsersMessageToOneLine() {
		assertThat(errorOf("not-yaml.yaml").getMessage())
			.isEqualTo("not valid YAML: mapping values are not allowed here");
	}

	@Test
	void aMissingMappingFileIsAUserErrorToo() {
		assertThatExceptionOfType(MappingError.class)
			.isThrownBy(() -> MappingLoader.load(ERRORS.resolve("absent.yaml"), HEADERS))
			.satisfies((error) -> assertThat(error.getMessage()).isEqualTo("file not found"));
	}

}
