package closebatch.sandbox.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Function;

import tools.jackson.databind.node.ObjectNode;

/**
 * Every object of the sandbox, in memory for reads and in a SQLite file for durability.
 *
 * <p>
 * Reads take no lock and see each document whole. The work of a write (validation, phone
 * normalisation, building and serialising documents: most of its cost) runs on the
 * caller's thread, concurrently with other writes; its changes are then queued to the one
 * {@link Committer}, which applies them unless something the work read has changed since
 * (optimistic concurrency: the work then runs again) and commits them to disk with the
 * other writes of its group. {@code write} returns only once they are on disk, so an
 * acknowledged write survives a crash of the process.
 */
public final class SandboxStore implements AutoCloseable {

	private final Map<Kind, DocumentCollection> collections = new EnumMap<>(Kind.class);

	/** How many optimistic runs of a write's work before the committer runs it. */
	private static final int OPTIMISTIC_ATTEMPTS = 4;

	/** Bumped by the committer whenever a document of the kind changes. */
	private final AtomicLongArray versions = new AtomicLongArray(Kind.values().length);

	private final Timestamps timestamps;

	private final Journal journal;

	private final Committer committer;

	private final Path temporaryFile;

	private SandboxStore(Path file, Path temporaryFile, Clock clock) {
		for (Kind kind : Kind.values()) {
			this.collections.put(kind, new DocumentCollection());
		}
		this.timestamps = new Timestamps(clock);
		this.temporaryFile = temporaryFile;
		this.journal = new Journal(file);
		this.journal.load((kind, doc) -> this.collections.get(kind).put(doc));
		this.committer = new Committer(this, this.journal);
	}

	/** Opens (or creates) a store kept in the given SQLite file. */
	public static SandboxStore open(Path file, Clock clock) {
		return new SandboxStore(file, null, clock);
	}

	/** Opens a store in a temporary file that is deleted when the store is closed. */
	public static SandboxStore openTemporary(Clock clock) {
		try {
			Path file = Files.createTempFile("closebatch-sandbox-", ".db");
			return new SandboxStore(file, file, clock);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create a temporary sandbox database", ex);
		}
	}

	public Timestamps timestamps() {
		return this.timestamps;
	}

	public ObjectNode get(Kind kind, String id) {
		return (id == null) ? null : this.collections.get(kind).get(id);
	}

	public int count(Kind kind) {
		return this.collections.get(kind).size();
	}

	/** The children of a lead, in the order they were added to it. */
	public List<ObjectNode> children(Kind kind, String leadId) {
		return this.collections.get(kind).byLead(leadId);
	}

	/** Documents ordered by {@code date_created} then id, oldest first. */
	public Iterable<ObjectNode> oldestFirst(Kind kind) {
		return this.collections.get(kind).oldestFirst();
	}

	/** Documents ordered by {@code date_created} then id, newest first. */
	public Iterable<ObjectNode> newestFirst(Kind kind) {
		return this.collections.get(kind).newestFirst();
	}

	/**
	 * Runs read-only work through the same view of documents a write has, without waiting
	 * for any write.
	 */
	public <T> T read(Function<Transaction, T> work) {
		Transaction transaction = new Transaction(this);
		T result = work.apply(transaction);
		if (!transaction.changes().isEmpty()) {
			throw new IllegalStateException("A read changed documents");
		}
		return result;
	}

	/**
	 * Runs work that reads and writes documents as if alone; applies its changes if it
	 * returns normally and waits until they are on disk.
	 */
	public <T> T write(Function<Transaction, T> work) {
		for (int attempt = 0; attempt < OPTIMISTIC_ATTEMPTS; attempt++) {
			Transaction transaction = new Transaction(this);
			T result = work.apply(transaction);
			List<Change> changes = transaction.changes();
			if (changes.isEmpty()) {
				return result;
			}
			if (await(this.committer.commit(transaction, changes))) {
				return result;
			}
		}
		// Contended past the optimistic attempts: the committer runs the work itself.
		return await(this.committer.commitAlone(work));
	}

	private static <T> T await(CompletableFuture<T> commit) {
		try {
			return commit.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			if (ex.getCause() instanceof Error cause) {
				throw cause;
			}
			throw ex;
		}
	}

	/** The change count of a kind, for transactions to notice concurrent writes. */
	long version(Kind kind) {
		return this.versions.get(kind.ordinal());
	}

	/** Applies changes to the documents; called only by the committer. */
	void apply(List<Change> changes) {
		for (Change change : changes) {
			DocumentCollection collection = this.collections.get(change.kind());
			if (change.isDelete()) {
				collection.remove(change.id());
			}
			else {
				collection.put(change.doc());
			}
			this.versions.incrementAndGet(change.kind().ordinal());
		}
	}

	@Override
	public void close() {
		this.committer.close();
		this.journal.close();
		if (this.temporaryFile != null) {
			for (String suffix : List.of("", "-wal", "-shm")) {
				try {
					Files.deleteIfExists(Path.of(this.temporaryFile + suffix));
				}
				catch (IOException ex) {
					// A leftover temporary file is harmless; the OS temp cleaner removes
					// it.
				}
			}
		}
	}

}
