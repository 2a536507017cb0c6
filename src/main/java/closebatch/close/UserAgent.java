package closebatch.close;

import closebatch.Version;

/** The {@code User-Agent} closebatch sends: {@code closebatch/<version>}. */
final class UserAgent {

	private UserAgent() {
	}

	/** {@code closebatch/} and the version Maven built, or {@code unknown}. */
	static String closebatch() {
		return "closebatch/" + Version.current();
	}

}
