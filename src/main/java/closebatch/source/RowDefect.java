package closebatch.source;

import java.util.Objects;

/**
 * Why the reader could not turn a record into a row of cells, such as a broken quote or a
 * wrong number of cells.
 *
 * <p>
 * The row carrying it is rejected as it is read, with this reason; reading goes on.
 *
 * @param error the row-level code (one of the {@code SRC-2xx})
 * @param message what is wrong with this row, in the user's terms
 */
public record RowDefect(SourceError error, String message) {

	public RowDefect {
		Objects.requireNonNull(error, "error");
		Objects.requireNonNull(message, "message");
	}

}
