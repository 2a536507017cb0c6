package closebatch.report;

import java.util.Objects;

import closebatch.error.ErrorCode;

/**
 * Why a row was rejected: the error code, the field or column at fault and the reason.
 *
 * @param code the stable error code, such as {@code SRC-202} or {@code API-400}
 * @param field the input column (or Close field) at fault; {@code ""} when the whole row
 * is at fault
 * @param reason what is wrong, in the user's terms
 */
public record RowError(String code, String field, String reason) {

	public RowError {
		Objects.requireNonNull(code, "code");
		field = (field != null) ? field : "";
		Objects.requireNonNull(reason, "reason");
	}

	/**
	 * An error with one of the project's error codes.
	 * @param code the code
	 * @param field the column at fault, or null for the whole row
	 * @param reason what is wrong
	 * @return the error
	 */
	public static RowError of(ErrorCode code, String field, String reason) {
		return new RowError(code.code(), field, reason);
	}

	/**
	 * The text of the results file's {@code error} column and the rejects file's
	 * {@code _error} column: the code, then the reason.
	 * @return such as {@code SRC-202: the row has 2 cells, the header 3}
	 */
	public String describe() {
		return this.code + ": " + this.reason;
	}

}
