package closebatch.job;

import java.util.List;

import closebatch.close.AuthenticationException;
import closebatch.close.NetworkException;
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
		if (cause(execution, AuthenticationException.class) != null) {
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
		NetworkException network = cause(execution, NetworkException.class);
		if (network != null) {
			return network.describe();
		}
		Throwable root = failures.get(0);
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
	}

	private static UserInputException userInput(JobExecution execution) {
		return cause(execution, UserInputException.class);
	}

	/** The first failure of this type, or the first cause of one; null if none. */
	private static <T extends Throwable> T cause(JobExecution execution, Class<T> type) {
		for (Throwable failure : execution.getAllFailureExceptions()) {
			for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
				if (type.isInstance(cause)) {
					return type.cast(cause);
				}
			}
		}
		return null;
	}

}
