package closebatch.cli;

/** A command line that cannot run as given (exit 2), with what to do about it. */
final class UsageProblem extends RuntimeException {

	private final String hint;

	UsageProblem(String message, String hint) {
		super(message, null, false, false);
		this.hint = hint;
	}

	String hint() {
		return this.hint;
	}

}
