package closebatch.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the XLSX of an export from its spill (a JSON array per row) with POI's streaming
 * writer, in constant memory: typed number and date cells, a bold frozen header row, one
 * sheet named after the object type. Text goes into typed text cells as it is: a
 * spreadsheet never evaluates those, so there is no formula to escape.
 *
 * <p>
 * The workbook is written to a temporary file beside the target and moved into place, so
 * a build cut short leaves no half workbook and can simply run again.
 */
final class WorkbookBuilder {

	/** The longest text a cell holds (Excel's limit). */
	static final int MAX_CELL_TEXT = 32_767;

	private static final int WINDOW = 100;

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final List<Column> columns;

	WorkbookBuilder(List<Column> columns) {
		this.columns = columns;
	}

	/** Writes {@code target} from {@code spill}; returns the number of data rows. */
	long build(Path spill, Path target, String sheetName) throws IOException {
		Path temporary = target.resolveSibling(target.getFileName() + ".part");
		long rows = 0;
		SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
		workbook.setCompressTempFiles(true);
		try (BufferedReader reader = Files.newBufferedReader(spill, StandardCharsets.UTF_8)) {
			SXSSFSheet sheet = workbook.createSheet(sheetName);
			Styles styles = new Styles(workbook);
			Row header = sheet.createRow(0);
			for (int index = 0; index < this.columns.size(); index++) {
				Cell cell = header.createCell(index);
				cell.setCellValue(this.columns.get(index).header());
				cell.setCellStyle(styles.header);
			}
			sheet.createFreezePane(0, 1);
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isEmpty()) {
					continue;
				}
				JsonNode values = MAPPER.readTree(line);
				Row row = sheet.createRow((int) ++rows);
				for (int index = 0; index < this.columns.size(); index++) {
					fill(row, index, values.get(index), styles);
				}
			}
			try (OutputStream out = Files.newOutputStream(temporary)) {
				workbook.write(out);
			}
		}
		finally {
			workbook.close();
		}
		Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		return rows;
	}

	private void fill(Row row, int index, JsonNode value, Styles styles) {
		if (value == null || value.isNull()) {
			return;
		}
		CellKind kind = this.columns.get(index).kind();
		Cell cell = row.createCell(index);
		if (kind == CellKind.NUMBER && value.isNumber()) {
			cell.setCellValue(value.doubleValue());
			return;
		}
		String text = value.asString();
		if (kind == CellKind.NUMBER) {
			try {
				cell.setCellValue(new BigDecimal(text.trim()).doubleValue());
				return;
			}
			catch (NumberFormatException ex) {
				// not a number after all: written as text below
			}
		}
		if ((kind == CellKind.DATE || kind == CellKind.DATETIME) && setDate(cell, text, styles)) {
			return;
		}
		cell.setCellValue((text.length() > MAX_CELL_TEXT) ? text.substring(0, MAX_CELL_TEXT) : text);
	}

	private static boolean setDate(Cell cell, String text, Styles styles) {
		try {
			if (text.length() == 10) {
				cell.setCellValue(LocalDate.parse(text));
				cell.setCellStyle(styles.date);
			}
			else {
				cell.setCellValue(OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
				cell.setCellStyle(styles.dateTime);
			}
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

	private static final class Styles {

		private final CellStyle header;

		private final CellStyle date;

		private final CellStyle dateTime;

		Styles(SXSSFWorkbook workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			this.header = workbook.createCellStyle();
			this.header.setFont(bold);
			short dateFormat = workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd");
			this.date = workbook.createCellStyle();
			this.date.setDataFormat(dateFormat);
			short dateTimeFormat = workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss");
			this.dateTime = workbook.createCellStyle();
			this.dateTime.setDataFormat(dateTimeFormat);
		}

	}

}
