package closebatch.error;

/**
 * A kind of mistake in the user's input, with a stable identifier and a hint that says
 * how to fix it.
 *
 * <p>
 * Each stage declares its codes as an enum implementing this interface, with identifiers
 * prefixed by the stage ({@code SRC-101} for the source stage), so that a code named in a
 * report or an issue always means the same thing.
 */
public interface ErrorCode {

	/**
	 * The stable identifier, such as {@code SRC-101}.
	 * @return the identifier
	 */
	String code();

	/**
	 * What the user can do about it, as one or two sentences.
	 * @return the hint
	 */
	String hint();

	/**
	 * A problem of this kind as the user reads it, on one line: code, location, message
	 * and hint, such as {@code SRC-104 leads.csv:1, column C "Email": the header "Email"
	 * appears twice (columns B and C). Hint: ...}.
	 * @param location where it is; null when it has no place
	 * @param message what is wrong
	 * @param hint what to do about it in this case; null for this code's hint, blank for
	 * none
	 * @return the description
	 */
	default String describe(SourceLocation location, String message, String hint) {
		StringBuilder text = new StringBuilder(code()).append(' ');
		if (location != null) {
			text.append(location).append(": ");
		}
		text.append(message);
		String shown = (hint != null) ? hint : hint();
		if (!shown.isBlank()) {
			text.append(" Hint: ").append(shown);
		}
		// One line, whatever the message quotes.
		return text.toString().replace('\r', ' ').replace('\n', ' ');
	}

	/**
	 * Whether the same command, run again unchanged, can get past this once the situation
	 * passes (another process's run ends, a database comes back): such a problem exits 1,
	 * any other 2.
	 * @return false unless the code says otherwise
	 */
	default boolean passesOnRetry() {
		return false;
	}

}
