package closebatch.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import closebatch.close.CloseClient;
import closebatch.config.ExportJob;
import closebatch.config.JobLoader;
import closebatch.sandbox.SandboxClient;
import closebatch.sandbox.SandboxExtension;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export jobs in {@code jobs/} run end to end against the sandbox as they are
 * written.
 */
class SampleExportJobsTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	@TempDir
	Path dir;

	private CloseClient client;

	@BeforeEach
	void seed() {
		SeededLeads.seed(sandbox.sandbox(), 5, 1);
		SandboxClient close = sandbox.client();
		close.post("phone_number/request/internal/", Map.of("country", "US")).ok();
		close.post("phone_number/request/internal/", Map.of("country", "US", "sharing", "group")).ok();
		this.client = ExportHarness.client(sandbox.baseUrl(), SandboxExtension.API_KEY, ExportHarness.QUICK);
	}

	private void run(String name) throws Exception {
		ExportJob job = (ExportJob) JobLoader.load(Path.of("jobs", name + ".yaml"));
		assertThat(ExportHarness.run(job, this.client, this.dir.resolve("state.db"), this.dir, ExportTuning.DEFAULTS)
			.getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void exportLeadsWritesEveryLeadAndItsMapping() throws Exception {
		run("export-leads");

		List<CSVRecord> rows = ExportHarness.csv(this.dir.resolve("out/leads.csv"));
		assertThat(rows).extracting((row) -> row.get("name"))
			.containsExactly("Company 0", "Company 1", "Company 2", "Company 3", "Company 4");
		assertThat(rows.get(0).get("custom.Employees")).isEqualTo("0");
		assertThat(this.dir.resolve("out/leads.csv.mapping.yaml")).exists();
	}

	@Test
	void exportCeosWritesTheContactsTitledCeoToAWorkbook() throws Exception {
		run("export-ceos");

		try (XSSFWorkbook workbook = new XSSFWorkbook(this.dir.resolve("out/ceos.xlsx").toFile())) {
			Sheet sheet = workbook.getSheet("contacts");
			assertThat(sheet.getLastRowNum()).isEqualTo(5);
			assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Ann");
			assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("ann@t.test");
		}
	}

	@Test
	void exportPhoneNumbersWritesEveryNumber() throws Exception {
		run("export-phone-numbers");

		List<CSVRecord> rows = ExportHarness.csv(this.dir.resolve("out/phone-numbers.csv"));
		assertThat(rows).hasSize(2);
		assertThat(rows).extracting((row) -> row.get("number"))
			.allSatisfy((number) -> assertThat(number).startsWith("+1"));
		assertThat(rows).extracting((row) -> row.get("is_group_number")).containsExactlyInAnyOrder("true", "false");
	}

	@Test
	void exportEverythingWritesAFileAndMappingPerObjectTypeAndTheJobThatImportsTheFolder() throws Exception {
		run("export-everything");

		Path folder = this.dir.resolve("out/everything");
		for (String file : List.of("leads", "opportunities", "tasks", "notes", "calls")) {
			assertThat(folder.resolve(file + ".csv")).exists();
			assertThat(folder.resolve(file + ".csv.mapping.yaml")).exists();
		}
		// One row per contact: each seeded lead has Ann and Bob.
		assertThat(ExportHarness.csv(folder.resolve("leads.csv"))).extracting((row) -> row.get("contact_name"))
			.containsOnly("Ann", "Bob")
			.hasSize(10);
		assertThat(java.nio.file.Files.readString(folder.resolve("import.yaml"))).startsWith("# ")
			.contains("type: import", "  - name: leads\n", "  - name: calls\n");
	}

}
