package closebatch.export;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/** Escaping is undone exactly by the mapping's {@code unescape-formulas}. */
class FormulaEscapingPropertiesTest {

	@Property
	void unescapingGivesBackEveryValue(@ForAll("hostile") String value) {
		String escaped = FormulaEscaping.escape(value);

		assertThat(escaped.startsWith("'") ? escaped.substring(1) : escaped).isEqualTo(value);
	}

	@Provide
	Arbitrary<String> hostile() {
		return Arbitraries.strings()
			.withChars("=+-@'\t\r\n\"; ,aZ0")
			.withCharRange('\u00e0', '\u00ff')
			.ofMaxLength(12)
			.injectDuplicates(0.1);
	}

}
