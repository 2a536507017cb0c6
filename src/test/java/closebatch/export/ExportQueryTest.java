package closebatch.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import closebatch.config.ExportJob;
import closebatch.config.OutputFormat;
import closebatch.config.OutputSpec;
import closebatch.error.UserInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The query of a search export: inline or in a file, bare or as the whole request body
 * that Close's "Copy Filters" gives.
 */
class ExportQueryTest {

	private static final OutputSpec CSV = new OutputSpec(Path.of("out.csv"), OutputFormat.CSV);

	@TempDir
	Path dir;

	private static ExportJob inline(String query) {
		return new ExportJob("export-x", query, null, "lead", List.of(), List.of(), CSV);
	}

	@Test
	void takesTheQueryOutOfACopiedRequestBody() {
		JsonNode query = ExportJobs.query(inline("""
				{"limit": null, "query": {"type": "and", "queries": [{"type": "object_type", "object_type": "lead"}]},
				 "results_limit": null, "sort": []}"""), this.dir);

		assertThat(query.path("type").asString()).isEqualTo("and");
		assertThat(query.path("queries").get(0).path("object_type").asString()).isEqualTo("lead");
	}

	@Test
	void readsTheQueryFileRelativeToTheWorkingDirectory() throws Exception {
		Files.writeString(this.dir.resolve("ceos.json"), "{\"type\": \"match_all\"}");

		JsonNode query = ExportJobs
			.query(new ExportJob("export-x", null, Path.of("ceos.json"), "lead", List.of(), List.of(), CSV), this.dir);

		assertThat(query.path("type").asString()).isEqualTo("match_all");
	}

	@Test
	void refusesTextThatIsNotJson() {
		assertThatExceptionOfType(UserInputException.class)
			.isThrownBy(() -> ExportJobs.query(inline("{type: and"), this.dir))
			.satisfies((error) -> assertThat(error.code()).isEqualTo(ExportError.BAD_QUERY))
			.withMessageStartingWith("the query is not JSON");
	}

	@Test
	void refusesJsonWithoutAQueryType() {
		assertThatExceptionOfType(UserInputException.class).isThrownBy(() -> ExportJobs.query(inline("[1]"), this.dir))
			.satisfies((error) -> assertThat(error.code()).isEqualTo(ExportError.BAD_QUERY));
	}

	@Test
	void refusesAMissingQueryFile() {
		assertThatExceptionOfType(UserInputException.class)
			.isThrownBy(() -> ExportJobs.query(
					new ExportJob("export-x", null, Path.of("nope.json"), "lead", List.of(), List.of(), CSV), this.dir))
			.satisfies((error) -> assertThat(error.code()).isEqualTo(ExportError.QUERY_FILE_NOT_READABLE));
	}

	@Test
	void namesThePluralOfTheObjectTypeForItsSheet() {
		assertThat(ExportJobs.sheetName("lead")).isEqualTo("leads");
		assertThat(ExportJobs.sheetName("opportunity")).isEqualTo("opportunities");
	}

}
