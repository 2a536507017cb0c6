package closebatch.config;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The export side of job files: list exports with their filters, the layout options of
 * the output, and a query written as YAML.
 */
class ExportJobLoadingTest {

	private static final Path CONFIG = Path.of("src/test/resources/config/export");

	@Test
	void readsAListExportWithItsEndpointAndFilters() {
		ExportJob job = (ExportJob) JobLoader.load(CONFIG.resolve("export-calls.yaml"));

		assertThat(job.isSearch()).isFalse();
		assertThat(job.list()).isEqualTo(new ListSource("activity", Map.of("_type", "Call", "lead_id", "lead_abc")));
		assertThat(job.objectType()).isEqualTo("activity");
		assertThat(job.output().format()).isEqualTo(OutputFormat.JSONL);
		assertThat(job.output().escapeFormulas()).isTrue();
		assertThat(job.output().multiValueSeparator()).isEqualTo(";");
	}

	@Test
	void readsTheOutputLayoutOptions() {
		ExportJob job = (ExportJob) JobLoader.load(CONFIG.resolve("export-leads-layout.yaml"));

		assertThat(job.output())
			.isEqualTo(new OutputSpec(Path.of("out/leads.xlsx"), OutputFormat.XLSX, true, false, " | ", 5, 4));
		assertThat(job.objectType()).isEqualTo("lead");
	}

	@Test
	void turnsAQueryWrittenAsYamlIntoJsonWithNumbersAsNumbers() {
		ExportJob job = (ExportJob) JobLoader.load(CONFIG.resolve("export-leads-layout.yaml"));

		var query = JsonMapper.builder().build().readTree(job.query());
		assertThat(query.path("queries").get(1).path("condition").path("gte").isNumber()).isTrue();
		assertThat(query.path("queries").get(0).path("object_type").asString()).isEqualTo("lead");
	}

	@Test
	void refusesToExplodeAnythingButContacts() {
		assertThatExceptionOfType(ConfigError.class)
			.isThrownBy(() -> JobLoader.load(CONFIG.resolve("export-bad-explode.yaml")))
			.satisfies((error) -> {
				assertThat(error.getMessage()).isEqualTo("unknown explode 'opportunities'");
				assertThat(error.line()).isEqualTo(5);
			});
	}

	@Test
	void readsTheSampleJobsOfTheRepository() {
		assertThat(((ExportJob) JobLoader.load(Path.of("jobs/export-leads.yaml"))).query()).contains("match_all");
		assertThat(((ExportJob) JobLoader.load(Path.of("jobs/export-ceos.yaml"))).output().format())
			.isEqualTo(OutputFormat.XLSX);
		assertThat(((ExportJob) JobLoader.load(Path.of("jobs/export-phone-numbers.yaml"))).list().endpoint())
			.isEqualTo("phone_number");
	}

}
