package closebatch.source;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes XLSX test files with POI's streaming SXSSF workbook.
 */
public final class Workbooks {

	private Workbooks() {
	}

	public static Path write(Path file, Consumer<SXSSFWorkbook> content) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
			content.accept(workbook);
			workbook.write(out);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
