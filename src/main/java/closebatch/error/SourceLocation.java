package closebatch.error;

import java.util.Objects;

/**
 * Where in the user's input a problem is: a file, and within it optionally a row (the
 * line of a text file or the row number of a sheet), a column and a key.
 *
 * <p>
 * Rendered the way compilers do, so editors and people find the place:
 * {@code leads.csv:42, column C "Email"}, {@code import-leads.yaml:7, key mapping.email},
 * or with a column number (a place in a text file) {@code import-leads.yaml:7:3}.
 *
 * @param file the file as the user named it; never null
 * @param row the 1-based line or row; 0 when the problem is about the whole file
 * @param column the column (for example {@code C "Email"}, or {@code 3} for the third
 * character of a line); null when none
 * @param key a key: a configuration path or a record key; null when none
 */
public record SourceLocation(String file, long row, String column, String key) {

	public SourceLocation {
		Objects.requireNonNull(file, "file");
		if (row < 0) {
			throw new IllegalArgumentException("row must not be negative, not " + row);
		}
	}

	/**
	 * The whole of a file.
	 * @param file the file as the user named it
	 * @return the location
	 */
	public static SourceLocation of(String file) {
		return new SourceLocation(file, 0, null, null);
	}

	public SourceLocation atRow(long row) {
		return new SourceLocation(this.file, row, this.column, this.key);
	}

	public SourceLocation atColumn(String column) {
		return new SourceLocation(this.file, this.row, column, this.key);
	}

	public SourceLocation atKey(String key) {
		return new SourceLocation(this.file, this.row, this.column, key);
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(this.file);
		if (this.row > 0) {
			text.append(':').append(this.row);
		}
		if (this.column != null && this.row > 0 && this.column.matches("[0-9]+")) {
			text.append(':').append(this.column);
		}
		else if (this.column != null) {
			text.append(", column ").append(this.column);
		}
		if (this.key != null) {
			text.append(", key ").append(this.key);
		}
		return text.toString();
	}

}
