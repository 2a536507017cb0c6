package closebatch.job;

import closebatch.error.ErrorCode;

/** The run lifecycle's error codes: a command that cannot run on the job as it stands. */
public enum JobError implements ErrorCode {

	/** {@code retry-failed} found no earlier run to take the failed rows of. */
	NO_EARLIER_RUN;

	@Override
	public String code() {
		return "CB-USAGE";
	}

	@Override
	public String hint() {
		return "Run the job first with 'closebatch run <job>'.";
	}

}
