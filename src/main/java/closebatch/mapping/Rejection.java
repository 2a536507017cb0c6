package closebatch.mapping;

import java.util.Objects;

/**
 * A row that cannot be loaded, with the column whose value failed and why.
 *
 * @param rowNumber the physical row number in the input file
 * @param column the input column (or columns, comma separated) the failed value came from
 * @param reason why the value was refused, naming the value
 */
public record Rejection(long rowNumber, String column, String reason) implements MappedRow {

	public Rejection {
		Objects.requireNonNull(column, "column");
		Objects.requireNonNull(reason, "reason");
	}

}
