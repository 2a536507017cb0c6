package closebatch.job;

import java.util.List;

import closebatch.close.AuthenticationException;
import closebatch.error.UserInputException;
import closebatch.report.RunStatus;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/** How a Spring Batch execution ended, in closebatch's terms. */
final class Outcomes {

	private Outcomes() {
	}

	/** Completed, refused by the API (a failure caused by the key), or failed. */
	static RunStatus status(JobExecution execution) {
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			return RunStatus.COMPLETED;
		}
		if (execution.getAllFailureExceptions().stream().anyMatch(Outcomes::isAuthentication)) {
			return RunStatus.AUTH_REFUSED;
		}
		// A file that turns out bad past its first rows: running again cannot help.
		return (userInput(execution) != null) ? RunStatus.INVALID : RunStatus.FAILED;
	}

	/**
	 * What stopped the execution, in the words of its root cause; null if nothing did.
	 */
	static String failure(JobExecution execution) {
		List<Throwable> failures = execution.getAllFailureExceptions();
		if (failures.isEmpty()) {
			return null;
		}
		UserInputException input = userInput(execution);
		if (input != null) {
			return input.describe();
		}
		Throwable root = failures.get(0);
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
	}

	private static UserInputException userInput(JobExecution execution) {
		for (Throwable failure : execution.getAllFailureExceptions()) {
			for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
				if (cause instanceof UserInputException input) {
					return input;
				}
			}
		}
		return null;
	}

	private static boolean isAuthentication(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof AuthenticationException) {
				return true;
			}
		}
		return false;
	}

}
