package closebatch.export;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What an export run has written, for the run summary; counts include the part written by
 * an earlier, interrupted run of the same export.
 */
public final class ExportCounters {

	/** The rows of each output file, by the state of the file's step. */
	private final Map<Object, Long> rowsByFile = new ConcurrentHashMap<>();

	private final AtomicLong objects = new AtomicLong();

	private final AtomicLong truncatedObjects = new AtomicLong();

	/** Rows in the output files. */
	public long rows() {
		return this.rowsByFile.values().stream().mapToLong(Long::longValue).sum();
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

	/** The rows one file holds now. */
	void rowsInFile(Object file, long rows) {
		this.rowsByFile.put(file, rows);
	}

	void objectWritten(boolean truncated) {
		this.objects.incrementAndGet();
		if (truncated) {
			this.truncatedObjects.incrementAndGet();
		}
	}

}
