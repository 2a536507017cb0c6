package closebatch.close;

/**
 * A user's mistake in how the Close target is configured: an unusable API key or key
 * file, or a base URL that is malformed or not safe to send a key to.
 *
 * <p>
 * The message says where the mistake is (the environment variable, or the file and line)
 * and never contains a key; {@link #hint()} says how to fix it.
 */
public final class CloseConfigurationException extends RuntimeException {

	/** Which part of the configuration is wrong. */
	public enum Problem {

		/** {@code CLOSE_API_KEY}, {@code CLOSE_API_KEYS} or a key file line. */
		API_KEY,

		/** The key file cannot be read or holds no key. */
		API_KEY_FILE,

		/** {@code CLOSE_BASE_URL} or the configured base URL. */
		BASE_URL

	}

	private final Problem problem;

	private final String hint;

	public CloseConfigurationException(Problem problem, String message, String hint) {
		super(message, null, false, false);
		this.problem = problem;
		this.hint = hint;
	}

	public Problem problem() {
		return this.problem;
	}

	/** What the user can do about it. */
	public String hint() {
		return this.hint;
	}

}
