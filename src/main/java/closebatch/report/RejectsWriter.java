package closebatch.report;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import closebatch.source.SourceHeader;
import closebatch.source.SourceRow;

/**
 * Writes {@code rejects.csv}: every rejected row as it was read, plus why, so that the
 * user can fix the file and feed it back as input.
 *
 * <p>
 * The columns are the input's own, in the same order, followed by {@code _row} (the
 * physical row number in the input), {@code _error} (code and reason) and {@code _field}
 * (the column at fault). Cells are written exactly as read, including quotes, line breaks
 * and text a spreadsheet would take for a formula: the file is input, not an export, so
 * nothing is escaped. A row with fewer cells than the header is padded with empty cells;
 * a row with more keeps the header's worth and the extra cells are quoted in
 * {@code _error}, since they have no column to go in.
 *
 * <p>
 * A rejects file fed back as input ends with these three columns already: its rejects
 * replace them with fresh ones (the new {@code _row} is the row in the fed-back file), so
 * fixing and re-running can go round as often as needed.
 *
 * <p>
 * Restart-safe and not sorted, like {@link ResultsWriter}. Thread-safe.
 */
public final class RejectsWriter implements Closeable {

	/** The file's name inside a run's output folder. */
	public static final String FILE_NAME = "rejects.csv";

	/** The columns added after the input's own. */
	public static final List<String> EXTRA_COLUMNS = List.of("_row", "_error", "_field");

	private final RowFile file;

	private final SourceHeader header;

	private final int width;

	private final Path path;

	private RejectsWriter(Path path, SourceHeader header, int width, RowFile file) {
		this.path = path;
		this.header = header;
		this.width = width;
		this.file = file;
	}

	/**
	 * Opens (or, after a restart, reopens) a rejects file for an input.
	 * @param path the file, usually {@code out/<job>/<run>/rejects.csv}
	 * @param header the input's header
	 * @return the writer; close it
	 * @throws IllegalArgumentException if the input has a column named like one of
	 * {@link #EXTRA_COLUMNS} other than as the last three columns of a rejects file
	 * @throws IllegalStateException if the file exists with other columns
	 */
	public static RejectsWriter open(Path path, SourceHeader header) {
		List<String> names = header.names();
		boolean fedBack = names.size() > EXTRA_COLUMNS.size()
				&& names.subList(names.size() - EXTRA_COLUMNS.size(), names.size()).equals(EXTRA_COLUMNS);
		int width = fedBack ? names.size() - EXTRA_COLUMNS.size() : names.size();
		for (String extra : EXTRA_COLUMNS) {
			int index = header.indexOf(extra);
			if (index >= 0 && index < width) {
				throw new IllegalArgumentException(
						"the input has its own column named " + extra + ": rename it so rejects can be written");
			}
		}
		List<String> columns = new ArrayList<>(names.subList(0, width));
		columns.addAll(EXTRA_COLUMNS);
		return new RejectsWriter(path, header, width, RowFile.open(path, columns, width));
	}

	public Path path() {
		return this.path;
	}

	/**
	 * Writes one rejected row unless it is already in the file, then flushes.
	 * @param row the row as read
	 * @param error why it was rejected
	 * @return whether it was written
	 */
	public synchronized boolean write(SourceRow row, RowError error) {
		boolean written = append(row, error);
		this.file.flush();
		return written;
	}

	/**
	 * Writes rejected rows, skipping rows already in the file, then flushes.
	 * @param rejects the rows with their errors
	 * @return how many were written
	 */
	public synchronized int write(Collection<Reject> rejects) {
		int count = 0;
		for (Reject reject : rejects) {
			if (append(reject.row(), reject.error())) {
				count++;
			}
		}
		this.file.flush();
		return count;
	}

	@Override
	public synchronized void close() {
		this.file.close();
	}

	private boolean append(SourceRow row, RowError error) {
		if (!row.header().equals(this.header)) {
			throw new IllegalArgumentException("row " + row.number() + " is from another input: " + row.header());
		}
		int width = this.width;
		List<String> cells = new ArrayList<>(width + EXTRA_COLUMNS.size());
		List<String> read = row.cells();
		cells.addAll(read.subList(0, Math.min(width, read.size())));
		while (cells.size() < width) {
			cells.add("");
		}
		String message = error.describe();
		if (read.size() > this.header.size()) {
			message += " (cells beyond the last column: "
					+ String.join(" | ", read.subList(this.header.size(), read.size())) + ")";
		}
		cells.add(Long.toString(row.number()));
		cells.add(message);
		cells.add(error.field());
		return this.file.append(row.number(), cells);
	}

	/**
	 * A rejected row with its error.
	 *
	 * @param row the row as read
	 * @param error why it was rejected
	 */
	public record Reject(SourceRow row, RowError error) {

		public Reject {
			Objects.requireNonNull(row, "row");
			Objects.requireNonNull(error, "error");
		}

	}

}
