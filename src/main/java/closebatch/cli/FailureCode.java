package closebatch.cli;

import closebatch.error.ErrorCode;

/**
 * The codes of what stops a command without being the user's mistake: the API, the
 * network, the disk, a run that failed, or a bug in closebatch.
 */
enum FailureCode implements ErrorCode {

	AUTH("CB-AUTH", "Check the API key (Close: Settings > API Keys) and that its user may do this."),

	NETWORK("CB-NETWORK", "Check the network and the base URL; then run the same command again to resume."),

	API("CB-API", "Close refused the request; the message says why. This is not fixed by running again."),

	IO("CB-IO",
			"Check the disk space and the permissions of the state file and the output folder; then "
					+ "run the same command again to resume."),

	RUN("CB-RUN", ""),

	BUG("CB-BUG", "This is a bug in closebatch, not a problem with your input: please report it.");

	private final String code;

	private final String hint;

	FailureCode(String code, String hint) {
		this.code = code;
		this.hint = hint;
	}

	@Override
	public String code() {
		return this.code;
	}

	@Override
	public String hint() {
		return this.hint;
	}

}
