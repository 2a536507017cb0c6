package closebatch.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import closebatch.error.Excerpt;
import closebatch.error.SourceLocation;
import closebatch.error.UserInputException;

/**
 * The column names of an input file, in column order, each unique and non-blank.
 *
 * <p>
 * Names are stripped of surrounding white space. One instance is shared by every row of a
 * file, so looking a cell up by name costs one hash lookup.
 */
public final class SourceHeader {

	/** The most columns a header may have: as many as an Excel sheet. */
	public static final int MAX_COLUMNS = 16_384;

	/** The longest column name. */
	public static final int MAX_NAME_CHARS = 1_024;

	private final List<String> names;

	private final Map<String, Integer> indexes;

	private SourceHeader(List<String> names) {
		this.names = List.copyOf(names);
		this.indexes = new HashMap<>();
		for (int i = 0; i < this.names.size(); i++) {
			this.indexes.put(this.names.get(i), i);
		}
	}

	/**
	 * Checks header cells and makes a header of them.
	 * @param cells the header cells as read, in column order
	 * @param location the header's row, for errors
	 * @return the header
	 * @throws UserInputException if there are no cells, a blank name or a repeated name
	 */
	public static SourceHeader of(List<String> cells, SourceLocation location) {
		List<String> names = cells.stream().map(String::strip).toList();
		if (names.isEmpty()) {
			throw new UserInputException(SourceError.EMPTY_FILE, location, "the header row has no columns.");
		}
		if (names.size() > MAX_COLUMNS) {
			throw new UserInputException(SourceError.HEADER_TOO_LARGE, location,
					"the header has " + names.size() + " columns, more than " + MAX_COLUMNS + ".");
		}
		for (int i = 0; i < names.size(); i++) {
			if (names.get(i).length() > MAX_NAME_CHARS) {
				throw new UserInputException(SourceError.HEADER_TOO_LARGE, location.atColumn(columnLetter(i)),
						"the name of column " + columnLetter(i) + " is " + names.get(i).length()
								+ " characters long, more than " + MAX_NAME_CHARS + ": \"" + Excerpt.of(names.get(i))
								+ "\".");
			}
		}
		List<String> blanks = new ArrayList<>();
		Map<String, List<String>> letters = new LinkedHashMap<>();
		for (int i = 0; i < names.size(); i++) {
			if (names.get(i).isEmpty()) {
				blanks.add(columnLetter(i));
			}
			else {
				letters.computeIfAbsent(names.get(i), (name) -> new ArrayList<>()).add(columnLetter(i));
			}
		}
		if (!blanks.isEmpty()) {
			throw new UserInputException(SourceError.BLANK_HEADER, location.atColumn(String.join(", ", blanks)),
					(blanks.size() == 1 ? "column " + blanks.get(0) + " has"
							: "columns " + String.join(", ", blanks) + " have") + " no name in the header.");
		}
		Map<String, List<String>> repeated = letters.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().size() > 1)
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
		if (!repeated.isEmpty()) {
			String columns = repeated.entrySet()
				.stream()
				.limit(Excerpt.MAX_ITEMS)
				.map((entry) -> "\"" + Excerpt.of(entry.getKey()) + "\" (columns " + Excerpt.list(entry.getValue())
						+ ")")
				.collect(Collectors.joining(", "));
			String first = repeated.values().iterator().next().get(1);
			throw new UserInputException(SourceError.DUPLICATE_HEADER, location.atColumn(first),
					"the header names a column more than once: " + columns + ".");
		}
		return new SourceHeader(names);
	}

	/**
	 * The spreadsheet letter of a column: A for the first, Z, AA, AB and so on.
	 * @param index the 0-based column index
	 * @return the letters
	 */
	public static String columnLetter(int index) {
		if (index < 0) {
			throw new IllegalArgumentException("column index must not be negative, not " + index);
		}
		StringBuilder letters = new StringBuilder();
		for (int n = index + 1; n > 0; n = (n - 1) / 26) {
			letters.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return letters.toString();
	}

	public List<String> names() {
		return this.names;
	}

	public int size() {
		return this.names.size();
	}

	/**
	 * The index of a column.
	 * @param name the column's name
	 * @return its 0-based index, or -1 if the header has no such column
	 */
	public int indexOf(String name) {
		Integer index = this.indexes.get(name);
		return (index != null) ? index : -1;
	}

	/**
	 * A column as people point at it in a sheet: its letter and its name, as in
	 * {@code C "Email"}; beyond the header, the letter alone.
	 * @param index the 0-based column index
	 * @return the label
	 */
	public String label(int index) {
		String letter = columnLetter(index);
		return (index < this.names.size()) ? letter + " \"" + Excerpt.of(this.names.get(index)) + "\"" : letter;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SourceHeader header && header.names.equals(this.names);
	}

	@Override
	public int hashCode() {
		return this.names.hashCode();
	}

	@Override
	public String toString() {
		return this.names.toString();
	}

}
