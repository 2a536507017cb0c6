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
	 * Whether the same command, run again unchanged, can get past this once the situation
	 * passes (another process's run ends, a database comes back): such a problem exits 1,
	 * any other 2.
	 * @return false unless the code says otherwise
	 */
	default boolean passesOnRetry() {
		return false;
	}

}
