package closebatch.source;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Large CSV and XLSX files of lead-like rows, written as streams, for memory checks and
 * benchmarks.
 */
final class LargeInputs {

	static final String[] COLUMNS = { "Company", "Contact", "Email", "Phone", "Revenue", "Notes" };

	private LargeInputs() {
	}

	/**
	 * A UTF-8 CSV file with a header and {@code rows} rows; every 10th has a two-line
	 * note.
	 */
	static Path csv(Path file, int rows) {
		try (BufferedWriter out = Files.newBufferedWriter(file)) {
			out.write(String.join(",", COLUMNS));
			out.write('\n');
			for (int i = 0; i < rows; i++) {
				out.write("Company " + i + ",Contact Zoë " + i + ",lead" + i + "@example.com,+1 415 555 "
						+ (1000 + i % 9000) + "," + (i * 17.25) + ","
						+ ((i % 10 == 0) ? "\"Called, left a message\nsecond line\"" : "plain"));
				out.write('\n');
			}
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** An XLSX workbook (inline strings, as POI's SXSSF writes) with the same rows. */
	static Path xlsx(Path file, int rows) {
		return Workbooks.write(file, (workbook) -> fill(workbook, rows));
	}

	/**
	 * An XLSX workbook with the same rows whose strings are in a shared-strings table, as
	 * Excel writes them.
	 */
	static Path xlsxWithSharedStrings(Path file, int rows) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, false, true);
				OutputStream out = Files.newOutputStream(file)) {
			fill(workbook, rows);
			workbook.write(out);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void fill(SXSSFWorkbook workbook, int rows) {
		Sheet sheet = workbook.createSheet("Leads");
		Row header = sheet.createRow(0);
		for (int c = 0; c < COLUMNS.length; c++) {
			header.createCell(c).setCellValue(COLUMNS[c]);
		}
		for (int i = 0; i < rows; i++) {
			Row row = sheet.createRow(i + 1);
			row.createCell(0).setCellValue("Company " + i);
			row.createCell(1).setCellValue("Contact Zoë " + i);
			row.createCell(2).setCellValue("lead" + i + "@example.com");
			row.createCell(3).setCellValue("+1 415 555 " + (1000 + i % 9000));
			row.createCell(4).setCellValue(i * 17.25);
			row.createCell(5).setCellValue((i % 10 == 0) ? "Called, left a message\nsecond line" : "plain");
		}
	}

}
