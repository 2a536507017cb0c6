package closebatch.sandbox.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.BiConsumer;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The SQLite file behind the store, written only by the store's {@link Committer}.
 *
 * <p>
 * Each call of {@link #write} is one SQLite transaction holding a whole group of writes
 * (group commit): one writer committing whatever is queued was the fastest arrangement
 * measured on this machine (STACK.md §8) and keeps the WAL small.
 */
final class Journal implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Connection connection;

	private final PreparedStatement upsert;

	private final PreparedStatement delete;

	Journal(Path file) {
		try {
			Properties properties = new Properties();
			properties.setProperty("journal_mode", "WAL");
			properties.setProperty("synchronous", "NORMAL");
			properties.setProperty("busy_timeout", "30000");
			// Otherwise the driver runs a query for the new rowid after every insert: two
			// thirds of the committer's time in the driver, measured.
			properties.setProperty("jdbc.get_generated_keys", "false");
			this.connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), properties);
			try (Statement statement = this.connection.createStatement()) {
				statement.execute("CREATE TABLE IF NOT EXISTS documents (kind TEXT NOT NULL, id TEXT NOT NULL, "
						+ "doc TEXT NOT NULL, PRIMARY KEY (kind, id))");
			}
			this.connection.setAutoCommit(false);
			this.upsert = this.connection.prepareStatement("INSERT INTO documents (kind, id, doc) VALUES (?, ?, ?) "
					+ "ON CONFLICT (kind, id) DO UPDATE SET doc = excluded.doc");
			this.delete = this.connection.prepareStatement("DELETE FROM documents WHERE kind = ? AND id = ?");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot open the sandbox database " + file + ": " + ex.getMessage(), ex);
		}
	}

	/** Reads every stored document, in the order each was first written. */
	void load(BiConsumer<Kind, ObjectNode> sink) {
		try (Statement statement = this.connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT kind, doc FROM documents ORDER BY rowid")) {
			while (rows.next()) {
				sink.accept(Kind.valueOf(rows.getString(1)), (ObjectNode) JSON.readTree(rows.getString(2)));
			}
			this.connection.commit();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read the sandbox database: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The JSON text of each change's document (null for a delete), for {@link #write}.
	 * Costly next to the write itself, so it runs on the thread that made the changes.
	 */
	static List<String> serialize(List<Change> changes) {
		List<String> texts = new ArrayList<>(changes.size());
		for (Change change : changes) {
			texts.add(change.isDelete() ? null : JSON.writeValueAsString(change.doc()));
		}
		return texts;
	}

	/**
	 * Writes changes in one SQLite transaction, all or none; {@code texts} are their
	 * {@link #serialize serialised} documents.
	 */
	void write(List<Change> changes, List<String> texts) throws SQLException {
		try {
			for (int i = 0; i < changes.size(); i++) {
				Change change = changes.get(i);
				PreparedStatement statement = change.isDelete() ? this.delete : this.upsert;
				statement.setString(1, change.kind().name());
				statement.setString(2, change.id());
				if (!change.isDelete()) {
					statement.setString(3, texts.get(i));
				}
				statement.executeUpdate();
			}
			this.connection.commit();
		}
		catch (SQLException | RuntimeException ex) {
			try {
				this.connection.rollback();
			}
			catch (SQLException rollbackFailure) {
				ex.addSuppressed(rollbackFailure);
			}
			throw ex;
		}
	}

	@Override
	public void close() {
		try {
			this.upsert.close();
			this.delete.close();
			this.connection.close();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot close the sandbox database: " + ex.getMessage(), ex);
		}
	}

}
