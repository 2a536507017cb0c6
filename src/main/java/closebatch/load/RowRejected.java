package closebatch.load;

import closebatch.report.RowError;

/** A record that cannot be written as it is: its rows are rejected with this error. */
final class RowRejected extends Exception {

	private final transient RowError error;

	RowRejected(RowError error) {
		super(error.describe(), null, false, false);
		this.error = error;
	}

	RowError error() {
		return this.error;
	}

}
