package closebatch.load;

/** Hears how far a run got, after every chunk. */
@FunctionalInterface
public interface ProgressListener {

	/** Ignores progress. */
	ProgressListener NONE = (rows, fraction) -> {
	};

	/**
	 * @param rowsDone rows with an outcome so far in this run (including before a
	 * restart)
	 * @param fraction the share of the input read, 0 to 1, or -1 when unknown
	 */
	void progress(long rowsDone, double fraction);

}
