package closebatch.export;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import closebatch.close.CloseClient;
import closebatch.config.OutputFormat;
import closebatch.error.UserInputException;
import closebatch.sandbox.SandboxExtension;
import closebatch.sandbox.SandboxSettings;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A search export reads past the search's result cap and expired cursors, and writes
 * every object exactly once, also when the API does not order objects created at the same
 * instant by id.
 */
class SearchExportTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension(
			SandboxSettings.defaults().withRateLimitPerKey(0).withSearchLimits(Duration.ofSeconds(30), 10_000));

	@TempDir
	Path dir;

	private CloseClient client() {
		return ExportHarness.client(sandbox.baseUrl(), SandboxExtension.API_KEY, ExportHarness.QUICK);
	}

	@Test
	void exportsEachOf25000LeadsExactlyOncePastTheResultCap() throws Exception {
		// Three leads share each date_created, so the cap falls inside groups of ties.
		List<String> seeded = SeededLeads.seed(sandbox.sandbox(), 25_000, 3);

		JobExecution execution = ExportHarness.run(
				ExportHarness.leadsTo("out/leads.csv", OutputFormat.CSV, List.of("id", "name", "date_created")),
				client(), this.dir.resolve("state.db"), this.dir, ExportTuning.DEFAULTS);

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		List<CSVRecord> rows = ExportHarness.csv(this.dir.resolve("out/leads.csv"));
		List<String> ids = rows.stream().map((row) -> row.get("id")).toList();
		assertThat(ids).hasSize(25_000).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(seeded);
		List<String> created = rows.stream().map((row) -> row.get("date_created")).toList();
		assertThat(created).isSorted();
	}

	@Test
	void stopsWithAnErrorWhenMoreObjectsShareOneInstantThanOneSearchReturns() throws Exception {
		sandbox.sandbox().searchLimits().set(Duration.ofSeconds(30), SearchObjects.CLOSE_RESULT_CAP);
		SeededLeads.seed(sandbox.sandbox(), SearchObjects.CLOSE_RESULT_CAP + 1, SearchObjects.CLOSE_RESULT_CAP + 1);
		SearchObjects objects = new SearchObjects(client(), new SearchSpec("export-leads",
				JsonMapper.builder().build().readTree(ExportHarness.ALL_LEADS), "lead", List.of("id", "date_created")),
				200, null);

		assertThatExceptionOfType(UserInputException.class).isThrownBy(() -> {
			while (objects.next() != null) {
				// reads until the second query finds nothing new
			}
		})
			.satisfies((error) -> assertThat(error.code()).isEqualTo(ExportError.TOO_MANY_TIES))
			.withMessageContaining("more than 10000 objects were created at 2024-01-01T00:00:00");
	}

	@Test
	void completesExactlyWhenCursorsExpireUnderASlowConsumer() throws Exception {
		sandbox.sandbox().searchLimits().set(Duration.ofSeconds(1), 10_000);
		List<String> seeded = SeededLeads.seed(sandbox.sandbox(), 1_000, 2);
		SearchObjects objects = new SearchObjects(client(), new SearchSpec("export-leads",
				JsonMapper.builder().build().readTree(ExportHarness.ALL_LEADS), "lead", List.of("id", "date_created")),
				100, null);

		List<String> read = new ArrayList<>();
		Set<Integer> pausesAt = Set.of(150, 451, 777);
		JsonNode object;
		while ((object = objects.next()) != null) {
			read.add(object.path("id").asString());
			if (pausesAt.contains(read.size())) {
				Thread.sleep(1_200);
			}
		}

		assertThat(objects.expiredCursors()).isEqualTo(3);
		assertThat(read).hasSize(1_000).doesNotHaveDuplicates();
		assertThat(new HashSet<>(read)).isEqualTo(new HashSet<>(seeded));
	}

}
