package closebatch.config;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Job files are read into records, with {@code --set} overrides and every mistake
 * located.
 */
class JobLoaderTest {

	private static final Path CONFIG = Path.of("src/test/resources/config");

	private static ImportJob importJob(String file, String... overrides) {
		return (ImportJob) JobLoader.load(CONFIG.resolve(file), List.of(overrides));
	}

	private static ConfigError errorOf(String file, String... overrides) {
		return catchThrowableOfType(ConfigError.class, () -> JobLoader.load(CONFIG.resolve(file), List.of(overrides)));
	}

	@Nested
	class Imports {

		@Test
		void readsTheShippedImportJob() {
			ImportJob job = (ImportJob) JobLoader.load(Path.of("jobs/import-leads.yaml"));

			assertThat(job).isEqualTo(new ImportJob("import-leads",
					List.of(new ImportStep(ImportStep.SINGLE,
							new InputSpec(Path.of("samples/leads.csv"), InputFormat.CSV, StandardCharsets.UTF_8, null,
									null),
							Path.of("mappings/leads.yaml"))),
					100, ImportJob.DEFAULT_CONCURRENCY, 50L, 0.05));
		}

		@Test
		void fillsDefaultsForWhatAJobLeavesOut() {
			ImportJob job = importJob("minimal-import/import-minimal.yaml");

			assertThat(job.name()).isEqualTo("import-minimal");
			assertThat(job.steps().get(0).input().format()).isEqualTo(InputFormat.CSV);
			assertThat(job.steps().get(0).input().encoding()).isEqualTo(StandardCharsets.UTF_8);
			assertThat(job.chunkSize()).isEqualTo(ImportJob.DEFAULT_CHUNK_SIZE);
			assertThat(job.concurrency()).isEqualTo(ImportJob.DEFAULT_CONCURRENCY);
			assertThat(job.maxRejects()).isNull();
			assertThat(job.maxRejectRate()).isNull();
		}

		@Test
		void takesTheFormatFromTheExtensionInAnyCase() {
			ImportJob job = importJob("xlsx-import/import-workbook.yaml");

			assertThat(job.steps().get(0).input().format()).isEqualTo(InputFormat.XLSX);
			assertThat(job.steps().get(0).input().sheet()).isEqualTo("Leads");
		}

	}

	@Nested
	class Overrides {

		@Test
		void replaceAValueByItsDottedPathBeforeTheFormatIsWorkedOut() {
			ImportJob job = importJob("minimal-import/import-minimal.yaml", "input.path=dump.xlsx");

			assertThat(job.steps().get(0).input().path()).isEqualTo(Path.of("dump.xlsx"));
			assertThat(job.steps().get(0).input().format()).isEqualTo(InputFormat.XLSX);
		}

		@Test
		void addKeysTheFileDoesNotSetAndApplyInOrder() {
			ImportJob job = importJob("minimal-import/import-minimal.yaml", "chunk-size=500", "input.delimiter=tab",
					"max-reject-rate=0.1", "chunk-size=250");

			assertThat(job.chunkSize()).isEqualTo(250);
			assertThat(job.steps().get(0).input().delimiter()).isEqualTo('\t');
			assertThat(job.maxRejectRate()).isEqualTo(0.1);
		}

		@Test
		void readTheValueAsYamlSoAListCanBeSet() {
			ExportJob job = (ExportJob) JobLoader.load(CONFIG.resolve("export/export-ceos.yaml"),
					List.of("fields=[id, name]"));

			assertThat(job.fields()).containsExactly("id", "name");
		}

		@Test
		void refuseAnUnknownKeyNamingTheOverride() {
			ConfigError error = errorOf("minimal-import/import-minimal.yaml", "input.pth=x.csv");

			assertThat(error.location()).hasToString("--set input.pth=x.csv");
			assertThat(error.getMessage()).isEqualTo("unknown key 'pth' in 'input'");
			assertThat(error.hint()).isEqualTo("did you mean 'path'?");
			assertThat(error.line()).isZero();
		}

		@Test
		void refuseToDescendIntoASingleValue() {
			ConfigError error = errorOf("minimal-import/import-minimal.yaml", "mapping.path=x.yaml");

			assertThat(error.describe()).isEqualTo(
					"CB-CONFIG --set mapping.path=x.yaml: 'mapping' is a single value, not a section with keys Hint: set it directly: --set mapping=...");
		}

		@ParameterizedTest
		@CsvSource(delimiter = '|', value = { "input.path|an override must look like key=value",
				"input..path=x|the key 'input..path' has an empty part" })
		void refuseAMalformedOverride(String override, String problem) {
			assertThat(errorOf("minimal-import/import-minimal.yaml", override).getMessage()).isEqualTo(problem);
		}

	}

	@Nested
	class Exports {

		@Test
		void readsAnExportJobWithItsQueryFieldsAndOutput() {
			ExportJob job = (ExportJob) JobLoader.load(CONFIG.resolve("export/export-ceos.yaml"));

			assertThat(job.name()).isEqualTo("export-ceos");
			assertThat(job.objectType()).isEqualTo("contact");
			assertThat(job.query()).contains("\"field_name\": \"title\"");
			assertThat(job.queryFile()).isNull();
			assertThat(job.fields()).containsExactly("id", "name", "title", "emails");
			assertThat(job.sort()).containsExactly("-date_created");
			assertThat(job.output()).isEqualTo(new OutputSpec(Path.of("out/ceos.jsonl"), OutputFormat.JSONL));
		}

		@Test
		void readsAnExportOfEverythingIntoAFolder() {
			ExportJob job = (ExportJob) JobLoader.load(Path.of("jobs/export-everything.yaml"));

			assertThat(job.objectType()).isEqualTo(ExportJob.EVERYTHING);
			assertThat(job.isSearch()).isFalse();
			assertThat(job.everything()).isEqualTo(new ExportFolder(Path.of("out/everything"), OutputFormat.CSV));
		}

	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			textBlock = """
					unknown-key.yaml       | 4 | 3  | unknown key 'delimeter' in 'input'                          | did you mean 'delimiter'?
					bad-chunk-size.yaml    | 5 | 13 | 'chunk-size' must be a whole number, not 'lots'             |
					unknown-type.yaml      | 1 | 7  | unknown job type 'migrate'                                  | use 'import', 'phone-numbers' or 'export'
					unknown-extension.yaml | 3 | 9  | cannot tell the format of 'in/leads.dat' from its extension | add 'format: csv' or 'format: xlsx'
					both-queries.yaml      | 1 | 1  | an export job needs exactly one of 'query', 'query-file', 'list' and 'everything' |
					everything-and-output.yaml | 5 | 1 | 'output' cannot go with 'everything'                    |
					everything-as-jsonl.yaml   | 5 | 11 | an export of everything cannot be written as JSON Lines | use 'format: csv' or 'format: xlsx', which an import reads back
					bad-encoding.yaml      | 4 | 13 | unknown encoding 'klingon-8'                                |
					bad-reject-rate.yaml   | 5 | 18 | 'max-reject-rate' must be between 0 and 1, not '150%'       |
					""")
	void reportsAMistakeInAJobFileAtItsLine(String file, int line, int column, String problem, String hint) {
		ConfigError error = errorOf("errors/" + file);

		assertThat(error).as(file).isNotNull();
		assertThat(error.location().file()).isEqualTo(CONFIG.resolve("errors/" + file).toString());
		assertThat(List.of(error.line(), error.column())).as(error.getMessage()).containsExactly(line, column);
		assertThat(error.getMessage()).isEqualTo(problem);
		if (hint != null) {
			assertThat(error.hint()).isEqualTo(hint);
		}
		assertThat(error.code()).isEqualTo(ConfigError.Code.CONFIG);
	}

}
