package closebatch.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import closebatch.source.CsvFile;
import closebatch.source.SourceRow;
import closebatch.source.SourceRows;

/** Reads the files the report writes back through the project's own CSV reader. */
final class ReportFiles {

	private ReportFiles() {
	}

	static List<SourceRow> rows(Path file) {
		List<SourceRow> rows = new ArrayList<>();
		try (SourceRows read = CsvFile.of(file).open()) {
			read.forEachRemaining(rows::add);
		}
		return rows;
	}

	static List<String> header(Path file) {
		try (SourceRows read = CsvFile.of(file).open()) {
			return read.header().names();
		}
	}

	static List<List<String>> cells(Path file) {
		return rows(file).stream().map(SourceRow::cells).toList();
	}

}
