package closebatch.cli;

import java.io.PrintWriter;

import closebatch.checkpoint.RunRefusedException;
import closebatch.close.AuthenticationException;
import closebatch.close.CloseApiException;
import closebatch.close.CloseConfigurationException;
import closebatch.config.ConfigError;
import closebatch.error.UserInputException;
import closebatch.report.ExitDecision;

/**
 * Turns what stops a command before or outside a run into a message for the user and an
 * exit code: 2 for a bad command, job, mapping, input or configuration, 4 for a key the
 * API refuses, 1 for the rest (run the same command again).
 */
final class ProblemReport {

	private ProblemReport() {
	}

	/** Prints the problem and returns the exit code it stands for. */
	static int report(RuntimeException problem, PrintWriter err) {
		if (problem instanceof ConfigError config) {
			print(err, config.code(), config.getMessage(), config.hint());
			return ExitDecision.INVALID;
		}
		if (problem instanceof UserInputException input) {
			err.println(input.describe());
			err.flush();
			return ExitDecision.INVALID;
		}
		if (problem instanceof UsageProblem usage) {
			print(err, "CB-USAGE", usage.getMessage(), usage.hint());
			return ExitDecision.INVALID;
		}
		if (problem instanceof RunRefusedException refused) {
			print(err, "CB-STATE", refused.getMessage(), refused.hint());
			return (refused.reason() == RunRefusedException.Reason.STATE_IN_USE) ? ExitDecision.FAILED
					: ExitDecision.INVALID;
		}
		if (problem instanceof CloseConfigurationException configuration) {
			print(err, "CB-TARGET", configuration.getMessage(), null);
			return ExitDecision.INVALID;
		}
		if (problem instanceof AuthenticationException refused) {
			print(err, "CB-AUTH", refused.getMessage(),
					"Check the API key (Close: Settings > API Keys) and that its user may do this.");
			return ExitDecision.AUTH_REFUSED;
		}
		if (problem instanceof CloseApiException api) {
			print(err, "CB-API", api.getMessage(), "Run the same command again to resume.");
			return ExitDecision.FAILED;
		}
		throw problem;
	}

	private static void print(PrintWriter err, String code, String message, String hint) {
		err.println("error " + code + ": " + message);
		if (hint != null && !hint.isBlank()) {
			err.println("  hint: " + hint);
		}
		err.flush();
	}

}
