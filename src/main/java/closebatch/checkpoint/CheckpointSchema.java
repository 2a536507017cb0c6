package closebatch.checkpoint;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Creates the checkpoint tables that are missing: Spring Batch's (its scripts have no
 * {@code IF NOT EXISTS}, so they run only on a database without them) and closebatch's
 * own (idempotent), in one transaction.
 *
 * <p>
 * On PostgreSQL several runners may open a new database at once, and concurrent
 * {@code CREATE TABLE IF NOT EXISTS} can still collide there; the transaction first takes
 * an advisory lock that only schema creation uses, so the runners take turns.
 */
final class CheckpointSchema {

	/** The advisory lock key (one bigint) that orders schema creation. */
	private static final long SCHEMA_LOCK = 0x636c6f7365626174L; // "closebat"

	private CheckpointSchema() {
	}

	static void create(DataSource dataSource, CheckpointDialect dialect) {
		try (Connection connection = dataSource.getConnection()) {
			create(connection, dialect);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create the checkpoint tables", ex);
		}
	}

	static void create(Connection connection, CheckpointDialect dialect) throws SQLException {
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try {
			if (dialect == CheckpointDialect.POSTGRESQL) {
				try (Statement lock = connection.createStatement()) {
					lock.execute("SELECT pg_advisory_xact_lock(" + SCHEMA_LOCK + ")");
				}
			}
			if (!hasTable(connection, "BATCH_JOB_INSTANCE")) {
				run(connection, dialect.batchSchema());
			}
			run(connection, dialect.ownSchema());
			connection.commit();
		}
		catch (SQLException | RuntimeException ex) {
			connection.rollback();
			throw ex;
		}
		finally {
			connection.setAutoCommit(autoCommit);
		}
	}

	private static void run(Connection connection, String script) {
		ResourceDatabasePopulator populator = new ResourceDatabasePopulator(new ClassPathResource(script));
		populator.setSeparator(ScriptUtils.DEFAULT_STATEMENT_SEPARATOR);
		populator.populate(connection);
	}

	private static boolean hasTable(Connection connection, String table) throws SQLException {
		// PostgreSQL folds unquoted names to lower case; SQLite keeps them as written.
		String name = connection.getMetaData().storesLowerCaseIdentifiers() ? table.toLowerCase(Locale.ROOT) : table;
		try (ResultSet tables = connection.getMetaData().getTables(null, null, name, null)) {
			return tables.next();
		}
	}

}
