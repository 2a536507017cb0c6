package closebatch.report;

/**
 * How a run ended, before rejects and thresholds are weighed by {@link ExitDecision}.
 */
public enum RunStatus {

	/** Every row was read and given an outcome. */
	COMPLETED,

	/** The run stopped early; running the same command again resumes it. */
	FAILED,

	/** The command, job, mapping or input was refused before anything was written. */
	INVALID,

	/** The Close API refused the key or its permissions. */
	AUTH_REFUSED

}
