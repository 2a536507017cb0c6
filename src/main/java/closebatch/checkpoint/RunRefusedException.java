package closebatch.checkpoint;

/**
 * The checkpoint refuses to start or resume a run: the state file is in use by another
 * live process, or the input or mapping changed under a failed run.
 *
 * <p>
 * A user's situation, not a bug: the message says what was found (and where), never
 * contains a secret, and {@link #hint()} says what to do.
 */
public final class RunRefusedException extends RuntimeException {

	/** Why the run was refused. */
	public enum Reason {

		/** Another live process owns the state file. */
		STATE_IN_USE,

		/** The input file's fingerprint differs from the failed run's. */
		INPUT_CHANGED,

		/** The mapping's fingerprint differs from the failed run's. */
		MAPPING_CHANGED

	}

	private final Reason reason;

	private final String hint;

	public RunRefusedException(Reason reason, String message, String hint) {
		super(message, null, false, false);
		this.reason = reason;
		this.hint = hint;
	}

	public Reason reason() {
		return this.reason;
	}

	/** What the user can do about it. */
	public String hint() {
		return this.hint;
	}

}
