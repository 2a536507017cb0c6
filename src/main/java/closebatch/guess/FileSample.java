package closebatch.guess;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import closebatch.source.SourceFile;
import closebatch.source.SourceHeader;
import closebatch.source.SourceRow;
import closebatch.source.SourceRows;

/**
 * The header and the first well-formed rows of an input file: what a guess is made from.
 *
 * @param file the file, and how it was read
 * @param header its header
 * @param rows its first well-formed, non-blank rows
 * @param setAside rows among the first ones that the reader rejected or found blank
 * @param wholeFile whether the rows are all the file has
 */
public record FileSample(SourceFile file, SourceHeader header, List<SourceRow> rows, long setAside, boolean wholeFile) {

	/** How many rows a guess reads unless told otherwise. */
	public static final int DEFAULT_ROWS = 1_000;

	public FileSample {
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(header, "header");
		rows = List.copyOf(rows);
	}

	/**
	 * Reads the header and up to {@code maxRows} rows.
	 * @param file the file
	 * @param maxRows the most rows to read
	 * @return the sample
	 * @throws closebatch.error.UserInputException if the file cannot be read
	 */
	public static FileSample read(SourceFile file, int maxRows) {
		List<SourceRow> rows = new ArrayList<>();
		long setAside = 0;
		try (SourceRows reader = file.open()) {
			while (rows.size() < maxRows && reader.hasNext()) {
				SourceRow row = reader.next();
				if (row.defect() != null) {
					setAside++;
				}
				else {
					rows.add(row);
				}
			}
			return new FileSample(file, reader.header(), rows, setAside, !reader.hasNext());
		}
	}

	/**
	 * A column's non-blank values, stripped, in row order.
	 * @param column a name from the header
	 * @return the values
	 */
	public List<String> values(String column) {
		List<String> values = new ArrayList<>();
		for (SourceRow row : this.rows) {
			String value = row.value(column);
			if (value != null && !value.isBlank()) {
				values.add(value.strip());
			}
		}
		return values;
	}

}
