package closebatch.mapping;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A test fixture's CSV rows as the source stage will hand them over: the physical row
 * number (the header is row 1) and the cells by header.
 */
record CsvRows(List<String> headers, List<Row> rows) {

	record Row(long number, Map<String, String> cells) {
	}

	static CsvRows read(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVParser parser = CSVFormat.DEFAULT.builder()
					.setHeader()
					.setIgnoreSurroundingSpaces(false)
					.get()
					.parse(reader)) {
			List<Row> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				Map<String, String> cells = new LinkedHashMap<>();
				parser.getHeaderNames().forEach((header) -> cells.put(header, record.get(header)));
				rows.add(new Row(record.getRecordNumber() + 1, cells));
			}
			return new CsvRows(parser.getHeaderNames(), rows);
		}
	}

	/** Every row mapped, in order. */
	List<MappedRow> mapAll(RecordMapper mapper) {
		return this.rows.stream().map((row) -> mapper.map(row.number(), row.cells())).toList();
	}

}
