package closebatch.source;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import closebatch.error.UserInputException;

import static closebatch.source.SourceFixtures.drain;
import static closebatch.source.SourceFixtures.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Reading XLSX sheets: cell values as text, rows, sheets, and files that are not usable
 * workbooks. Workbooks are written by each test with POI.
 */
class XlsxRowsTest {

	@TempDir
	Path dir;

	@Nested
	class CellValues {

		@Test
		void readsEachKindOfCellAsThePersonLookingAtItSeesTheValue() {
			Path xlsx = Workbooks.write(XlsxRowsTest.this.dir.resolve("cells.xlsx"), (workbook) -> {
				Sheet sheet = workbook.createSheet("Leads");
				Row header = sheet.createRow(0);
				String[] names = { "Text", "Whole", "Decimal", "Long", "Huge", "Sum", "Tiny", "Percent", "Date",
						"DateTime", "Time", "Flag", "Empty" };
				for (int i = 0; i < names.length; i++) {
					header.createCell(i).setCellValue(names[i]);
				}
				Row row = sheet.createRow(1);
				row.createCell(0).setCellValue("Zoë");
				row.createCell(1).setCellValue(42.0);
				row.createCell(2).setCellValue(1234567.89);
				row.createCell(3).setCellValue(4155551234.0);
				row.createCell(4).setCellValue(1e20);
				row.createCell(5).setCellValue(0.1 + 0.2);
				row.createCell(6).setCellValue(1.5e-9);
				row.createCell(7).setCellValue(0.25);
				row.getCell(7).setCellStyle(style(workbook, "0%"));
				row.createCell(8).setCellValue(LocalDate.of(2024, 3, 5));
				row.getCell(8).setCellStyle(style(workbook, "yyyy-mm-dd"));
				row.createCell(9).setCellValue(LocalDateTime.of(2024, 3, 5, 14, 30));
				row.getCell(9).setCellStyle(style(workbook, "dd/mm/yyyy hh:mm"));
				row.createCell(10).setCellValue(14.5 / 24);
				row.getCell(10).setCellStyle(style(workbook, "h:mm"));
				row.createCell(11).setCellValue(true);
				row.createCell(12).setBlank();
			});

			List<SourceRow> rows = readAll(XlsxFile.of(xlsx));

			assertThat(rows).singleElement()
				.extracting(SourceRow::cells)
				.isEqualTo(List.of("Zoë", "42", "1234567.89", "4155551234", "100000000000000000000", "0.3", "1.5E-9",
						"0.25", "2024-03-05", "2024-03-05T14:30:00", "14:30:00", "TRUE", ""));
		}

		@Test
		void readsFormulasByTheirCachedValuesAndErrorsAsExcelShowsThem() {
			Path xlsx = Workbooks.write(XlsxRowsTest.this.dir.resolve("formulas.xlsx"), (workbook) -> {
				Sheet sheet = workbook.createSheet();
				Row header = sheet.createRow(0);
				for (int i = 0; i < 6; i++) {
					header.createCell(i).setCellValue("F" + i);
				}
				Row row = sheet.createRow(1);
				formula(row.createCell(0), "21*2").setCellValue(42.0);
				formula(row.createCell(1), "\"x\"&\"y\"").setCellValue("xy");
				formula(row.createCell(2), "1>2").setCellValue(false);
				formula(row.createCell(3), "DATE(2024,3,5)").setCellValue(LocalDate.of(2024, 3, 5));
				row.getCell(3).setCellStyle(style(workbook, "yyyy-mm-dd"));
				formula(row.createCell(4), "1/0").setCellErrorValue(FormulaError.DIV0.getCode());
				row.createCell(5).setCellErrorValue(FormulaError.NA.getCode());
			});

			List<SourceRow> rows = readAll(XlsxFile.of(xlsx));

			assertThat(rows).singleElement()
				.extracting(SourceRow::cells)
				.isEqualTo(List.of("42", "xy", "FALSE", "2024-03-05", "#DIV/0!", "#N/A"));
		}

		@Test
		void formatsNumbersWithoutScientificNotationOrBinaryNoise() {
			assertThat(XlsxCellText.number(-0.0)).isEqualTo("0");
			assertThat(XlsxCellText.number(-17)).isEqualTo("-17");
			assertThat(XlsxCellText.number(1.005)).isEqualTo("1.005");
			assertThat(XlsxCellText.number(0.000001)).isEqualTo("0.000001");
			assertThat(XlsxCellText.number(123456789012345678.0)).isEqualTo("123456789012346000");
			assertThat(XlsxCellText.number(2.5e300)).isEqualTo("2.5E+300");
		}

	}

	@Nested
	class RowsAndHeaders {

		@Test
		void skipsEmptyRowsAndKeepsTheSheetRowNumbers() {
			Path xlsx = Workbooks.write(XlsxRowsTest.this.dir.resolve("gaps.xlsx"), (workbook) -> {
				Sheet sheet = workbook.createSheet();
				sheet.createRow(0);
				cells(sheet.createRow(2), "Company", "Email", "", "");
				cells(sheet.createRow(3), "Acme", "a@acme.com");
				cells(sheet.createRow(4), "", "");
				cells(sheet.createRow(7), "Beta");
			});

			List<SourceRow> rows = readAll(XlsxFile.of(xlsx));

			assertThat(rows.get(0).header().names()).containsExactly("Company", "Email");
			assertThat(rows).extracting(SourceRow::number, SourceRow::cells)
				.containsExactly(tuple(4L, List.of("Acme", "a@acme.com")), tuple(8L, List.of("Beta", "")));
		}

		@Test
		void rejectsARowWithAValueInAColumnThatHasNoHeader() {
			Path xlsx = Workbooks.write(XlsxRowsTest.this.dir.resolve("extra.xlsx"), (workbook) -> {
				Sheet sheet = workbook.createSheet();
				cells(sheet.createRow(0), "Company", "Email");
				cells(sheet.createRow(1), "Acme", "a@acme.com", "", "note");
				cells(sheet.createRow(2), "Beta", "b@beta.com", "");
			});

			List<SourceRow> rows = readAll(XlsxFile.of(xlsx));

			assertThat(rows).extracting(SourceRow::number, SourceRow::isRejected)
				.containsExactly(tuple(2L, true), tuple(3L, false));
			assertThat(rows.get(0).defect().error()).isEqualTo(SourceError.CELL_WITHOUT_HEADER);
			assertThat(rows.get(0).defect().message()).isEqualTo("column D has a value but no header.");
			assertThat(rows.get(0).cells()).containsExactly("Acme", "a@acme.com", "", "note");
		}

		@Test
		void refusesDuplicateAndBlankHeadersNamingTheirColumns() {
			Path duplicate = Workbooks.write(XlsxRowsTest.this.dir.resolve("duplicate.xlsx"),
					(workbook) -> cells(workbook.createSheet().createRow(0), "Email", "Name", "Email"));
			Path blank = Workbooks.write(XlsxRowsTest.this.dir.resolve("blank.xlsx"),
					(workbook) -> cells(workbook.createSheet().createRow(0), "Email", "", "Name"));

			assertThatThrownBy(() -> XlsxFile.of(duplicate).open()).isInstanceOfSatisfying(UserInputException.class,
					(ex) -> assertThat(ex.describe()).startsWith("SRC-104 ")
						.contains("duplicate.xlsx:1, column C: the header names a column more than once: "
								+ "\"Email\" (columns A, C)."));
			assertThatThrownBy(() -> XlsxFile.of(blank).open()).isInstanceOfSatisfying(UserInputException.class,
					(ex) -> assertThat(ex.code()).isEqualTo(SourceError.BLANK_HEADER));
		}

		@Test
		void refusesASheetWithNoRows() {
			Path xlsx = Workbooks.write(XlsxRowsTest.this.dir.resolve("empty.xlsx"),
					(workbook) -> workbook.createSheet("Leads"));

			assertThatThrownBy(() -> XlsxFile.of(xlsx).open()).isInstanceOfSatisfying(UserInputException.class,
					(ex) -> assertThat(ex.code()).isEqualTo(SourceError.EMPTY_FILE));
		}

	}

	@Nested
	class Sheets {

		@Test
		void readsTheSheetNamedIgnoringCaseOrAtItsPosition() {
			Path xlsx = twoSheets();

			assertThat(readAll(XlsxFile.of(xlsx).withSheet("leads"))).extracting((row) -> row.value("Company"))
				.containsExactly("Acme");
			assertThat(readAll(XlsxFile.of(xlsx).withSheet(2))).extracting((row) -> row.value("Company"))
				.containsExactly("Acme");
			assertThat(readAll(XlsxFile.of(xlsx))).extracting((row) -> row.value("Note")).containsExactly("hello");
		}

		@Test
		void readsTheFirstVisibleSheetByDefaultAndAHiddenOneOnlyWhenNamed() {
			Path xlsx = Workbooks.write(XlsxRowsTest.this.dir.resolve("hidden.xlsx"), (workbook) -> {
				Sheet secret = workbook.createSheet("Lookup");
				cells(secret.createRow(0), "Code");
				cells(secret.createRow(1), "X1");
				Sheet leads = workbook.createSheet("Leads");
				cells(leads.createRow(0), "Company");
				cells(leads.createRow(1), "Acme");
				workbook.setSheetHidden(0, true);
				workbook.setActiveSheet(1);
			});

			assertThat(readAll(XlsxFile.of(xlsx))).extracting((row) -> row.value("Company")).containsExactly("Acme");
			assertThat(readAll(XlsxFile.of(xlsx).withSheet("Lookup"))).extracting((row) -> row.value("Code"))
				.containsExactly("X1");
		}

		@Test
		void namesTheSheetAJobReadsFromTheWorkbooksTabsAsReadingItWould() {
			Path xlsx = Workbooks.write(XlsxRowsTest.this.dir.resolve("tabs.xlsx"), (workbook) -> {
				cells(workbook.createSheet("Lookup").createRow(0), "Code");
				cells(workbook.createSheet("Leads").createRow(0), "Company");
				cells(workbook.createSheet("Archive").createRow(0), "Company");
				workbook.setSheetHidden(0, true);
				workbook.setActiveSheet(1);
			});

			assertThat(XlsxTabs.read(xlsx))
				.contains(new XlsxTabs(List.of("Lookup", "Leads", "Archive"), List.of(true, false, false)));
			for (XlsxFile file : List.of(XlsxFile.of(xlsx), XlsxFile.of(xlsx).withSheet("lookup"),
					XlsxFile.of(xlsx).withSheet(3))) {
				try (XlsxRows rows = XlsxRows.open(file, SourcePosition.START)) {
					assertThat(file.sheetName()).as(file.sheet().toString()).isEqualTo(rows.sheetName());
				}
			}
			assertThatThrownBy(() -> XlsxFile.of(xlsx).withSheet("Contacts").sheetName())
				.isInstanceOfSatisfying(UserInputException.class, (ex) -> assertThat(ex.getMessage()).isEqualTo(
						"the workbook has no sheet \"Contacts\"; its sheets are \"Lookup\", \"Leads\", \"Archive\"."));
		}

		@Test
		void refusesASheetTheWorkbookDoesNotHaveListingThoseItHas() {
			Path xlsx = twoSheets();

			assertThatThrownBy(() -> XlsxFile.of(xlsx).withSheet("Contacts").open())
				.isInstanceOfSatisfying(UserInputException.class, (ex) -> {
					assertThat(ex.code()).isEqualTo(SourceError.SHEET_NOT_FOUND);
					assertThat(ex.getMessage())
						.isEqualTo("the workbook has no sheet \"Contacts\"; its sheets are \"Notes\", \"Leads\".");
				});
			assertThatThrownBy(() -> XlsxFile.of(xlsx).withSheet(3).open()).isInstanceOfSatisfying(
					UserInputException.class,
					(ex) -> assertThat(ex.getMessage()).startsWith("the workbook has no sheet number 3;"));
		}

		private Path twoSheets() {
			return Workbooks.write(XlsxRowsTest.this.dir.resolve("sheets.xlsx"), (workbook) -> {
				Sheet notes = workbook.createSheet("Notes");
				cells(notes.createRow(0), "Note");
				cells(notes.createRow(1), "hello");
				Sheet leads = workbook.createSheet("Leads");
				cells(leads.createRow(0), "Company");
				cells(leads.createRow(1), "Acme");
			});
		}

	}

	@Nested
	class UnusableFiles {

		@Test
		void refusesATextFileNamedXlsx() throws Exception {
			Path xlsx = Files.writeString(XlsxRowsTest.this.dir.resolve("leads.xlsx"), "Company,Email\nAcme,a\n");

			assertUserError(xlsx, SourceError.NOT_A_SPREADSHEET);
		}

		@Test
		void refusesAZipThatIsNotAWorkbook() throws Exception {
			Path zip = XlsxRowsTest.this.dir.resolve("archive.xlsx");
			try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
				out.putNextEntry(new ZipEntry("readme.txt"));
				out.write("not a workbook".getBytes());
			}

			assertUserError(zip, SourceError.NOT_A_SPREADSHEET);
		}

		@Test
		void refusesAnOldXlsWorkbook() throws Exception {
			Path xls = XlsxRowsTest.this.dir.resolve("leads.xlsx");
			try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
				cells(workbook.createSheet().createRow(0), "Company");
				workbook.write(out);
			}

			assertUserError(xls, SourceError.OLD_EXCEL_FORMAT);
		}

		@Test
		void refusesAPasswordProtectedWorkbook() throws Exception {
			Path plain = Workbooks.write(XlsxRowsTest.this.dir.resolve("plain.xlsx"),
					(workbook) -> cells(workbook.createSheet().createRow(0), "Company"));
			Path encrypted = XlsxRowsTest.this.dir.resolve("encrypted.xlsx");
			try (POIFSFileSystem container = new POIFSFileSystem()) {
				Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
				encryptor.confirmPassword("secret");
				try (OutputStream data = encryptor.getDataStream(container)) {
					Files.copy(plain, data);
				}
				try (OutputStream out = Files.newOutputStream(encrypted)) {
					container.writeFilesystem(out);
				}
			}

			assertUserError(encrypted, SourceError.ENCRYPTED_SPREADSHEET);
		}

		@Test
		void refusesAWorkbookThatExpandsLikeAZipBomb() throws Exception {
			Path plain = Workbooks.write(XlsxRowsTest.this.dir.resolve("plain.xlsx"), (workbook) -> {
				Sheet sheet = workbook.createSheet();
				cells(sheet.createRow(0), "Company");
				cells(sheet.createRow(1), "Acme");
			});
			Path bomb = XlsxRowsTest.this.dir.resolve("bomb.xlsx");
			try (ZipFile source = new ZipFile(plain.toFile());
					ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
				Enumeration<? extends ZipEntry> entries = source.entries();
				while (entries.hasMoreElements()) {
					ZipEntry entry = entries.nextElement();
					out.putNextEntry(new ZipEntry(entry.getName()));
					try (InputStream in = source.getInputStream(entry)) {
						byte[] content = in.readAllBytes();
						if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
							String xml = new String(content, StandardCharsets.UTF_8);
							int rootEnd = xml.indexOf('>', xml.indexOf("<worksheet")) + 1;
							xml = xml.substring(0, rootEnd) + "<!--" + " ".repeat(20_000_000) + "-->"
									+ xml.substring(rootEnd);
							content = xml.getBytes(StandardCharsets.UTF_8);
						}
						out.write(content);
					}
				}
			}

			assertThatThrownBy(() -> readAll(XlsxFile.of(bomb))).isInstanceOfSatisfying(UserInputException.class,
					(ex) -> {
						assertThat(ex.code()).isEqualTo(SourceError.SPREADSHEET_TOO_COMPRESSED);
						assertThat(ex.location().file()).endsWith("bomb.xlsx");
					});
		}

		@Test
		void refusesAFileThatDoesNotExist() {
			assertUserError(XlsxRowsTest.this.dir.resolve("missing.xlsx"), SourceError.FILE_NOT_READABLE);
		}

		private void assertUserError(Path file, SourceError error) {
			assertThatThrownBy(() -> readAll(XlsxFile.of(file))).isInstanceOfSatisfying(UserInputException.class,
					(ex) -> {
						assertThat(ex.code()).isEqualTo(error);
						assertThat(ex.location().file()).isEqualTo(file.toString());
					});
		}

	}

	@Test
	void readsSharedStringsTheSameWhetherTheyAreKeptInMemoryOrInATemporaryFile() throws Exception {
		Path xlsx = this.dir.resolve("shared.xlsx");
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, false, true);
				OutputStream out = Files.newOutputStream(xlsx)) {
			Sheet sheet = workbook.createSheet();
			cells(sheet.createRow(0), "Company", "City");
			for (int i = 1; i <= 300; i++) {
				cells(sheet.createRow(i), "Company " + i, (i % 2 == 0) ? "Paris" : "Zürich");
			}
			workbook.write(out);
		}

		List<SourceRow> inMemory;
		try (SourceRows rows = XlsxRows.open(XlsxFile.of(xlsx), SourcePosition.START, Long.MAX_VALUE)) {
			inMemory = drain(rows);
		}
		List<SourceRow> onDisk;
		try (SourceRows rows = XlsxRows.open(XlsxFile.of(xlsx), SourcePosition.START, 0)) {
			onDisk = drain(rows);
		}

		assertThat(inMemory).hasSize(300).isEqualTo(onDisk);
		assertThat(onDisk.get(299).cells()).containsExactly("Company 300", "Paris");
		assertThat(onDisk.get(298).cells()).containsExactly("Company 299", "Zürich");
	}

	@Test
	void resumesAfterEveryRowWithTheRowsThatFollowIt() {
		Path xlsx = Workbooks.write(this.dir.resolve("restart.xlsx"), (workbook) -> {
			Sheet sheet = workbook.createSheet();
			cells(sheet.createRow(0), "Company", "Email");
			cells(sheet.createRow(1), "Acme", "a@acme.com");
			cells(sheet.createRow(3), "Beta", "b@beta.com", "stray");
			cells(sheet.createRow(4), "", "");
			cells(sheet.createRow(5), "Gamma", "g@gamma.com");
		});
		XlsxFile file = XlsxFile.of(xlsx);
		List<SourceRow> all = readAll(file);
		List<SourcePosition> positions = new ArrayList<>();
		try (SourceRows rows = file.open()) {
			positions.add(rows.position());
			rows.forEachRemaining((row) -> positions.add(rows.position()));
		}

		assertThat(all).extracting(SourceRow::number).containsExactly(2L, 4L, 6L);
		for (int k = 0; k < positions.size(); k++) {
			try (SourceRows rows = file.openAt(positions.get(k))) {
				assertThat(drain(rows)).as("after row %d", k).isEqualTo(all.subList(k, all.size()));
			}
		}
	}

	private static Cell formula(Cell cell, String formula) {
		cell.setCellFormula(formula);
		return cell;
	}

	private static CellStyle style(SXSSFWorkbook workbook, String format) {
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(workbook.createDataFormat().getFormat(format));
		return style;
	}

	private static void cells(Row row, String... values) {
		for (int i = 0; i < values.length; i++) {
			if (!values[i].isEmpty()) {
				row.createCell(i).setCellValue(values[i]);
			}
			else {
				row.createCell(i).setBlank();
			}
		}
	}

}
