package closebatch.source;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * One row of an input file: its physical row number, its cells in column order and, when
 * the reader could not make sense of it, the defect that rejects it.
 *
 * <p>
 * The number is what the user sees in an editor: for CSV the line on which the record
 * starts (the header is on line 1 when the file starts with it), for XLSX the sheet's row
 * number. The cells are as read, so that a rejects file can reproduce the row: for a
 * well-formed row one per column; for a ragged one as many as it had; for a line whose
 * quotes are broken the line's text as a single cell.
 *
 * @param number the 1-based physical row number
 * @param header the file's header, shared by all its rows
 * @param cells the cells as read, never null ({@code ""} for an empty cell)
 * @param defect why the row is rejected; null for a well-formed row
 */
public record SourceRow(long number, SourceHeader header, List<String> cells, RowDefect defect) {

	public SourceRow {
		if (number < 1) {
			throw new IllegalArgumentException("row number must be positive, not " + number);
		}
		Objects.requireNonNull(header, "header");
		cells = List.copyOf(cells);
	}

	/**
	 * A well-formed row.
	 * @param number the 1-based physical row number
	 * @param header the file's header
	 * @param cells one cell per column
	 * @return the row
	 */
	public static SourceRow of(long number, SourceHeader header, List<String> cells) {
		return new SourceRow(number, header, cells, null);
	}

	/**
	 * Whether the reader rejected this row.
	 * @return true if it carries a {@link #defect()}
	 */
	public boolean isRejected() {
		return this.defect != null && !isBlank();
	}

	/**
	 * Whether every cell of this row is blank (white space at most): such a row is read
	 * and counted, then skipped.
	 * @return true for a blank row
	 */
	public boolean isBlank() {
		return this.defect != null && this.defect.error() == SourceError.BLANK_ROW;
	}

	/**
	 * A row as read, blank, rejected for a control character, or well formed.
	 * @param number the 1-based physical row number
	 * @param header the file's header
	 * @param cells one cell per column
	 * @return the row
	 */
	static SourceRow checked(long number, SourceHeader header, List<String> cells) {
		boolean blank = true;
		for (int column = 0; column < cells.size(); column++) {
			String cell = cells.get(column);
			blank &= cell.isBlank();
			for (int i = 0; i < cell.length(); i++) {
				char c = cell.charAt(i);
				if (c < 0x20 && c != '\t' && c != '\r' && c != '\n') {
					return new SourceRow(number, header, cells,
							new RowDefect(SourceError.CONTROL_CHARACTER,
									"column " + header.label(column) + " holds the control character "
											+ String.format("U+%04X", (int) c) + ((c == 0) ? " (NUL)" : "")
											+ " at character " + (i + 1) + "."));
				}
			}
		}
		if (blank) {
			return new SourceRow(number, header, cells, new RowDefect(SourceError.BLANK_ROW, "blank"));
		}
		return of(number, header, cells);
	}

	/**
	 * A cell by its column name.
	 * @param column a name from the header
	 * @return the cell's text ({@code ""} when empty), or null when this (rejected) row
	 * has no cell in that column
	 * @throws IllegalArgumentException if the header has no such column
	 */
	public String value(String column) {
		int index = this.header.indexOf(column);
		if (index < 0) {
			throw new IllegalArgumentException("no column named '" + column + "' in " + this.header);
		}
		return (index < this.cells.size()) ? this.cells.get(index) : null;
	}

	/**
	 * The cells by column name, in column order; a view, not a copy. A rejected row maps
	 * only the columns it has cells for.
	 * @return header name to cell text
	 */
	public Map<String, String> values() {
		return new Values(this.header, this.cells);
	}

	/**
	 * Header names paired with cells, without copying either; a cell is found by the
	 * header's index of its name, as the mapping looks up a few dozen per row.
	 */
	private static final class Values extends AbstractMap<String, String> {

		private final SourceHeader header;

		private final List<String> names;

		private final List<String> cells;

		private final int size;

		Values(SourceHeader header, List<String> cells) {
			this.header = header;
			this.names = header.names();
			this.cells = cells;
			this.size = Math.min(this.names.size(), cells.size());
		}

		@Override
		public String get(Object name) {
			int index = (name instanceof String column) ? this.header.indexOf(column) : -1;
			return (index >= 0 && index < this.size) ? this.cells.get(index) : null;
		}

		@Override
		public boolean containsKey(Object name) {
			int index = (name instanceof String column) ? this.header.indexOf(column) : -1;
			return index >= 0 && index < this.size;
		}

		@Override
		public Set<Entry<String, String>> entrySet() {
			return new AbstractSet<>() {

				@Override
				public Iterator<Entry<String, String>> iterator() {
					return new Iterator<>() {

						private int next;

						@Override
						public boolean hasNext() {
							return this.next < Values.this.size;
						}

						@Override
						public Entry<String, String> next() {
							if (!hasNext()) {
								throw new NoSuchElementException();
							}
							int index = this.next++;
							return new SimpleImmutableEntry<>(Values.this.names.get(index),
									Values.this.cells.get(index));
						}

					};
				}

				@Override
				public int size() {
					return Values.this.size;
				}

			};
		}

	}

}
