package closebatch.export;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A CSV value that a spreadsheet would evaluate gets a leading {@code '}; plain numbers,
 * E.164 phones and any other text are left as they are.
 */
class FormulaEscapingTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			=SUM(A1:A2)      | '=SUM(A1:A2)
			+14155550100     | +14155550100
			-42.5            | -42.5
			+3               | +3
			-7               | -7
			+1 415 555 0100  | '+1 415 555 0100
			-5 apples        | '-5 apples
			-1+2             | '-1+2
			+3.              | '+3.
			-.5              | '-.5
			"-1e5"           | '-1e5
			@user            | '@user
			"\tindented"     | "'\tindented"
			"\rreturn"       | "'\rreturn"
			plain            | plain
			a=b              | a=b
			'quoted          | ''quoted
			'=SUM(1)         | ''=SUM(1)
			""")
	void escapesAFirstCharacterThatStartsAFormulaOrAQuoteButNotAPlainNumberOrPhone(String value, String escaped) {
		assertThat(FormulaEscaping.escape(value)).isEqualTo(escaped);
	}

}
