package closebatch.checkpoint;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * How to start a job: resume its failed run, or start a new run. Either way, pass
 * {@link #parameters()} to {@code JobOperator.start(job, parameters)}.
 */
public sealed interface RunPlan {

	/** The parameters to start the job with. */
	JobParameters parameters();

	/**
	 * Resume the failed or stopped run {@code interrupted} from its last committed chunk.
	 *
	 * @param interrupted the run's last execution
	 * @param parameters the run's own parameters
	 */
	record Resume(JobExecution interrupted, JobParameters parameters) implements RunPlan {
	}

	/**
	 * Start a new run (a new Spring Batch job instance). The ledger is shared with every
	 * earlier run, so records already written are not written again.
	 *
	 * @param parameters the new run's parameters
	 */
	record StartNew(JobParameters parameters) implements RunPlan {
	}

}
