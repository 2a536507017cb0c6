package closebatch.checkpoint;

import closebatch.error.ErrorCode;
import closebatch.error.UserInputException;

/**
 * The checkpoint refuses to start or resume a run: the state file is in use by another
 * live process, the state database cannot be reached, or the input or mapping changed
 * under a failed run.
 *
 * <p>
 * A user's situation, not a bug: the message says what was found (and where), never
 * contains a secret, and {@link #hint()} says what to do.
 */
public final class RunRefusedException extends UserInputException {

	/** Why the run was refused: the error code, {@code CB-STATE} for each. */
	public enum Reason implements ErrorCode {

		/** Another live process owns the state file, or runs the job on the target. */
		STATE_IN_USE,

		/** The PostgreSQL state database cannot be reached or refused the credentials. */
		STATE_UNREACHABLE,

		/** The input file's fingerprint differs from the failed run's. */
		INPUT_CHANGED,

		/** The mapping's fingerprint differs from the failed run's. */
		MAPPING_CHANGED;

		@Override
		public String code() {
			return "CB-STATE";
		}

		@Override
		public String hint() {
			return "Check the state file or database named, then run the same command again.";
		}

		@Override
		public boolean passesOnRetry() {
			return this == STATE_IN_USE || this == STATE_UNREACHABLE;
		}

	}

	public RunRefusedException(Reason reason, String message, String hint) {
		super(reason, null, message, hint, null);
	}

	/** The PostgreSQL state database at {@code state} could not be connected to. */
	static RunRefusedException unreachable(PostgresState state, Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return new RunRefusedException(Reason.STATE_UNREACHABLE,
				"Cannot connect to the state database " + state.describe() + ": " + cause.getMessage(),
				"Check the URL, that the server is up and reachable from here, and the credentials in "
						+ PostgresState.USER + " and " + PostgresState.PASSWORD + " (or " + PostgresState.PASSWORD_FILE
						+ "); then run the same command again.");
	}

	public Reason reason() {
		return (Reason) code();
	}

}
