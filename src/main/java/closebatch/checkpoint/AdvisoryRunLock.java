package closebatch.checkpoint;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import closebatch.checkpoint.RunRefusedException.Reason;

/**
 * The run lock on a PostgreSQL state database: a session-level advisory lock on (job,
 * target), held on a connection of its own (outside the pool, which may retire its
 * connections) for the whole run.
 *
 * <p>
 * PostgreSQL releases the lock when the session ends, so a killed runner's lock is free
 * as soon as the server sees its connection close. The key is two 32-bit hashes, of the
 * job's name and of the target, so the locks of one job can be found in {@code pg_locks};
 * a hash collision can only make two runs wait for each other, never let them run
 * together. Who holds each lock is kept in {@code CB_RUN_OWNER}, to name it to a refused
 * runner.
 */
public final class AdvisoryRunLock implements RunLock {

	private static final String OWNER = "SELECT PID, HOST, STARTED_AT FROM CB_RUN_OWNER WHERE JOB_NAME = ? AND TARGET = ?";

	private static final String CLAIM = """
			INSERT INTO CB_RUN_OWNER (JOB_NAME, TARGET, PID, HOST, STARTED_AT) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (JOB_NAME, TARGET) DO UPDATE SET PID = excluded.PID, HOST = excluded.HOST,
			STARTED_AT = excluded.STARTED_AT""";

	// Advisory locks taken with two int keys show in pg_locks as classid, objid and
	// objsubid 2; classid and objid are oids, so the keys appear unsigned.
	private static final String OTHER_HOLDERS_OF_JOB = """
			SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND objsubid = 2 AND classid::bigint = ?
			AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
			AND pid <> pg_backend_pid()""";

	private final PostgresState state;

	private final Connection session;

	private final String jobName;

	private final String target;

	private final RunOwner owner;

	private final RunOwner previousOwner;

	private AdvisoryRunLock(PostgresState state, Connection session, String jobName, String target, RunOwner owner,
			RunOwner previousOwner) {
		this.state = state;
		this.session = session;
		this.jobName = jobName;
		this.target = target;
		this.owner = owner;
		this.previousOwner = previousOwner;
	}

	/**
	 * Takes the lock for running {@code jobName} against {@code target}.
	 * @throws RunRefusedException if another live process holds it, or the database
	 * cannot be reached
	 */
	static AdvisoryRunLock acquire(PostgresState state, String jobName, String target) {
		Objects.requireNonNull(jobName, "jobName");
		Objects.requireNonNull(target, "target");
		Connection session;
		try {
			session = state.connect();
		}
		catch (SQLException ex) {
			throw RunRefusedException.unreachable(state, ex);
		}
		try {
			CheckpointSchema.create(session, CheckpointDialect.POSTGRESQL);
			if (!tryLock(session, jobName, target)) {
				Optional<RunOwner> holder = readOwner(session, jobName, target);
				session.close();
				throw inUse(state, jobName, target, holder);
			}
			Optional<RunOwner> previous = readOwner(session, jobName, target);
			RunOwner owner = RunOwner.current();
			try (PreparedStatement claim = session.prepareStatement(CLAIM)) {
				claim.setString(1, jobName);
				claim.setString(2, target);
				claim.setLong(3, owner.pid());
				claim.setString(4, owner.host());
				claim.setString(5, owner.startedAt().toString());
				claim.executeUpdate();
			}
			return new AdvisoryRunLock(state, session, jobName, target, owner, previous.orElse(null));
		}
		catch (SQLException ex) {
			closeQuietly(session);
			throw new IllegalStateException("Cannot take the run lock of " + jobName + " in " + state.describe(), ex);
		}
	}

	private static boolean tryLock(Connection session, String jobName, String target) throws SQLException {
		try (PreparedStatement lock = session.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
			lock.setInt(1, key(jobName));
			lock.setInt(2, key(target));
			try (ResultSet result = lock.executeQuery()) {
				result.next();
				return result.getBoolean(1);
			}
		}
	}

	/**
	 * The first four bytes of the text's SHA-256: the same in every runner and release.
	 */
	static int key(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.wrap(digest).getInt();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JVM has SHA-256", ex);
		}
	}

	private static Optional<RunOwner> readOwner(Connection session, String jobName, String target) throws SQLException {
		try (PreparedStatement select = session.prepareStatement(OWNER)) {
			select.setString(1, jobName);
			select.setString(2, target);
			try (ResultSet row = select.executeQuery()) {
				if (!row.next()) {
					return Optional.empty();
				}
				return Optional.of(new RunOwner(row.getLong(1), Instant.parse(row.getString(3)), row.getString(2)));
			}
		}
	}

	private static RunRefusedException inUse(PostgresState state, String jobName, String target,
			Optional<RunOwner> holder) {
		String who = holder.map(RunOwner::toString).orElse("another process");
		return new RunRefusedException(Reason.STATE_IN_USE,
				"Job " + jobName + " is already running against " + target + " on the state database "
						+ state.describe() + ", by " + who,
				"Wait for that run to finish (or stop it); a run of another job or against another target "
						+ "may go ahead at the same time.");
	}

	private static void closeQuietly(Connection session) {
		try {
			session.close();
		}
		catch (SQLException ex) {
			// Already failing: the first error is the one to report.
		}
	}

	@Override
	public RunOwner owner() {
		return this.owner;
	}

	@Override
	public Optional<RunOwner> previousOwner() {
		return Optional.ofNullable(this.previousOwner);
	}

	@Override
	public boolean guards(String jobName, String target) {
		return this.jobName.equals(jobName) && this.target.equals(target);
	}

	@Override
	public boolean guardsEveryRunOf(String jobName) {
		if (!this.jobName.equals(jobName)) {
			return false;
		}
		try (PreparedStatement others = this.session.prepareStatement(OTHER_HOLDERS_OF_JOB)) {
			others.setLong(1, Integer.toUnsignedLong(key(jobName)));
			try (ResultSet count = others.executeQuery()) {
				count.next();
				return count.getLong(1) == 0;
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read the run locks of " + this.state.describe(), ex);
		}
	}

	/** Releases the lock and forgets this process as its owner. */
	@Override
	public void close() {
		try (Connection session = this.session;
				PreparedStatement forget = session.prepareStatement(
						"DELETE FROM CB_RUN_OWNER WHERE JOB_NAME = ? AND TARGET = ? AND PID = ? AND HOST = ?")) {
			forget.setString(1, this.jobName);
			forget.setString(2, this.target);
			forget.setLong(3, this.owner.pid());
			forget.setString(4, this.owner.host());
			forget.executeUpdate();
			// Closing the session would release the lock too, but the server ends a
			// session
			// after the client has gone: another runner could still see it held.
			try (Statement unlock = session.createStatement()) {
				unlock.execute("SELECT pg_advisory_unlock_all()");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(
					"Cannot release the run lock of " + this.jobName + " in " + this.state.describe(), ex);
		}
	}

}
