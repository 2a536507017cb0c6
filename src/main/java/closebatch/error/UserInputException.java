package closebatch.error;

import java.util.Objects;

/**
 * A problem with the user's input (a file, a column, a configuration key, a refused key)
 * that the user can fix, as opposed to a bug in closebatch.
 *
 * <p>
 * Carries an {@link ErrorCode} with its hint and, when there is one, the
 * {@link SourceLocation} it points at. The command line prints {@link #describe()} and no
 * stack trace; it records none either, since the location and the hint are the whole
 * story (the cause, if any, keeps its own). Stages throw it as it is or subclass it when
 * they need more fields; the message never contains a secret such as the API key.
 */
public class UserInputException extends RuntimeException {

	private final ErrorCode code;

	private final SourceLocation location;

	private final String hint;

	/**
	 * A problem at a place in the input.
	 * @param code what kind of problem it is
	 * @param location where it is; null when it has no place
	 * @param message what is wrong, in the user's terms
	 */
	public UserInputException(ErrorCode code, SourceLocation location, String message) {
		this(code, location, message, null);
	}

	/**
	 * A problem at a place in the input, found through a lower-level exception.
	 * @param code what kind of problem it is
	 * @param location where it is; null when it has no place
	 * @param message what is wrong, in the user's terms
	 * @param cause the exception that revealed it, kept for the debug log
	 */
	public UserInputException(ErrorCode code, SourceLocation location, String message, Throwable cause) {
		this(code, location, message, null, cause);
	}

	/**
	 * A problem whose hint depends on the case, not only on its code.
	 * @param code what kind of problem it is
	 * @param location where it is; null when it has no place
	 * @param message what is wrong, in the user's terms
	 * @param hint what to do about it; null for the code's hint
	 * @param cause the exception that revealed it, kept for the debug log; or null
	 */
	public UserInputException(ErrorCode code, SourceLocation location, String message, String hint, Throwable cause) {
		super(Objects.requireNonNull(message, "message"), cause, true, false);
		this.code = Objects.requireNonNull(code, "code");
		this.location = location;
		this.hint = hint;
	}

	public ErrorCode code() {
		return this.code;
	}

	/**
	 * Where the problem is.
	 * @return the location, or null when the problem has no place
	 */
	public SourceLocation location() {
		return this.location;
	}

	public String hint() {
		return (this.hint != null) ? this.hint : this.code.hint();
	}

	/**
	 * The problem as the user reads it: code, location, message and hint, such as
	 * {@code SRC-103 leads.csv:1, column C "Email": the header "Email" appears twice (columns
	 * B and C). Hint: ...}.
	 * @return the description, on one line
	 */
	public String describe() {
		return this.code.describe(this.location, getMessage(), hint());
	}

}
