package closebatch.export;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A text cell that a spreadsheet would evaluate gets a leading {@code '}; any other text
 * is left as it is.
 */
class FormulaEscapingTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			=SUM(A1:A2)      | '=SUM(A1:A2)
			+14155550100     | '+14155550100
			-5 apples        | '-5 apples
			@user            | '@user
			"\tindented"     | "'\tindented"
			"\rreturn"       | "'\rreturn"
			plain            | plain
			a=b              | a=b
			'quoted          | ''quoted
			'=SUM(1)         | ''=SUM(1)
			""")
	void escapesAFirstCharacterThatStartsAFormulaOrAQuoteSoThatEscapingCanBeUndone(String value, String escaped) {
		assertThat(FormulaEscaping.escape(value)).isEqualTo(escaped);
	}

}
