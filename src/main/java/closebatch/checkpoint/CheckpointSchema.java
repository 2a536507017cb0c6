package closebatch.checkpoint;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Creates the checkpoint tables that are missing: Spring Batch's (its SQLite script has
 * no {@code IF NOT EXISTS}, so it runs only on a database without them) and closebatch's
 * own (idempotent).
 */
final class CheckpointSchema {

	private static final String BATCH_SCHEMA = "org/springframework/batch/core/schema-sqlite.sql";

	private static final String OWN_SCHEMA = "closebatch/checkpoint/schema.sql";

	private CheckpointSchema() {
	}

	static void create(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			if (!hasTable(connection, "BATCH_JOB_INSTANCE")) {
				run(connection, BATCH_SCHEMA);
			}
			run(connection, OWN_SCHEMA);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create the checkpoint tables", ex);
		}
	}

	private static void run(Connection connection, String script) throws SQLException {
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try {
			ResourceDatabasePopulator populator = new ResourceDatabasePopulator(new ClassPathResource(script));
			populator.setSeparator(ScriptUtils.DEFAULT_STATEMENT_SEPARATOR);
			populator.populate(connection);
			connection.commit();
		}
		catch (RuntimeException ex) {
			connection.rollback();
			throw ex;
		}
		finally {
			connection.setAutoCommit(autoCommit);
		}
	}

	private static boolean hasTable(Connection connection, String table) throws SQLException {
		try (ResultSet tables = connection.getMetaData().getTables(null, null, table, null)) {
			return tables.next();
		}
	}

}
