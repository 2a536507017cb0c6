package closebatch.job;

import java.util.List;

import closebatch.close.AuthenticationException;
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
		return execution.getAllFailureExceptions().stream().anyMatch(Outcomes::isAuthentication)
				? RunStatus.AUTH_REFUSED : RunStatus.FAILED;
	}

	/**
	 * What stopped the execution, in the words of its root cause; null if nothing did.
	 */
	static String failure(JobExecution execution) {
		List<Throwable> failures = execution.getAllFailureExceptions();
		if (failures.isEmpty()) {
			return null;
		}
		Throwable root = failures.get(0);
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
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
