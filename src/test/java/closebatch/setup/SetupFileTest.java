package closebatch.setup;

import java.nio.file.Files;
import java.nio.file.Path;

import closebatch.FileSchemas;
import closebatch.config.ConfigError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Setup files: what the reader accepts, what it refuses and where, and their schema. */
class SetupFileTest {

	@Test
	void theSampleNamesItsSchemaAndHoldsToIt() throws Exception {
		Path sample = SetupAsCodeTest.SAMPLE;
		assertThat(Files.readAllLines(sample).get(0)).isEqualTo(FileSchemas.SETUP.modeline(sample));
		assertThat(FileSchemas.SETUP.validate(sample)).isEmpty();
	}

	@Test
	void whatIsWrittenReadsBackAsItWasAndHoldsToTheSchema(@TempDir Path dir) throws Exception {
		Setup sample = SetupFile.read(SetupAsCodeTest.SAMPLE);
		String written = SetupFile.write(sample);

		assertThat(FileSchemas.SETUP.validate(written)).isEmpty();
		assertThat(SetupFile.read(Files.writeString(dir.resolve("again.yaml"), written))).isEqualTo(sample);
	}

	@Test
	void valuesThatLookLikeNumbersOrFlagsStayText(@TempDir Path dir) throws Exception {
		Setup setup = SetupFile.read(Files.writeString(dir.resolve("setup.yaml"), """
				custom-fields:
				  lead:
				    - name: Answer
				      type: choices
				      choices: ["yes", "no", "12", "1.50", "null"]
				"""));

		String written = SetupFile.write(setup);

		assertThat(SetupFile.read(Files.writeString(dir.resolve("again.yaml"), written))).isEqualTo(setup);
		assertThat(setup.fields(Setup.FieldScope.LEAD).get(0).choices()).containsExactly("yes", "no", "12", "1.50",
				"null");
	}

	@Test
	void mistakesAreReportedAtTheirLine(@TempDir Path dir) throws Exception {
		assertRefused(dir, """
				custom-fields:
				  lead:
				    - name: Tier
				      type: choice
				""", 4, "unknown custom field type 'choice'");
		assertRefused(dir, """
				lead-statuses:
				  - Potential
				  - potential
				""", 3, "'potential' is named twice");
		assertRefused(dir, """
				custom-fields:
				  lead:
				    - name: Notes
				      type: textarea
				""", 4, "textarea fields exist on custom activities only");
		assertRefused(dir, """
				pipelines:
				  - name: Sales
				    statuses:
				      - {label: Won, type: won, colour: green}
				""", 4, "unknown key 'colour' in an opportunity status");
		assertRefused(dir, """
				custom-fields:
				  shared:
				    - name: Region
				      type: text
				      associations: [lead, task]
				""", 5, "a shared field is associated with lead, contact or opportunity");
		assertRefused(dir, """
				custom-fields:
				  lead:
				    - name: Tier
				      type: text
				      choices: [Gold]
				""", 5, "only a 'choices' field has choices");
	}

	private static void assertRefused(Path dir, String text, int line, String problem) throws Exception {
		Path file = Files.writeString(dir.resolve("setup.yaml"), text);
		assertThatExceptionOfType(ConfigError.class).isThrownBy(() -> SetupFile.read(file))
			.satisfies((error) -> assertThat(error.line()).as(error.getMessage()).isEqualTo(line))
			.satisfies((error) -> assertThat(error.getMessage()).isEqualTo(problem));
	}

}
