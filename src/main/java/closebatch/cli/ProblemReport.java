package closebatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

import closebatch.close.AuthenticationException;
import closebatch.close.CloseApiException;
import closebatch.close.InDoubtException;
import closebatch.close.NetworkException;
import closebatch.close.RateLimitedException;
import closebatch.close.ServerException;
import closebatch.error.Excerpt;
import closebatch.error.UserInputException;
import closebatch.report.ExitDecision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns what stops a command into one line for the user and an exit code: the one rule
 * for errors, and the one place that prints them.
 *
 * <p>
 * Every line reads {@code error <code> <where>: <what>. Hint: <what to do>}. A user's
 * mistake ({@link UserInputException}) exits as
 * {@link ExitDecision#codeOf(UserInputException)} decides: 2, or 1 when running again can
 * get past it; 4 for a key the API refuses; 1 for the rest. Only a failure that running
 * again can get past (a timeout or dropped connection, the server, the state file in use,
 * a full disk) advises running the same command again; a network failure says first what
 * to check. Anything else is a bug in closebatch: its stack trace goes to the log file,
 * never to the terminal.
 */
final class ProblemReport {

	private static final Logger TRACE = LoggerFactory.getLogger("closebatch.trace");

	private static final String RUN_AGAIN = "Run the same command again to resume.";

	private ProblemReport() {
	}

	/** Prints the problem and returns the exit code it stands for. */
	static int report(Throwable problem, PrintWriter err) {
		TRACE.debug("The command stopped", problem);
		if (problem instanceof UserInputException input) {
			print(err, input.describe());
			return ExitDecision.codeOf(input);
		}
		if (problem instanceof AuthenticationException refused) {
			print(err, FailureCode.AUTH, refused.getMessage(), null);
			return ExitDecision.AUTH_REFUSED;
		}
		if (problem instanceof NetworkException network) {
			print(err, FailureCode.NETWORK, network.getMessage(), network.hint());
			return ExitDecision.FAILED;
		}
		if (problem instanceof CloseApiException api) {
			print(err, FailureCode.API, api.getMessage(), resumable(api) ? RUN_AGAIN : null);
			return ExitDecision.FAILED;
		}
		if (problem instanceof UncheckedIOException || problem instanceof IOException) {
			print(err, FailureCode.IO, oneLine(problem), null);
			return ExitDecision.FAILED;
		}
		TRACE.error("Unexpected failure", problem);
		print(err, FailureCode.BUG,
				"closebatch stopped on an unexpected " + problem.getClass().getSimpleName()
						+ ((problem.getMessage() != null) ? ": " + oneLine(problem) : ""),
				"This is a bug in closebatch, not a problem with your input; the details are in " + LogFile.path()
						+ ". Please report it with that file.");
		return ExitDecision.FAILED;
	}

	/**
	 * Prints what stopped a run, as the run's result words it: a user's error or a
	 * network failure comes with its code, anything else is named a failed run.
	 */
	static void reportRunFailure(String failure, PrintWriter err) {
		print(err, failure.matches("^[A-Z]+-[A-Z0-9]+ .*") ? failure : FailureCode.RUN.code() + " " + failure);
	}

	private static boolean resumable(CloseApiException api) {
		return api instanceof ServerException || api instanceof RateLimitedException || api instanceof InDoubtException;
	}

	private static String oneLine(Throwable problem) {
		return Excerpt.of(String.valueOf(problem.getMessage()), 300);
	}

	private static void print(PrintWriter err, FailureCode code, String message, String hint) {
		print(err, code.describe(null, message, hint));
	}

	private static void print(PrintWriter err, String description) {
		err.println("error " + description.replace('\r', ' ').replace('\n', ' '));
		err.flush();
	}

}
