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
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.BiConsumer;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The SQLite file behind the store, written by one thread.
 *
 * <p>
 * Transactions queue their changes here; the writer takes everything queued and commits
 * it in one SQLite transaction, then completes each transaction's future. One writer with
 * group commit was the fastest arrangement measured on this machine (STACK.md §8) and
 * keeps the WAL small.
 */
final class Journal implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * One transaction's changes: queued in commit order under the store's lock,
	 * serialised to JSON by the transaction's own thread after the lock is released, so
	 * that serialisation runs in parallel and the single writer only writes.
	 */
	static final class Batch {

		private final List<Change> changes;

		private final CompletableFuture<List<String>> json = new CompletableFuture<>();

		private final CompletableFuture<Void> done = new CompletableFuture<>();

		private Batch(List<Change> changes) {
			this.changes = changes;
		}

		/**
		 * Serialises the documents for the writer; call once, outside the store's lock.
		 */
		void serialize() {
			try {
				List<String> texts = new ArrayList<>(this.changes.size());
				for (Change change : this.changes) {
					texts.add(change.isDelete() ? null : JSON.writeValueAsString(change.doc()));
				}
				this.json.complete(texts);
			}
			catch (RuntimeException ex) {
				this.json.completeExceptionally(ex);
			}
		}

		/** Completes once the changes are committed to disk. */
		CompletableFuture<Void> done() {
			return this.done;
		}

	}

	private static final Batch STOP = new Batch(List.of());

	static {
		STOP.serialize();
	}

	private final Connection connection;

	private final BlockingQueue<Batch> queue = new LinkedBlockingQueue<>();

	private final PreparedStatement upsert;

	private final PreparedStatement delete;

	private final Thread writer;

	Journal(Path file) {
		try {
			Properties properties = new Properties();
			properties.setProperty("journal_mode", "WAL");
			properties.setProperty("synchronous", "NORMAL");
			properties.setProperty("busy_timeout", "30000");
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
		this.writer = new Thread(this::writeLoop, "sandbox-journal");
		this.writer.setDaemon(true);
		this.writer.start();
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
	 * Queues changes in commit order; the caller must then {@link Batch#serialize()} it,
	 * and {@link Batch#done()} completes once the changes are on disk.
	 */
	Batch append(List<Change> changes) {
		Batch batch = new Batch(changes);
		this.queue.add(batch);
		return batch;
	}

	private void writeLoop() {
		List<Batch> batches = new ArrayList<>();
		try {
			while (true) {
				batches.clear();
				batches.add(this.queue.take());
				this.queue.drainTo(batches);
				boolean stop = batches.remove(STOP);
				commit(batches);
				if (stop) {
					return;
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void commit(List<Batch> batches) {
		if (batches.isEmpty()) {
			return;
		}
		try {
			for (Batch batch : batches) {
				List<String> texts = batch.json.join();
				for (int i = 0; i < batch.changes.size(); i++) {
					Change change = batch.changes.get(i);
					PreparedStatement statement = change.isDelete() ? this.delete : this.upsert;
					statement.setString(1, change.kind().name());
					statement.setString(2, change.id());
					if (!change.isDelete()) {
						statement.setString(3, texts.get(i));
					}
					statement.executeUpdate();
				}
			}
			this.connection.commit();
			batches.forEach(batch -> batch.done().complete(null));
		}
		catch (SQLException | RuntimeException ex) {
			// CompletionException.
			try {
				this.connection.rollback();
			}
			catch (SQLException rollbackFailure) {
				ex.addSuppressed(rollbackFailure);
			}
			batches.forEach(batch -> batch.done().completeExceptionally(ex));
		}
	}

	@Override
	public void close() {
		this.queue.add(STOP);
		try {
			this.writer.join();
			this.upsert.close();
			this.delete.close();
			this.connection.close();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot close the sandbox database: " + ex.getMessage(), ex);
		}
	}

}
