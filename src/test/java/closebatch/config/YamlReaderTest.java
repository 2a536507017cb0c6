package closebatch.config;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The YAML tree remembers where each key and value was written. */
class YamlReaderTest {

	@Test
	void givesEveryKeyAndValueItsLineAndColumn() {
		YamlMap root = YamlReader.read("""
				job:
				  name: x
				  list:
				    - a
				    - {b: 1}
				""", "f.yaml").asMap("root");

		YamlMap job = root.require("job", "root").asMap("job");
		assertThat(job.entry("name").orElseThrow().keyLocation()).isEqualTo(new YamlLocation("f.yaml", 2, 3));
		assertThat(job.get("name").orElseThrow().location()).isEqualTo(new YamlLocation("f.yaml", 2, 9));
		List<YamlNode> items = job.require("list", "job").asList("list").items();
		assertThat(items.get(0)).isEqualTo(new YamlScalar("a", new YamlLocation("f.yaml", 4, 7)));
		assertThat(items.get(1).asMap("item").get("b").orElseThrow().asText("b")).isEqualTo("1");
	}

	@Test
	void keepsNullsAndNumbersAsTheUserWroteThem() {
		YamlMap root = YamlReader.read("a: null\nb: 007\nc: true\n", "f.yaml").asMap("root");

		assertThat(root.text("a")).isEmpty();
		assertThat(root.text("b")).contains("007");
		assertThat(root.flag("c", false)).isTrue();
	}

	@Test
	void treatsASingleValueAsAListOfOne() {
		YamlNode node = YamlReader.read("key: Company\n", "f.yaml").asMap("root").get("key").orElseThrow();

		assertThat(node.asList("key").items()).extracting((item) -> item.asText("item")).containsExactly("Company");
	}

	@Test
	void refusesAMappingWhereAValueIsExpected() {
		YamlMap root = YamlReader.read("a:\n  b: c\n", "f.yaml").asMap("root");

		assertThatExceptionOfType(ConfigError.class).isThrownBy(() -> root.text("a"))
			.satisfies((error) -> assertThat(error.location()).hasToString("f.yaml:2:3"))
			.withMessage("'a' must be a single value, not a mapping");
	}

	@Test
	void readsAnEmptyDocumentAsNothing() {
		assertThat(YamlReader.read("", "f.yaml")).isEqualTo(new YamlScalar(null, new YamlLocation("f.yaml", 1, 1)));
	}

	@Test
	void pointsASyntaxErrorAtTheLineTheParserReportsNotAtTheLastKeyRead() {
		String text = IntStream.rangeClosed(1, 66).mapToObj((i) -> "k" + i + ": " + i + "\n").collect(joining())
				+ "\tc: 3\n";

		assertThatExceptionOfType(ConfigError.class).isThrownBy(() -> YamlReader.read(text, "f.yaml"))
			.satisfies((error) -> assertThat(error.location()).hasToString("f.yaml:67:1"))
			.withMessageStartingWith("not valid YAML: found character '\\t(TAB)' that cannot start");
	}

	@Test
	void pointsAnUnclosedQuoteWhereItOpensAndNamesTheEndOfTheFile() {
		String text = "a: 1\nb: \"unclosed\n" + "c: 3\n".repeat(66);

		assertThatExceptionOfType(ConfigError.class).isThrownBy(() -> YamlReader.read(text, "f.yaml"))
			.satisfies((error) -> assertThat(error.location()).hasToString("f.yaml:2:4"))
			.withMessageStartingWith("not valid YAML: found unexpected end of stream")
			.withMessageContaining("while scanning a quoted scalar from line 2, column 4");
	}

	@Test
	void pointsAnUnclosedFlowListAtTheLineWhereItWasExpectedToClose() {
		assertThatExceptionOfType(ConfigError.class)
			.isThrownBy(() -> YamlReader.read("a: 1\nb: {x: 1\nc: 3\n", "f.yaml"))
			.satisfies((error) -> assertThat(error.location()).hasToString("f.yaml:3:2"))
			.withMessageStartingWith("not valid YAML: expected ',' or '}', but got :")
			.withMessageContaining("from line 2, column 4");
	}

}
