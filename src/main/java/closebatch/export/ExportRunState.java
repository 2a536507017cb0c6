package closebatch.export;

import closebatch.checkpoint.ExportPosition;
import closebatch.checkpoint.ExportProgress;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Where the run of an export step stands: its run id (the job instance) and the position
 * its last committed chunk saved, read before the step's reader and writer open.
 */
final class ExportRunState implements StepExecutionListener {

	private final String jobName;

	private final ExportProgress progress;

	private long runId = -1;

	private ExportPosition position = ExportPosition.START;

	ExportRunState(String jobName, ExportProgress progress) {
		this.jobName = jobName;
		this.progress = progress;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.runId = stepExecution.getJobExecution().getJobInstance().getInstanceId();
		this.position = this.progress.find(this.jobName, this.runId).orElse(ExportPosition.START);
	}

	/**
	 * The position the run resumes from ({@link ExportPosition#START} on a first run).
	 */
	ExportPosition resumedFrom() {
		return this.position;
	}

	/** Saves a position in the transaction in progress (the chunk's). */
	void save(ExportPosition position) {
		if (this.runId < 0) {
			throw new IllegalStateException("The export step has not started");
		}
		this.progress.save(this.jobName, this.runId, position);
	}

	String jobName() {
		return this.jobName;
	}

}
