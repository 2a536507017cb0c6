package closebatch.checkpoint;

import java.time.Clock;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The position of each export run, so a killed export resumes where its output ends.
 *
 * <p>
 * Unlike the {@link Ledger}, a save joins the transaction in progress: called from a
 * chunk step, the position commits together with the output it describes and the step's
 * checkpoint.
 */
public final class ExportProgress {

	private static final String SAVE = """
			INSERT INTO CB_EXPORT_PROGRESS (JOB_NAME, RUN_ID, LAST_DATE_CREATED, LAST_ID, ROWS_WRITTEN, BYTE_OFFSET, UPDATED_AT)
			VALUES (?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (JOB_NAME, RUN_ID) DO UPDATE SET LAST_DATE_CREATED = excluded.LAST_DATE_CREATED,
			LAST_ID = excluded.LAST_ID, ROWS_WRITTEN = excluded.ROWS_WRITTEN, BYTE_OFFSET = excluded.BYTE_OFFSET,
			UPDATED_AT = excluded.UPDATED_AT""";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	public ExportProgress(CheckpointDatabase database, Clock clock) {
		this.jdbc = new JdbcTemplate(database.dataSource());
		this.clock = clock;
	}

	/**
	 * Where run {@code runId} of export {@code job} got, if it saved a position.
	 * @param runId the Spring Batch job instance id of the run
	 */
	public Optional<ExportPosition> find(String job, long runId) {
		return this.jdbc
			.query("SELECT LAST_DATE_CREATED, LAST_ID, ROWS_WRITTEN, BYTE_OFFSET FROM CB_EXPORT_PROGRESS"
					+ " WHERE JOB_NAME = ? AND RUN_ID = ?",
					(rs, row) -> new ExportPosition(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)),
					job, runId)
			.stream()
			.findFirst();
	}

	/**
	 * Saves where run {@code runId} of export {@code job} got, replacing its last
	 * position.
	 */
	public void save(String job, long runId, ExportPosition position) {
		this.jdbc.update(SAVE, job, runId, position.lastDateCreated(), position.lastId(), position.rowsWritten(),
				position.byteOffset(), this.clock.instant().toString());
	}

}
