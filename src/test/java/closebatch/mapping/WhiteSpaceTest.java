package closebatch.mapping;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code trim} transform and record keys collapse white space exactly as
 * {@code strip().replaceAll("\\s+", " ")} does, without a regular expression.
 */
class WhiteSpaceTest {

	@Test
	void collapsesRunsOfAsciiWhiteSpaceInsideAStrippedValue() {
		assertThat(WhiteSpace.collapse("  Acme \t\r\n Inc  ")).isEqualTo("Acme Inc");
		assertThat(WhiteSpace.collapse("Acme Inc")).isEqualTo("Acme Inc");
		assertThat(WhiteSpace.collapse("Acme\u00A0\u00A0Inc")).as("no-break spaces are not \\s")
			.isEqualTo("Acme\u00A0\u00A0Inc");
		assertThat(WhiteSpace.collapse("\u2003Acme\u2003")).as("strip removes Unicode spaces at the ends")
			.isEqualTo("Acme");
	}

	@Test
	void givesWhatTheRegularExpressionGivesForAnyMixOfSpaces() {
		char[] alphabet = { 'a', 'B', ' ', ' ', '\t', '\n', '\r', '\f', '\u000B', '\u00A0', '\u2003', '\u3000', 'é' };
		Random random = new Random(5);
		for (int i = 0; i < 20_000; i++) {
			StringBuilder value = new StringBuilder();
			for (int c = random.nextInt(12); c > 0; c--) {
				value.append(alphabet[random.nextInt(alphabet.length)]);
			}
			String text = value.toString();
			assertThat(WhiteSpace.collapse(text)).as("'%s'", text).isEqualTo(text.strip().replaceAll("\\s+", " "));
		}
	}

}
