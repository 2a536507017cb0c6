package closebatch.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import closebatch.config.ImportJob;
import closebatch.config.InputFormat;
import closebatch.config.JobLoader;
import closebatch.mapping.LeadGrouping;
import closebatch.mapping.LeadRecord;
import closebatch.mapping.MappedRow;
import closebatch.mapping.MappingLoader;
import closebatch.mapping.RecordMapper;
import closebatch.mapping.Rejection;
import closebatch.source.SourceFile;
import closebatch.source.SourceRow;
import closebatch.source.SourceRows;
import closebatch.source.XlsxFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample files {@code samples/leads.csv} and {@code samples/leads.xlsx}, read with
 * the real source readers and mapped with the shipped {@code mappings/leads.yaml}, as
 * {@code closebatch run import-leads} would.
 */
class SampleFilesTest {

	private static final Path CSV = Path.of("samples/leads.csv");

	private static final Path XLSX = Path.of("samples/leads.xlsx");

	private static final Path MAPPING = Path.of("mappings/leads.yaml");

	private static final int DATA_ROWS = 304;

	private static final int REJECTED_ROWS = 12;

	private static final int LEADS = 100;

	@Test
	void theCommittedCsvIsExactlyWhatTheGeneratorWrites() throws IOException {
		String committed = Files.readString(CSV, StandardCharsets.UTF_8);

		assertThat(committed).isEqualTo(SampleLeads.csv(SampleLeads.rows()));
		assertThat(committed).doesNotContain("\r").startsWith(String.join(",", SampleLeads.HEADER) + "\n");
	}

	@Test
	void theCsvHasAFewHundredRowsAndEveryOneIsWellFormed() {
		List<SourceRow> rows = read(SourceFile.of(CSV));

		assertThat(rows).hasSize(DATA_ROWS).noneMatch(SourceRow::isRejected);
	}

	@Test
	void rejectsExactlyTheFaultyRowsEachForItsOwnColumn() {
		List<Rejection> rejections = rejections(map(SourceFile.of(CSV)));

		assertThat(rejections).hasSize(REJECTED_ROWS);
		assertThat(rejections).extracting(Rejection::column)
			.containsExactlyElementsOf(SampleLeads.REJECTS.stream().map(SampleLeads.Reject::column).toList());
		assertThat(rejections).extracting(Rejection::reason).doesNotHaveDuplicates();
	}

	@Test
	void theXlsxHasTheSameRowsAsTheCsvAndMapsToTheSameLeads() {
		List<MappedRow> fromCsv = byOrdinal(map(SourceFile.of(CSV)), read(SourceFile.of(CSV)));
		List<MappedRow> fromXlsx = byOrdinal(map(SourceFile.of(XLSX)), read(SourceFile.of(XLSX)));

		assertThat(fromXlsx).hasSize(DATA_ROWS).containsExactlyElementsOf(fromCsv);
	}

	@Test
	void theXlsxKeepsItsRowNumbersInStepWithTheSheet() {
		List<SourceRow> rows = read(SourceFile.of(XLSX));

		assertThat(rows).extracting(SourceRow::number)
			.containsExactlyElementsOf(IntStream.rangeClosed(2, DATA_ROWS + 1).mapToObj(Long::valueOf).toList());
	}

	@Test
	void theXlsxHoldsCountsAsNumbersAndDatesAsDateCellsOnASheetNamedLeads() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(XLSX))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
			Sheet sheet = workbook.getSheet("Leads");
			int employees = SampleLeads.HEADER.indexOf("Employees");
			int customerSince = SampleLeads.HEADER.indexOf("Customer Since");
			List<Row> rows = new ArrayList<>();
			sheet.forEach(rows::add);
			List<Row> data = rows.subList(1, rows.size());
			assertThat(data).hasSize(DATA_ROWS);
			assertThat(data).map((row) -> row.getCell(employees))
				.filteredOn(Objects::nonNull)
				.anySatisfy((cell) -> assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC));
			assertThat(data).map((row) -> row.getCell(customerSince))
				.filteredOn(Objects::nonNull)
				.anySatisfy((cell) -> {
					assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
					assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
				});
		}
	}

	@Test
	void groupsTheAcceptedRowsIntoOneLeadPerCompany() {
		List<LeadRecord> leads = LeadGrouping.group(leads(map(SourceFile.of(CSV))));

		assertThat(leads).hasSize(LEADS);
		assertThat(leads).extracting(LeadRecord::key).doesNotHaveDuplicates();
		assertThat(leads).allSatisfy((lead) -> assertThat(lead.contacts()).hasSizeBetween(2, 4));
	}

	@Test
	void aCompanysContactsComeFromRowsFarApart() {
		List<LeadRecord> leads = LeadGrouping.group(leads(map(SourceFile.of(CSV))));

		assertThat(leads).allSatisfy((lead) -> assertThat(smallestGap(lead.rowNumbers())).as("rows of %s", lead.name())
			.isGreaterThanOrEqualTo(SampleLeads.MIN_GAP));
		assertThat(leads).anySatisfy((lead) -> assertThat(lead.contacts()).hasSizeGreaterThanOrEqualTo(3));
		assertThat(leads).anySatisfy((lead) -> assertThat(lead.contacts()).hasSize(4));
	}

	@Test
	void theCsvUsesQuotedCommasAndOneDescriptionOverSeveralLines() {
		List<SourceRow> rows = read(SourceFile.of(CSV));

		assertThat(rows).extracting((row) -> row.value("Description"))
			.filteredOn((description) -> description.contains("\n"))
			.isNotEmpty()
			.containsOnly(rows.stream()
				.map((row) -> row.value("Description"))
				.filter((description) -> description.contains("\n"))
				.findFirst()
				.orElseThrow());
		assertThat(rows).anySatisfy((row) -> assertThat(row.value("Street")).contains(","));
		assertThat(rows).anySatisfy((row) -> assertThat(row.value("Company")).contains(","));
	}

	@Test
	void bothImportJobsLoadAndReadTheSamplesWithTheSameMapping() {
		ImportJob csvJob = (ImportJob) JobLoader.load(Path.of("jobs/import-leads.yaml"));
		ImportJob xlsxJob = (ImportJob) JobLoader.load(Path.of("jobs/import-leads-xlsx.yaml"));

		assertThat(csvJob.steps().get(0).input().path()).isEqualTo(CSV);
		assertThat(xlsxJob.steps().get(0).input().path()).isEqualTo(XLSX);
		assertThat(xlsxJob.steps().get(0).input().format()).isEqualTo(InputFormat.XLSX);
		assertThat(xlsxJob.steps().get(0).input().sheet()).isEqualTo("Leads");
		assertThat(xlsxJob.steps().get(0).mapping()).isEqualTo(csvJob.steps().get(0).mapping()).isEqualTo(MAPPING);
		assertThat(read(XlsxFile.of(XLSX).withSheet(xlsxJob.steps().get(0).input().sheet()))).hasSize(DATA_ROWS);
	}

	private static List<SourceRow> read(SourceFile file) {
		List<SourceRow> rows = new ArrayList<>();
		try (SourceRows open = file.open()) {
			open.forEachRemaining(rows::add);
		}
		return rows;
	}

	private static List<MappedRow> map(SourceFile file) {
		List<MappedRow> mapped = new ArrayList<>();
		try (SourceRows open = file.open()) {
			RecordMapper mapper = (RecordMapper) MappingLoader.load(MAPPING, open.header().names());
			open.forEachRemaining((row) -> mapped.add(mapper.map(row.number(), row.values())));
		}
		return mapped;
	}

	/**
	 * The mapped rows with each row number replaced by the row's place among the data
	 * rows, so that a CSV (whose multi-line record shifts the line numbers after it) and
	 * a sheet compare row for row.
	 */
	private static List<MappedRow> byOrdinal(List<MappedRow> mapped, List<SourceRow> rows) {
		Map<Long, Long> ordinals = new HashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			ordinals.put(rows.get(i).number(), (long) i + 1);
		}
		List<MappedRow> renumbered = new ArrayList<>();
		for (MappedRow row : mapped) {
			if (row instanceof LeadRecord lead) {
				renumbered.add(new LeadRecord(lead.rowNumbers().stream().map(ordinals::get).toList(), lead.key(),
						lead.name(), lead.url(), lead.description(), lead.statusLabel(), lead.addresses(),
						lead.custom(), lead.contacts()));
			}
			else if (row instanceof Rejection rejection) {
				renumbered
					.add(new Rejection(ordinals.get(rejection.rowNumber()), rejection.column(), rejection.reason()));
			}
		}
		return renumbered;
	}

	private static List<Rejection> rejections(List<MappedRow> mapped) {
		return mapped.stream().filter(Rejection.class::isInstance).map(Rejection.class::cast).toList();
	}

	private static List<LeadRecord> leads(List<MappedRow> mapped) {
		return mapped.stream().filter(LeadRecord.class::isInstance).map(LeadRecord.class::cast).toList();
	}

	private static long smallestGap(List<Long> rowNumbers) {
		long smallest = Long.MAX_VALUE;
		for (int i = 1; i < rowNumbers.size(); i++) {
			smallest = Math.min(smallest, rowNumbers.get(i) - rowNumbers.get(i - 1));
		}
		return smallest;
	}

}
