package closebatch.error;

import java.util.Objects;

/**
 * A problem with the user's input (a file, a column, a configuration key, a refused key)
 * that the user can fix, as opposed to a bug in closebatch.
 *
 * <p>
 * Carries an {@link ErrorCode} with its hint and, when there is one, the
 * {@link SourceLocation} it points at. The command line prints {@link #describe()} and no
 * stack trace. Stages throw it as it is or subclass it when they need more fields; the
 * message never contains a secret such as the API key.
 */
public class UserInputException extends RuntimeException {

	private final ErrorCode code;

	private final SourceLocation location;

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
		super(Objects.requireNonNull(message, "message"), cause);
		this.code = Objects.requireNonNull(code, "code");
		this.location = location;
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
		return this.code.hint();
	}

	/**
	 * The problem as the user reads it: code, location, message and hint, such as
	 * {@code SRC-103 leads.csv:1, column C "Email": the header "Email" appears twice (columns
	 * B and C). Hint: ...}.
	 * @return the description, on one line
	 */
	public String describe() {
		StringBuilder text = new StringBuilder(this.code.code()).append(' ');
		if (this.location != null) {
			text.append(this.location).append(": ");
		}
		return text.append(getMessage()).append(" Hint: ").append(hint()).toString();
	}

}
