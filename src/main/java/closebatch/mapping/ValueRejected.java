package closebatch.mapping;

/**
 * A cell value that a transform cannot accept; the row it came from is rejected with this
 * reason. Checked, so that no transform can forget to say why.
 */
public final class ValueRejected extends Exception {

	public ValueRejected(String reason) {
		super(reason, null, false, false);
	}

	/** Why the value was refused, for the rejects file. */
	public String reason() {
		return getMessage();
	}

}
