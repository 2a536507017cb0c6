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
 * The checkpoint database: one SQLite file opened through a small HikariCP pool, with
 * Spring Batch's tables and closebatch's own created on first use.
 *
 * <p>
 * Every connection uses WAL, a 30 s busy timeout and {@code IMMEDIATE} transactions: a
 * transaction takes SQLite's single write lock when it begins, so two writers queue
 * instead of failing with {@code SQLITE_BUSY_SNAPSHOT} (STACK §2, measured). A
 * consequence: a thread inside a transaction holds the write lock until it commits. One
 * transaction manager serves the job repository and the chunk steps, so a chunk's rows
 * and its step checkpoint commit together.
 */
public final class CheckpointDatabase implements AutoCloseable {

	/** The default location, relative to the working directory. */
	public static final Path DEFAULT_PATH = Path.of(".closebatch", "state.db");

	private static final int DEFAULT_POOL_SIZE = 4;

	private final Path path;

	private final HikariDataSource dataSource;

	private final CheckpointTransactionManager transactionManager;

	private final ReentrantLock writeLock = new ReentrantLock(true);

	private CheckpointDatabase(Path path, HikariDataSource dataSource) {
		this.path = path;
		this.dataSource = dataSource;
		this.transactionManager = new CheckpointTransactionManager(dataSource);
	}

	/** Opens (creating if needed) the database at {@code path} with the default pool. */
	public static CheckpointDatabase open(Path path) {
		return open(path, DEFAULT_POOL_SIZE);
	}

	/**
	 * Opens (creating if needed) the database at {@code path}.
	 * @param poolSize connections in the pool: concurrent workers that read it, plus one
	 */
	public static CheckpointDatabase open(Path path, int poolSize) {
		Path absolute = path.toAbsolutePath().normalize();
		createParent(absolute);
		HikariDataSource dataSource = new HikariDataSource(poolConfig(absolute, poolSize));
		try {
			CheckpointDatabase database = new CheckpointDatabase(absolute, dataSource);
			CheckpointSchema.create(dataSource);
			return database;
		}
		catch (RuntimeException ex) {
			dataSource.close();
			throw ex;
		}
	}

	private static HikariConfig poolConfig(Path path, int poolSize) {
		HikariConfig config = new HikariConfig();
		config.setPoolName("checkpoint");
		config.setJdbcUrl("jdbc:sqlite:" + path);
		config.setMaximumPoolSize(poolSize);
		config.setMinimumIdle(1);
		config.setConnectionTimeout(60_000);
		// Applied by the SQLite driver to every connection it opens (one PRAGMA per key).
		config.addDataSourceProperty("journal_mode", "WAL");
		config.addDataSourceProperty("synchronous", "NORMAL");
		config.addDataSourceProperty("busy_timeout", "30000");
		config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
		config.addDataSourceProperty("foreign_keys", "true");
		return config;
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

	/** The database file. */
	public Path path() {
		return this.path;
	}

	/**
	 * Copies the whole database, as one consistent snapshot, to a new file (which must
	 * not exist), so that a dry run can go through the motions on the copy.
	 */
	public void snapshotTo(Path copy) {
		try (java.sql.Connection connection = this.dataSource.getConnection();
				java.sql.PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
			vacuum.setString(1, copy.toAbsolutePath().toString());
			vacuum.execute();
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException("Cannot copy the state file " + this.path + " to " + copy, ex);
		}
	}

	/** The pooled connections to the file. */
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
		return "CheckpointDatabase[" + this.path + "]";
	}

}
