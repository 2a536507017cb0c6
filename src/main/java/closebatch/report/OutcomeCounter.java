package closebatch.report;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts what a run does as it happens, from any number of threads, and makes the
 * {@link RunSummary} at the end.
 *
 * <p>
 * Rows are counted twice, by design: once when read ({@link #rowRead()}) and once when
 * they get their outcome ({@link #count(RowOutcome)}), so that the summary's accounting
 * check can catch a row that was lost or counted twice. Leads and contacts are counted by
 * the writer that creates or updates them ({@link #leadCreated()} and so on), once per
 * Close object.
 */
public final class OutcomeCounter {

	private final LongAdder rowsRead = new LongAdder();

	private final Map<RowAction, LongAdder> rows = new EnumMap<>(RowAction.class);

	private final LongAdder leadsCreated = new LongAdder();

	private final LongAdder leadsUpdated = new LongAdder();

	private final LongAdder leadsUnchanged = new LongAdder();

	private final LongAdder contactsCreated = new LongAdder();

	private final LongAdder contactsUpdated = new LongAdder();

	public OutcomeCounter() {
		for (RowAction action : RowAction.values()) {
			this.rows.put(action, new LongAdder());
		}
	}

	/** Counts a row returned by the reader. */
	public void rowRead() {
		this.rowsRead.increment();
	}

	/**
	 * Counts a row's outcome.
	 * @param outcome the outcome
	 */
	public void count(RowOutcome outcome) {
		this.rows.get(outcome.action()).increment();
	}

	public void leadCreated() {
		this.leadsCreated.increment();
	}

	public void leadUpdated() {
		this.leadsUpdated.increment();
	}

	public void leadUnchanged() {
		this.leadsUnchanged.increment();
	}

	/**
	 * Counts contacts written for one lead.
	 * @param created contacts created
	 * @param updated contacts updated
	 */
	public void contacts(int created, int updated) {
		this.contactsCreated.add(created);
		this.contactsUpdated.add(updated);
	}

	/**
	 * Rows counted so far by outcome; consistent per counter, not across counters while
	 * other threads still count.
	 * @return the counts
	 */
	public RunSummary.RowCounts rowCounts() {
		return new RunSummary.RowCounts(sum(RowAction.CREATED), sum(RowAction.UPDATED), sum(RowAction.UNCHANGED),
				sum(RowAction.REJECTED), sum(RowAction.SKIPPED));
	}

	/**
	 * The summary of the run; call once the threads that count have finished.
	 * @param job the job's name
	 * @param run the run's id
	 * @param status how the run ended
	 * @param usage what the API was asked
	 * @param elapsed how long the run took
	 * @param rejectsFile the rejects file, or null
	 * @param resultsFile the results file, or null
	 * @return the summary
	 */
	public RunSummary summary(String job, String run, RunStatus status, ApiUsage usage, Duration elapsed,
			Path rejectsFile, Path resultsFile) {
		Objects.requireNonNull(elapsed, "elapsed");
		return new RunSummary(job, run, status, this.rowsRead.sum(), rowCounts(), this.leadsCreated.sum(),
				this.leadsUpdated.sum(), this.leadsUnchanged.sum(), this.contactsCreated.sum(),
				this.contactsUpdated.sum(), usage, elapsed.toMillis(), name(rejectsFile), name(resultsFile));
	}

	private long sum(RowAction action) {
		return this.rows.get(action).sum();
	}

	private static String name(Path file) {
		return (file != null) ? file.toString() : null;
	}

}
