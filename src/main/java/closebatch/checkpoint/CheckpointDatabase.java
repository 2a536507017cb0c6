package closebatch.checkpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.transaction.PlatformTransactionManager;

/**
 * The checkpoint database: a SQLite file (the default) or a PostgreSQL database, opened
 * through a small HikariCP pool, with Spring Batch's tables and closebatch's own created
 * on first use.
 *
 * <p>
 * Every SQLite connection uses WAL, a 30 s busy timeout and {@code IMMEDIATE}
 * transactions: a transaction takes SQLite's single write lock when it begins, so two
 * writers queue instead of failing with {@code SQLITE_BUSY_SNAPSHOT} (STACK §2,
 * measured). A consequence: a thread inside a transaction holds the write lock until it
 * commits. One transaction manager serves the job repository and the chunk steps, so a
 * chunk's rows and its step checkpoint commit together.
 */
public final class CheckpointDatabase implements AutoCloseable {

	/** The default location, relative to the working directory. */
	public static final Path DEFAULT_PATH = Path.of(".closebatch", "state.db");

	/** Connections to the database when the run does not say how many it needs. */
	public static final int DEFAULT_POOL_SIZE = 4;

	private final StateLocation location;

	private final HikariDataSource dataSource;

	private final CheckpointTransactionManager transactionManager;

	private final ReentrantLock writeLock = new ReentrantLock(true);

	private CheckpointDatabase(StateLocation location, HikariDataSource dataSource) {
		this.location = location;
		this.dataSource = dataSource;
		this.transactionManager = new CheckpointTransactionManager(dataSource);
	}

	/**
	 * Opens (creating if needed) the SQLite database at {@code path} with the default
	 * pool.
	 */
	public static CheckpointDatabase open(Path path) {
		return open(new StateLocation.SqliteFile(path), DEFAULT_POOL_SIZE);
	}

	/**
	 * Opens (creating its tables if needed) the database at {@code location} with the
	 * default pool.
	 */
	public static CheckpointDatabase open(StateLocation location) {
		return open(location, DEFAULT_POOL_SIZE);
	}

	/**
	 * Opens (creating its tables if needed) the database at {@code location}.
	 * @param poolSize connections in the pool: concurrent workers that read it, plus one
	 * @throws RunRefusedException if a PostgreSQL database cannot be reached
	 */
	public static CheckpointDatabase open(StateLocation location, int poolSize) {
		StateLocation opened = location;
		HikariConfig config;
		if (location instanceof StateLocation.SqliteFile file) {
			Path absolute = file.path().toAbsolutePath().normalize();
			createParent(absolute);
			opened = new StateLocation.SqliteFile(absolute);
			config = sqliteConfig(absolute);
		}
		else {
			config = postgresConfig((PostgresState) location);
		}
		config.setPoolName("checkpoint");
		config.setMaximumPoolSize(poolSize);
		config.setMinimumIdle(1);
		config.setConnectionTimeout(60_000);
		HikariDataSource dataSource = connect(config, location);
		try {
			CheckpointDatabase database = new CheckpointDatabase(opened, dataSource);
			CheckpointSchema.create(dataSource, database.dialect());
			return database;
		}
		catch (RuntimeException ex) {
			dataSource.close();
			throw ex;
		}
	}

	private static HikariConfig sqliteConfig(Path path) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl("jdbc:sqlite:" + path);
		// Applied by the SQLite driver to every connection it opens (one PRAGMA per key).
		config.addDataSourceProperty("journal_mode", "WAL");
		config.addDataSourceProperty("synchronous", "NORMAL");
		config.addDataSourceProperty("busy_timeout", "30000");
		config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
		config.addDataSourceProperty("foreign_keys", "true");
		return config;
	}

	private static HikariConfig postgresConfig(PostgresState state) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(state.url());
		config.setDataSourceProperties(state.connectionProperties());
		return config;
	}

	private static HikariDataSource connect(HikariConfig config, StateLocation location) {
		try {
			return new HikariDataSource(config);
		}
		catch (RuntimeException ex) {
			if (location instanceof PostgresState state) {
				throw RunRefusedException.unreachable(state, ex);
			}
			throw ex;
		}
	}

	private static void createParent(Path path) {
		try {
			Path parent = path.getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the directory of " + path, ex);
		}
	}

	/** Where the database is (a SQLite file's path is absolute). */
	public StateLocation location() {
		return this.location;
	}

	CheckpointDialect dialect() {
		return CheckpointDialect.of(this.location);
	}

	/**
	 * Copies the ledger, as one consistent snapshot, to a new SQLite file (which must not
	 * exist), so that a dry run can go through the motions on the copy. A SQLite state
	 * file is copied whole; of a PostgreSQL one, the ledger tables (a dry run starts a
	 * new run, so it needs no run history).
	 */
	public void snapshotTo(Path copy) {
		if (dialect() == CheckpointDialect.POSTGRESQL) {
			LedgerSnapshot.copy(this.dataSource, copy);
			return;
		}
		try (java.sql.Connection connection = this.dataSource.getConnection();
				java.sql.PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
			vacuum.setString(1, copy.toAbsolutePath().toString());
			vacuum.execute();
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException("Cannot copy the state file " + this.location.describe() + " to " + copy,
					ex);
		}
	}

	/** The pooled connections to the database. */
	public DataSource dataSource() {
		return this.dataSource;
	}

	/** The one transaction manager for the job repository, chunk steps and our tables. */
	public PlatformTransactionManager transactionManager() {
		return this.transactionManager;
	}

	/**
	 * Whether this thread has a transaction open on the database, and so holds SQLite's
	 * write lock until it ends.
	 */
	boolean hasTransactionOnThisThread() {
		return this.transactionManager.hasTransactionOnThisThread();
	}

	/**
	 * The in-process lock that orders closebatch's own short write transactions, so that
	 * many threads take turns in Java instead of spinning in SQLite's busy handler.
	 */
	ReentrantLock writeLock() {
		return this.writeLock;
	}

	@Override
	public void close() {
		this.dataSource.close();
	}

	@Override
	public String toString() {
		return "CheckpointDatabase[" + this.location.describe() + "]";
	}

}
