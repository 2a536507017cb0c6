package closebatch.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a file's rows grouped by record key: each item is every row of one key, in file
 * order, and the groups come in the order their keys first appear. So the rows of one
 * record arrive together however far apart they are in the file, and a record is written
 * once, whole.
 *
 * <p>
 * Opening reads the file once into a spill file (SQLite, beside the run's other output,
 * never the file in memory), which later opens of the same run reuse; it is deleted when
 * the last group has been read. A row without a key (blank, rejected, or a mapping
 * without key columns) is a group of its own.
 *
 * <p>
 * At each commit it saves the first row number of the last group returned
 * ({@code source.group.last}) and the rows returned ({@code source.rows.read}); a
 * restarted step goes on with the group after it. A writer that is still loading groups
 * of committed chunks ({@link #settledByWriter}) moves that restart point itself, to the
 * last group before which every group is settled.
 */
public final class KeyGroupReader implements ItemStreamReader<List<SourceRow>> {

	static final String LAST_GROUP = "source.group.last";

	/** The rows returned so far, under the key the summary reads. */
	public static final String ROWS_READ = "source.rows.read";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SourceFile file;

	private final Function<SourceRow, String> keyOf;

	private final Path spill;

	private final Predicate<SourceRow> include;

	private SourceHeader header;

	private Connection database;

	private ResultSet cursor;

	private boolean cursorAhead;

	private long lastGroup;

	private long rowsRead;

	private long rowsTotal;

	private boolean exhausted;

	private boolean settledByWriter;

	/** The rows returned up to and with each group not yet settled, by group. */
	private final NavigableMap<Long, Long> unsettled = new TreeMap<>();

	private long settledGroup;

	private long settledRows;

	/**
	 * @param file the input
	 * @param keyOf a well-formed row's record key, or {@code null} when it has none
	 * @param spill where the rows grouped by key are kept while the run lasts
	 * @param include which rows to read; the others are passed over as if the file did
	 * not hold them
	 */
	public KeyGroupReader(SourceFile file, Function<SourceRow, String> keyOf, Path spill,
			Predicate<SourceRow> include) {
		this.file = Objects.requireNonNull(file, "file");
		this.keyOf = Objects.requireNonNull(keyOf, "keyOf");
		this.spill = Objects.requireNonNull(spill, "spill");
		this.include = Objects.requireNonNull(include, "include");
	}

	/**
	 * Lets the writer say which groups are settled (see {@link #settled}): from now on a
	 * commit saves the position after the last of them, not after the last group read.
	 * @return this reader
	 */
	public KeyGroupReader settledByWriter() {
		this.settledByWriter = true;
		return this;
	}

	/**
	 * Every group up to and with this one (by its first row number) is written and may
	 * stay behind a restart.
	 * @param group the first row number of a group returned by {@link #read}
	 */
	public synchronized void settled(long group) {
		Map<Long, Long> done = this.unsettled.headMap(group, true);
		if (!done.isEmpty()) {
			this.settledGroup = group;
			this.settledRows = this.unsettled.get(group);
			done.clear();
		}
	}

	/** Whether a group remains to be read: {@code false} once the last was returned. */
	public boolean hasMore() {
		return this.cursorAhead;
	}

	/**
	 * The share of the file's rows done, from 0 to 1 (returned, or with
	 * {@link #settledByWriter} settled); -1 before opening.
	 */
	public synchronized double fractionDone() {
		long done = this.settledByWriter ? this.settledRows : this.rowsRead;
		return (this.rowsTotal > 0) ? (double) done / this.rowsTotal : -1;
	}

	@Override
	public void open(ExecutionContext context) throws ItemStreamException {
		this.lastGroup = context.getLong(LAST_GROUP, 0);
		this.rowsRead = context.getLong(ROWS_READ, 0);
		this.settledGroup = this.lastGroup;
		this.settledRows = this.rowsRead;
		this.unsettled.clear();
		this.exhausted = false;
		try {
			if (!Files.exists(this.spill)) {
				build();
			}
			else {
				try (SourceRows rows = this.file.open()) {
					this.header = rows.header();
				}
			}
			this.database = DriverManager.getConnection("jdbc:sqlite:" + this.spill.toAbsolutePath());
			try (Statement count = this.database.createStatement();
					ResultSet total = count.executeQuery("SELECT COUNT(*) FROM source_row")) {
				this.rowsTotal = total.getLong(1);
			}
			PreparedStatement query = this.database.prepareStatement("""
					SELECT grp, number, cells, defect_code, defect_message FROM (
					  SELECT *, MIN(number) OVER (PARTITION BY COALESCE(record_key, '#' || number)) AS grp
					  FROM source_row)
					WHERE grp > ? ORDER BY grp, number""");
			query.setLong(1, this.lastGroup);
			this.cursor = query.executeQuery();
			this.cursorAhead = this.cursor.next();
		}
		catch (SQLException ex) {
			throw new ItemStreamException("Cannot read the rows grouped by key from " + this.spill, ex);
		}
	}

	/**
	 * Reads the whole file into the spill, under a temporary name until it is complete.
	 */
	private void build() throws SQLException {
		Path partial = this.spill.resolveSibling(this.spill.getFileName() + ".part");
		try {
			Files.createDirectories(this.spill.toAbsolutePath().getParent());
			Files.deleteIfExists(partial);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + partial, ex);
		}
		try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + partial.toAbsolutePath());
				SourceRows rows = this.file.open()) {
			this.header = rows.header();
			try (Statement ddl = connection.createStatement()) {
				ddl.execute("PRAGMA journal_mode=OFF");
				ddl.execute("PRAGMA synchronous=OFF");
				ddl.execute("CREATE TABLE source_row (number INTEGER PRIMARY KEY, record_key TEXT, cells TEXT NOT NULL,"
						+ " defect_code TEXT, defect_message TEXT)");
			}
			connection.setAutoCommit(false);
			try (PreparedStatement insert = connection
				.prepareStatement("INSERT INTO source_row VALUES (?, ?, ?, ?, ?)")) {
				int batched = 0;
				while (rows.hasNext()) {
					SourceRow row = rows.next();
					if (!this.include.test(row)) {
						continue;
					}
					insert.setLong(1, row.number());
					insert.setString(2, (row.isBlank() || row.isRejected()) ? null : this.keyOf.apply(row));
					insert.setString(3, JSON.writeValueAsString(row.cells()));
					insert.setString(4, (row.defect() != null) ? row.defect().error().name() : null);
					insert.setString(5, (row.defect() != null) ? row.defect().message() : null);
					insert.addBatch();
					if (++batched % 1000 == 0) {
						insert.executeBatch();
					}
				}
				insert.executeBatch();
			}
			connection.commit();
		}
		try {
			Files.move(partial, this.spill, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + this.spill, ex);
		}
	}

	/**
	 * The rows of the next record key.
	 * @return the rows, first row first; {@code null} after the last group
	 */
	@Override
	public List<SourceRow> read() {
		if (!this.cursorAhead) {
			this.exhausted = true;
			return null;
		}
		try {
			long group = this.cursor.getLong("grp");
			List<SourceRow> rows = new ArrayList<>();
			while (this.cursorAhead && this.cursor.getLong("grp") == group) {
				rows.add(row(this.cursor));
				this.cursorAhead = this.cursor.next();
			}
			this.lastGroup = group;
			this.rowsRead += rows.size();
			if (this.settledByWriter) {
				synchronized (this) {
					this.unsettled.put(group, this.rowsRead);
				}
			}
			return rows;
		}
		catch (SQLException ex) {
			throw new ItemStreamException("Cannot read the rows grouped by key from " + this.spill, ex);
		}
	}

	private SourceRow row(ResultSet result) throws SQLException {
		List<String> cells = List.of(JSON.readValue(result.getString("cells"), String[].class));
		String code = result.getString("defect_code");
		RowDefect defect = (code != null) ? new RowDefect(SourceError.valueOf(code), result.getString("defect_message"))
				: null;
		return new SourceRow(result.getLong("number"), this.header, cells, defect);
	}

	@Override
	public synchronized void update(ExecutionContext context) {
		context.putLong(LAST_GROUP, this.settledByWriter ? this.settledGroup : this.lastGroup);
		context.putLong(ROWS_READ, this.settledByWriter ? this.settledRows : this.rowsRead);
	}

	@Override
	public void close() {
		try {
			if (this.cursor != null) {
				this.cursor.getStatement().close();
			}
			if (this.database != null) {
				this.database.close();
			}
		}
		catch (SQLException ex) {
			// Nothing was written through this connection.
		}
		finally {
			this.cursor = null;
			this.database = null;
		}
		// A restart reads again what the writer had not settled.
		if (this.exhausted && this.unsettled.isEmpty()) {
			try {
				Files.deleteIfExists(this.spill);
			}
			catch (IOException ex) {
				// A leftover spill is only disk space; the next run makes its own.
			}
		}
	}

}
