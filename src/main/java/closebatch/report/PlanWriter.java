package closebatch.report;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes {@code plan.csv}: one line for every record a run would write, saying what it
 * would do, without having done it.
 *
 * <p>
 * Columns: {@code _row} (the record's first input row), {@code rows} (all of them,
 * space-separated), {@code record} (its key), {@code action} ({@code create},
 * {@code update}, {@code unchanged}, {@code skip} or {@code reject}), {@code lead_id}
 * (the lead found in Close), {@code changes} (for an update, each field as
 * {@code field: old → new}; {@code ; }-separated) and {@code reason} (why a row is
 * rejected or skipped). Thread-safe.
 */
public final class PlanWriter implements Closeable {

	/** The file's name inside a plan's output folder. */
	public static final String FILE_NAME = "plan.csv";

	static final List<String> HEADER = List.of("_row", "rows", "record", "action", "lead_id", "changes", "reason");

	/** What a run would do with a record. */
	public enum Action {

		CREATE, UPDATE, UNCHANGED, SKIP, REJECT;

		/** The lower-case name, as in the file. */
		public String label() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * One record's line.
	 *
	 * @param rows its input rows, first row first
	 * @param record its key, or empty when it has none
	 * @param action what a run would do
	 * @param leadId the lead found in Close, or null
	 * @param changes what an update would change, or empty
	 * @param reason why it is rejected or skipped, or empty
	 */
	public record Line(List<Long> rows, String record, Action action, String leadId, String changes, String reason) {

		public Line {
			rows = List.copyOf(rows);
			if (rows.isEmpty()) {
				throw new IllegalArgumentException("a record comes from at least one row");
			}
		}

	}

	private final RowFile file;

	private final Map<Action, Long> counts = new EnumMap<>(Action.class);

	private PlanWriter(RowFile file) {
		this.file = file;
	}

	/** Creates the plan file, usually {@code out/<job>/plan-<time>/plan.csv}. */
	public static PlanWriter open(Path path) {
		return new PlanWriter(RowFile.open(path, HEADER, 0));
	}

	/** Writes the lines and flushes. */
	public synchronized void write(Collection<Line> lines) {
		for (Line line : lines) {
			boolean written = this.file.append(line.rows().get(0),
					List.of(Long.toString(line.rows().get(0)),
							line.rows().stream().map(String::valueOf).collect(Collectors.joining(" ")), line.record(),
							line.action().label(), (line.leadId() != null) ? line.leadId() : "", line.changes(),
							line.reason()));
			if (written) {
				this.counts.merge(line.action(), 1L, Long::sum);
			}
		}
		this.file.flush();
	}

	/** The records written so far, by action. */
	public synchronized Map<Action, Long> counts() {
		return new EnumMap<>(this.counts);
	}

	@Override
	public synchronized void close() {
		this.file.close();
	}

}
