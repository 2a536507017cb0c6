package closebatch.report;

import java.io.Closeable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Writes {@code results.csv}: one line for every input row, saying what was done with it.
 *
 * <p>
 * Columns: {@code _row} (the physical row number in the input), {@code action}
 * ({@code created}, {@code updated}, {@code unchanged}, {@code skipped} or
 * {@code rejected}), {@code lead_id}, {@code contact_ids} ({@code ;}-joined),
 * {@code object_id} (the row's opportunity, task, note, call or custom activity) and
 * {@code error} (code and reason, for rejected and skipped rows). Lines are written as
 * outcomes arrive, so the file is <em>not sorted</em> by row: chunks finish out of order.
 * Sort by {@code _row} to follow the input.
 *
 * <p>
 * Restart-safe: reopening the file of an interrupted run appends to it, drops a last line
 * torn by a kill, and ignores outcomes for rows already in the file, so a chunk replayed
 * after a restart does not list its rows twice. Each {@link #write(Collection)} flushes
 * (to the operating system, not to the disk: a killed process loses nothing, a power cut
 * may), so call it before the chunk's transaction commits. Thread-safe.
 */
public final class ResultsWriter implements Closeable {

	/** The file's name inside a run's output folder. */
	public static final String FILE_NAME = "results.csv";

	static final List<String> HEADER = List.of("_row", "action", "lead_id", "contact_ids", "object_id", "error");

	private final RowFile file;

	private final Path path;

	private ResultsWriter(Path path, RowFile file) {
		this.path = path;
		this.file = file;
	}

	/**
	 * Opens (or, after a restart, reopens) a results file.
	 * @param path the file, usually {@code out/<job>/<run>/results.csv}
	 * @return the writer; close it
	 * @throws IllegalStateException if the file exists with other columns
	 */
	public static ResultsWriter open(Path path) {
		return new ResultsWriter(path, RowFile.open(path, HEADER, 0));
	}

	public Path path() {
		return this.path;
	}

	/**
	 * Writes the outcomes of some rows, skipping rows already written, then flushes.
	 * @param outcomes the outcomes, in any order
	 * @return how many lines were written
	 */
	public synchronized int write(Collection<RowOutcome> outcomes) {
		int count = 0;
		for (RowOutcome outcome : outcomes) {
			if (this.file.append(outcome.row(), cells(outcome))) {
				count++;
			}
		}
		this.file.flush();
		return count;
	}

	/**
	 * Whether a row's outcome is already in the file.
	 * @param row the row number
	 * @return true if written, in this run or before a restart
	 */
	public synchronized boolean contains(long row) {
		return this.file.contains(row);
	}

	/**
	 * Counts the rows of a results file by action: the run's row counts, also across the
	 * restarts that wrote it.
	 * @param path a results file
	 * @return the counts; none if the file does not exist
	 */
	public static RunSummary.RowCounts count(Path path) {
		Map<RowAction, Long> counts = new EnumMap<>(RowAction.class);
		forEachOutcome(path, (row, action) -> counts.merge(action, 1L, Long::sum));
		return new RunSummary.RowCounts(counts.getOrDefault(RowAction.CREATED, 0L),
				counts.getOrDefault(RowAction.UPDATED, 0L), counts.getOrDefault(RowAction.UNCHANGED, 0L),
				counts.getOrDefault(RowAction.REJECTED, 0L), counts.getOrDefault(RowAction.SKIPPED, 0L));
	}

	/**
	 * Reads a results file's rows and their actions, in file order; nothing if the file
	 * does not exist.
	 */
	public static void forEachOutcome(Path path, BiConsumer<Long, RowAction> outcome) {
		if (Files.exists(path)) {
			RowFile.forEachRecord(path, (record) -> {
				if (record.size() > 1 && !HEADER.get(0).equals(record.get(0))) {
					RowAction.fromLabel(record.get(1))
						.ifPresent((action) -> outcome.accept(Long.parseLong(record.get(0)), action));
				}
			});
		}
	}

	@Override
	public synchronized void close() {
		this.file.close();
	}

	private static List<String> cells(RowOutcome outcome) {
		return List.of(Long.toString(outcome.row()), outcome.action().label(),
				(outcome.leadId() != null) ? outcome.leadId() : "", String.join(";", outcome.contactIds()),
				(outcome.objectId() != null) ? outcome.objectId() : "",
				(outcome.error() != null) ? outcome.error().describe() : "");
	}

}
