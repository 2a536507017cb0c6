package closebatch.report;

import java.util.Objects;

import closebatch.error.UserInputException;

/**
 * The process exit code of a run, and the headline that explains it, as DESIGN §1 defines
 * them for CI; also the exit code of a command a user's mistake stopped.
 *
 * <p>
 * 0: completed, every row accounted for and none rejected. 3: completed with rejected
 * rows, or failed by a {@link RejectThreshold} (the headline says which). 1: failed, or
 * completed with rows that do not add up (restartable: run the same command again). 2:
 * invalid command, job, mapping or input, nothing written. 4: authentication or
 * permission refused by the API.
 *
 * @param code the exit code
 * @param headline one line saying why, for the console and {@code summary.json}
 */
public record ExitDecision(int code, String headline) {

	public static final int COMPLETED = 0;

	public static final int FAILED = 1;

	public static final int INVALID = 2;

	public static final int REJECTS = 3;

	public static final int AUTH_REFUSED = 4;

	public ExitDecision {
		Objects.requireNonNull(headline, "headline");
	}

	/**
	 * Decides the exit code of a run from how it ended alone: an export's, which has no
	 * rows to weigh, or a run that did not complete.
	 * @param status how the run ended
	 * @return the decision
	 */
	public static ExitDecision of(RunStatus status) {
		return switch (status) {
			case COMPLETED -> new ExitDecision(COMPLETED, "completed");
			case INVALID ->
				new ExitDecision(INVALID, "stopped by invalid input: fix it, then run again with --restart=fresh");
			case AUTH_REFUSED -> new ExitDecision(AUTH_REFUSED, "the Close API refused the key or its permissions");
			case FAILED -> new ExitDecision(FAILED, "failed: run the same command again to resume");
		};
	}

	/**
	 * The exit code of a user's mistake that stopped a command before or outside a run.
	 * @param problem the mistake
	 * @return 2, or 1 when running the same command again can get past it
	 */
	public static int codeOf(UserInputException problem) {
		return problem.code().passesOnRetry() ? FAILED : INVALID;
	}

	/**
	 * Decides the exit code of a run from its summary.
	 * @param summary the run's summary
	 * @param threshold the reject limits the user set
	 * @return the decision
	 */
	public static ExitDecision of(RunSummary summary, RejectThreshold threshold) {
		if (summary.status() != RunStatus.COMPLETED) {
			return of(summary.status());
		}
		var gap = summary.accountingGap();
		if (gap.isPresent()) {
			return new ExitDecision(FAILED, "failed: " + gap.get().describe());
		}
		long rejected = summary.rows().rejected();
		if (rejected == 0) {
			return new ExitDecision(COMPLETED, "completed: every row accounted for, none rejected");
		}
		String exceeded = threshold.exceededBy(rejected, summary.rowsRead());
		if (exceeded != null) {
			return new ExitDecision(REJECTS, "failed by threshold: " + exceeded);
		}
		return new ExitDecision(REJECTS, "completed with " + rejected + " rejected row" + ((rejected == 1) ? "" : "s")
				+ ": see the rejects file");
	}

}
