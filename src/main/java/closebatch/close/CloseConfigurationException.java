package closebatch.close;

import closebatch.error.ErrorCode;
import closebatch.error.UserInputException;

/**
 * A user's mistake in how the Close target is configured: an unusable API key or key
 * file, or a base URL that is malformed or not safe to send a key to.
 *
 * <p>
 * The message says where the mistake is (the environment variable, or the file and line)
 * and never contains a key; {@link #hint()} says how to fix it.
 */
public final class CloseConfigurationException extends UserInputException {

	/**
	 * Which part of the configuration is wrong: the error code, {@code CB-TARGET} for
	 * each.
	 */
	public enum Problem implements ErrorCode {

		/** {@code CLOSE_API_KEY}, {@code CLOSE_API_KEYS} or a key file line. */
		API_KEY("Copy the key again from Close (Settings > Developer > API Keys)."),

		/** The key file cannot be read or holds no key. */
		API_KEY_FILE("Give --api-key-file a readable text file with one key per line."),

		/** {@code CLOSE_BASE_URL} or the configured base URL. */
		BASE_URL("Set CLOSE_BASE_URL to the API root, e.g. " + CloseTarget.DEFAULT_BASE_URL);

		private final String hint;

		Problem(String hint) {
			this.hint = hint;
		}

		@Override
		public String code() {
			return "CB-TARGET";
		}

		@Override
		public String hint() {
			return this.hint;
		}

	}

	/**
	 * A mistake in the target's configuration.
	 * @param problem which part is wrong
	 * @param message what is wrong and where
	 * @param hint what to do about it; null for the problem's own hint
	 */
	public CloseConfigurationException(Problem problem, String message, String hint) {
		super(problem, null, message, hint, null);
	}

	public Problem problem() {
		return (Problem) code();
	}

}
