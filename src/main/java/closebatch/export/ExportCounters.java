package closebatch.export;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What an export run has written, for the run summary; counts include the part written by
 * an earlier, interrupted run of the same export.
 */
public final class ExportCounters {

	private final AtomicLong rows = new AtomicLong();

	private final AtomicLong objects = new AtomicLong();

	private final AtomicLong truncatedObjects = new AtomicLong();

	/** Rows in the output file. */
	public long rows() {
		return this.rows.get();
	}

	/** Objects written by this process (not counting an earlier run's). */
	public long objects() {
		return this.objects.get();
	}

	/**
	 * Objects with more contacts, emails, phones, urls or addresses than the numbered
	 * columns hold (the extra values are not in the file).
	 */
	public long truncatedObjects() {
		return this.truncatedObjects.get();
	}

	void rowsInFile(long rows) {
		this.rows.set(rows);
	}

	void objectWritten(boolean truncated) {
		this.objects.incrementAndGet();
		if (truncated) {
			this.truncatedObjects.incrementAndGet();
		}
	}

}
