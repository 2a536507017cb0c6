package closebatch.cli;

import closebatch.error.ErrorCode;
import closebatch.error.UserInputException;

/** The command line's error code: a command that cannot run as given (exit 2). */
enum CommandError implements ErrorCode {

	USAGE;

	@Override
	public String code() {
		return "CB-USAGE";
	}

	@Override
	public String hint() {
		return "Run 'closebatch --help' for the commands and their options.";
	}

	/** A command line that cannot run as given, with what to do about it. */
	static UserInputException usage(String message, String hint) {
		return new UserInputException(USAGE, null, message, hint, null);
	}

}
