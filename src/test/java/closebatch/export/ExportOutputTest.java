package closebatch.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import closebatch.close.CloseClient;
import closebatch.config.OutputFormat;
import closebatch.config.OutputSpec;
import closebatch.error.UserInputException;
import closebatch.mapping.MappingLoader;
import closebatch.sandbox.SandboxExtension;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What an export writes: columns named after custom fields, numbered or exploded
 * contacts, joined multiple values, formula escaping, typed XLSX cells, JSON Lines, and a
 * mapping that reads the file again.
 */
class ExportOutputTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	private static final List<String> FIELDS = List.of("id", "name", "description", "date_created", "custom.Segment",
			"custom.Employees", "custom.Customer Since", "custom.Notes", "custom.Tags", "addresses", "contacts");

	@TempDir
	Path dir;

	private CloseClient client;

	@BeforeEach
	void seed() {
		SeededLeads.seed(sandbox.sandbox(), 12, 1);
		this.client = ExportHarness.client(sandbox.baseUrl(), SandboxExtension.API_KEY, ExportHarness.QUICK);
	}

	private void export(OutputSpec output) throws Exception {
		assertThat(ExportHarness
			.run(ExportHarness.job(ExportHarness.ALL_LEADS, "lead", FIELDS, output), this.client,
					this.dir.resolve("state.db"), this.dir, ExportTuning.DEFAULTS)
			.getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void writesCustomFieldsByNameNumberedContactsAndEscapedFormulas() throws Exception {
		export(new OutputSpec(Path.of("leads.csv"), OutputFormat.CSV));

		List<CSVRecord> rows = ExportHarness.csv(this.dir.resolve("leads.csv"));
		assertThat(rows).hasSize(12);
		CSVRecord first = rows.get(0);
		assertThat(first.getParser().getHeaderNames()).startsWith("id", "name", "description", "date_created",
				"custom.Segment", "custom.Employees", "custom.Customer Since", "custom.Notes", "custom.Tags",
				"address1_label", "address1_address_1");
		assertThat(first.get("name")).isEqualTo("Company 0");
		assertThat(first.get("description")).isEqualTo("'=HYPERLINK(\"x\")");
		assertThat(first.get("custom.Notes")).isEqualTo("'-minus first");
		assertThat(first.get("custom.Employees")).isEqualTo("0");
		assertThat(first.get("custom.Customer Since")).isEqualTo("2024-02-01");
		assertThat(first.get("custom.Tags")).isEqualTo("red;blue");
		assertThat(first.get("date_created")).startsWith("2024-01-01T00:00:00");
		assertThat(first.get("address1_city")).isEqualTo("Springfield");
		assertThat(first.get("contact1_name")).isEqualTo("Ann");
		assertThat(first.get("contact1_title")).isEqualTo("CEO");
		assertThat(first.get("contact1_email1")).isEqualTo("ann@t.test");
		assertThat(first.get("contact1_phone1")).isEqualTo("+14155550100");
		assertThat(first.get("contact1_custom.Role")).isEqualTo("Founder");
		assertThat(first.get("contact2_name")).isEqualTo("Bob");
		assertThat(first.get("contact2_custom.Role")).isEmpty();
		assertThat(first.get("contact3_name")).isEmpty();
	}

	@Test
	void leavesFormulasAloneWhenEscapingIsOffAndJoinsWithTheSeparatorGiven() throws Exception {
		export(new OutputSpec(Path.of("leads.csv"), OutputFormat.CSV, false, false, " | ", 2, 1));

		CSVRecord first = ExportHarness.csv(this.dir.resolve("leads.csv")).get(0);
		assertThat(first.get("description")).isEqualTo("=HYPERLINK(\"x\")");
		assertThat(first.get("contact1_phone1")).isEqualTo("+14155550100");
		assertThat(first.get("custom.Tags")).isEqualTo("red | blue");
		assertThat(first.isMapped("contact3_name")).isFalse();
	}

	@Test
	void writesOneRowPerContactWhenContactsExplode() throws Exception {
		export(new OutputSpec(Path.of("leads.csv"), OutputFormat.CSV, true, true, ";", 3, 2));

		List<CSVRecord> rows = ExportHarness.csv(this.dir.resolve("leads.csv"));
		assertThat(rows).hasSize(24);
		assertThat(rows.subList(0, 2)).extracting((row) -> row.get("name") + "/" + row.get("contact_name"))
			.containsExactly("Company 0/Ann", "Company 0/Bob");
		assertThat(rows.get(1).get("contact_email1")).isEqualTo("bob@t.test");
	}

	@Test
	void writesAWorkbookWithTypedCellsUnescapedTextAFrozenHeaderAndASheetNamedAfterTheObjects() throws Exception {
		export(new OutputSpec(Path.of("leads.xlsx"), OutputFormat.XLSX));

		assertThat(this.dir.resolve("leads.xlsx.spill.jsonl")).doesNotExist();
		try (XSSFWorkbook workbook = new XSSFWorkbook(this.dir.resolve("leads.xlsx").toFile())) {
			Sheet sheet = workbook.getSheet("leads");
			assertThat(sheet).isNotNull();
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getLastRowNum()).isEqualTo(12);
			Row header = sheet.getRow(0);
			Row first = sheet.getRow(1);
			Cell employees = first.getCell(FIELDS.indexOf("custom.Employees"));
			assertThat(employees.getCellType()).isEqualTo(CellType.NUMERIC);
			Cell since = first.getCell(FIELDS.indexOf("custom.Customer Since"));
			assertThat(DateUtil.isCellDateFormatted(since)).isTrue();
			assertThat(since.getLocalDateTimeCellValue().toLocalDate()).hasToString("2024-02-01");
			Cell created = first.getCell(FIELDS.indexOf("date_created"));
			assertThat(DateUtil.isCellDateFormatted(created)).isTrue();
			assertThat(created.getLocalDateTimeCellValue()).hasToString("2024-01-01T00:00");
			assertThat(first.getCell(FIELDS.indexOf("description")).getStringCellValue())
				.isEqualTo("=HYPERLINK(\"x\")");
			List<String> headers = new ArrayList<>();
			header.forEach((cell) -> headers.add(cell.getStringCellValue()));
			assertThat(first.getCell(headers.indexOf("custom.Notes")).getStringCellValue()).isEqualTo("-minus first");
			assertThat(first.getCell(headers.indexOf("contact1_phone1")).getStringCellValue())
				.isEqualTo("+14155550100");
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("id");
		}
		assertThat(Files.readString(this.dir.resolve("leads.xlsx.mapping.yaml"))).doesNotContain("unescape-formulas");
	}

	@Test
	void writesJsonLinesWithNumbersAsNumbers() throws Exception {
		export(new OutputSpec(Path.of("leads.jsonl"), OutputFormat.JSONL));

		List<String> lines = Files.readAllLines(this.dir.resolve("leads.jsonl"), StandardCharsets.UTF_8);
		assertThat(lines).hasSize(12);
		JsonNode first = JsonMapper.builder().build().readTree(lines.get(0));
		assertThat(first.path("custom.Employees").isNumber()).isTrue();
		assertThat(first.path("description").asString()).isEqualTo("=HYPERLINK(\"x\")");
		assertThat(first.path("contact1_email1").asString()).isEqualTo("ann@t.test");
	}

	@Test
	void writesAMappingBesideTheFileThatReadsItsColumns() throws Exception {
		export(new OutputSpec(Path.of("leads.csv"), OutputFormat.CSV));

		Path mapping = this.dir.resolve("leads.csv.mapping.yaml");
		List<String> headers = ExportHarness.csv(this.dir.resolve("leads.csv")).get(0).getParser().getHeaderNames();
		assertThat(MappingLoader.load(mapping, headers)).isNotNull();
		assertThat(Files.readString(mapping)).contains("key: [id]", "match: [key, {id: id}]",
				"column: \"custom.Customer Since\"", "- column: \"contact1_email1\"");
	}

	@Test
	void writesAMappingThatReadsExplodedContacts() throws Exception {
		export(new OutputSpec(Path.of("leads.csv"), OutputFormat.CSV, true, true, ";", 3, 2));

		List<String> headers = ExportHarness.csv(this.dir.resolve("leads.csv")).get(0).getParser().getHeaderNames();
		assertThat(MappingLoader.load(this.dir.resolve("leads.csv.mapping.yaml"), headers)).isNotNull();
	}

	@Test
	void refusesACustomFieldTheOrganizationDoesNotHave() {
		assertThatExceptionOfType(UserInputException.class)
			.isThrownBy(() -> ExportHarness.run(
					ExportHarness.job(ExportHarness.ALL_LEADS, "lead", List.of("id", "custom.Nope"),
							new OutputSpec(Path.of("leads.csv"), OutputFormat.CSV)),
					this.client, this.dir.resolve("state.db"), this.dir, ExportTuning.DEFAULTS))
			.satisfies((error) -> assertThat(error.code()).isEqualTo(ExportError.UNKNOWN_CUSTOM_FIELD))
			.withMessageContaining("'Nope'");
	}

}
