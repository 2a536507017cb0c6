package closebatch.guess;

import java.util.List;

/**
 * A mapping guessed from a file: what each column becomes, in the file's column order,
 * and the columns that identify a lead.
 *
 * @param sample what it was guessed from
 * @param columns one guess per column of the header
 * @param key the key columns: the company column, else an id-like one; empty when neither
 * was found (every row is then a lead of its own)
 * @param keyReason why these columns, or why none
 */
public record GuessedMapping(FileSample sample, List<ColumnGuess> columns, List<String> key, String keyReason) {

	public GuessedMapping {
		columns = List.copyOf(columns);
		key = List.copyOf(key);
	}

	/**
	 * The columns that go to one target, in column order.
	 * @param target the target
	 * @return the guesses
	 */
	public List<ColumnGuess> to(Target target) {
		return this.columns.stream().filter((guess) -> guess.target() == target).toList();
	}

	/**
	 * The guess for one column.
	 * @param column the column's name
	 * @return its guess
	 * @throws IllegalArgumentException if the header has no such column
	 */
	public ColumnGuess column(String column) {
		return this.columns.stream()
			.filter((guess) -> guess.column().equals(column))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no column " + column));
	}

	/** Whether some column fills a contact, so that the mapping has a contact. */
	boolean hasContact() {
		return this.columns.stream().anyMatch((guess) -> guess.target().ofContact());
	}

	/** Whether some column fills the lead's address. */
	boolean hasAddress() {
		return this.columns.stream().anyMatch((guess) -> guess.target().ofAddress());
	}

}
