package closebatch.checkpoint;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Copies the ledger of a PostgreSQL state database into a new SQLite file, as of one
 * moment (a repeatable-read transaction), for a dry run to work on.
 */
final class LedgerSnapshot {

	private static final List<String> TABLES = List.of("CB_RECORD", "CB_RECORD_CONTACT", "CB_LEAD_CREATED_BY_RUN");

	private static final int BATCH = 1_000;

	private LedgerSnapshot() {
	}

	static void copy(DataSource source, Path copy) {
		try (CheckpointDatabase target = CheckpointDatabase.open(copy); Connection from = source.getConnection()) {
			from.setAutoCommit(false);
			from.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			JdbcTemplate to = new JdbcTemplate(target.dataSource());
			TransactionTemplate transaction = new TransactionTemplate(target.transactionManager());
			try {
				for (String table : TABLES) {
					transaction.executeWithoutResult((status) -> copyTable(from, table, to));
				}
			}
			finally {
				from.rollback();
				from.setAutoCommit(true);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot copy the ledger of the state database to " + copy, ex);
		}
	}

	private static void copyTable(Connection from, String table, JdbcTemplate to) {
		try (Statement select = from.createStatement()) {
			select.setFetchSize(BATCH);
			try (ResultSet rows = select.executeQuery("SELECT * FROM " + table)) {
				ResultSetMetaData columns = rows.getMetaData();
				List<String> names = new ArrayList<>();
				for (int i = 1; i <= columns.getColumnCount(); i++) {
					names.add(columns.getColumnName(i));
				}
				String insert = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
						+ String.join(", ", Collections.nCopies(names.size(), "?")) + ")";
				List<Object[]> batch = new ArrayList<>();
				while (rows.next()) {
					Object[] row = new Object[names.size()];
					for (int i = 0; i < row.length; i++) {
						row[i] = rows.getObject(i + 1);
					}
					batch.add(row);
					if (batch.size() == BATCH) {
						to.batchUpdate(insert, batch);
						batch.clear();
					}
				}
				to.batchUpdate(insert, batch);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot copy " + table, ex);
		}
	}

}
