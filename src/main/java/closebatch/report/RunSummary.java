package closebatch.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The counts of one run, as written to {@code summary.json} and shown on the console.
 *
 * <p>
 * Row counts ({@code rows_*}) count input rows: a lead made from three rows adds three.
 * Lead and contact counts count Close objects. The accounting invariant of DESIGN §3,
 * {@code rows_read = created + updated + unchanged + rejected + skipped} over rows, is
 * checked by {@link #accountingGap()}.
 *
 * @param job the job's name
 * @param run the run's id
 * @param status how the run ended
 * @param rowsRead rows the reader returned (well-formed and rejected)
 * @param rows what happened to the rows, counted by row
 * @param leadsCreated leads created
 * @param leadsUpdated leads updated
 * @param leadsUnchanged leads found unchanged
 * @param contactsCreated contacts created
 * @param contactsUpdated contacts updated
 * @param objects the other objects of leads (opportunities, notes...) written, by type
 * @param usage requests, retries and throttled responses
 * @param elapsedMs wall-clock time of the run in milliseconds
 * @param rejectsFile the rejects file, or null if none was written
 * @param resultsFile the results file, or null if none was written
 */
public record RunSummary(String job, String run, RunStatus status, long rowsRead, RowCounts rows, long leadsCreated,
		long leadsUpdated, long leadsUnchanged, long contactsCreated, long contactsUpdated,
		Map<String, RecordCounts> objects, ApiUsage usage, long elapsedMs, String rejectsFile, String resultsFile) {

	/** A summary of a run that wrote leads and contacts only. */
	public RunSummary(String job, String run, RunStatus status, long rowsRead, RowCounts rows, long leadsCreated,
			long leadsUpdated, long leadsUnchanged, long contactsCreated, long contactsUpdated, ApiUsage usage,
			long elapsedMs, String rejectsFile, String resultsFile) {
		this(job, run, status, rowsRead, rows, leadsCreated, leadsUpdated, leadsUnchanged, contactsCreated,
				contactsUpdated, Map.of(), usage, elapsedMs, rejectsFile, resultsFile);
	}

	/**
	 * Objects of one type, counted as Close objects.
	 *
	 * @param created objects created
	 * @param updated objects updated
	 * @param unchanged objects found unchanged
	 */
	public record RecordCounts(long created, long updated, long unchanged) {
	}

	public RunSummary {
		objects = Collections.unmodifiableMap(new LinkedHashMap<>(objects));
		Objects.requireNonNull(job, "job");
		Objects.requireNonNull(run, "run");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(rows, "rows");
		Objects.requireNonNull(usage, "usage");
	}

	/**
	 * The difference between rows read and rows given an outcome, if there is one.
	 * @return the gap, or empty when every row read is accounted for exactly once
	 */
	public Optional<AccountingGap> accountingGap() {
		return (this.rows.total() == this.rowsRead) ? Optional.empty()
				: Optional.of(new AccountingGap(this.rowsRead, this.rows));
	}

	/**
	 * Rows counted by outcome.
	 *
	 * @param created rows whose lead was created
	 * @param updated rows whose lead was updated
	 * @param unchanged rows whose lead was unchanged
	 * @param rejected rows rejected
	 * @param skipped rows skipped
	 */
	public record RowCounts(long created, long updated, long unchanged, long rejected, long skipped) {

		public static final RowCounts NONE = new RowCounts(0, 0, 0, 0, 0);

		public RowCounts {
			if (created < 0 || updated < 0 || unchanged < 0 || rejected < 0 || skipped < 0) {
				throw new IllegalArgumentException("counts cannot be negative");
			}
		}

		public long total() {
			return this.created + this.updated + this.unchanged + this.rejected + this.skipped;
		}

		/** These counts and another step's together. */
		public RowCounts plus(RowCounts other) {
			return new RowCounts(this.created + other.created, this.updated + other.updated,
					this.unchanged + other.unchanged, this.rejected + other.rejected, this.skipped + other.skipped);
		}

	}

	/**
	 * Rows read that did not end in exactly one outcome: a bug, or a run that stopped
	 * between reading and writing.
	 *
	 * @param rowsRead rows the reader returned
	 * @param rows the outcomes counted
	 */
	public record AccountingGap(long rowsRead, RowCounts rows) {

		/**
		 * Rows read minus rows with an outcome: positive when rows are missing, negative
		 * when rows were counted twice.
		 * @return the difference
		 */
		public long difference() {
			return this.rowsRead - this.rows.total();
		}

		/**
		 * The gap in words.
		 * @return such as
		 * {@code rows do not add up: 10 read, but 8 accounted for (...): 2
		 * rows without an outcome}
		 */
		public String describe() {
			long difference = difference();
			String what = (difference > 0)
					? difference + " row" + ((difference == 1) ? "" : "s") + " without an outcome"
					: -difference + " outcome" + ((difference == -1) ? "" : "s") + " more than rows read";
			return "rows do not add up: " + this.rowsRead + " read, but " + this.rows.total() + " accounted for ("
					+ this.rows.created() + " created + " + this.rows.updated() + " updated + " + this.rows.unchanged()
					+ " unchanged + " + this.rows.rejected() + " rejected + " + this.rows.skipped() + " skipped): "
					+ what;
		}

	}

}
