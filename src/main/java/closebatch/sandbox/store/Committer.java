package closebatch.sandbox.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;

/**
 * The one thread that commits writes, in groups.
 *
 * <p>
 * It takes every write queued since its last group and, in queue order, checks that what
 * each read is unchanged, applies those that pass to the documents, then writes the group
 * to the journal in one SQLite transaction and only then releases their answers. Being
 * alone to change documents, it needs no lock. A write whose reads changed is sent back
 * to run again and touches nothing; no write of a group affects whether another commits,
 * short of the disk failing.
 */
final class Committer implements AutoCloseable {

	private interface Queued {

	}

	/** Work done on a request thread, with its documents already serialised. */
	private record Prepared(Transaction transaction, List<Change> changes, List<String> texts,
			CompletableFuture<Boolean> committed) implements Queued {
	}

	/** Work to run on the committer's thread, where nothing can change under it. */
	private record Alone<T>(Function<Transaction, T> work, CompletableFuture<T> result) implements Queued {
	}

	private static final Queued STOP = new Queued() {
	};

	/** An answer held until its group is on disk. */
	private record Release<T>(CompletableFuture<T> future, T value) {

		void complete() {
			this.future.complete(this.value);
		}

	}

	private final SandboxStore store;

	private final Journal journal;

	private final BlockingQueue<Queued> queue = new LinkedBlockingQueue<>();

	private final Thread thread;

	Committer(SandboxStore store, Journal journal) {
		this.store = store;
		this.journal = journal;
		this.thread = new Thread(this::run, "sandbox-journal");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	/**
	 * Queues a transaction's changes; completes with true once they are on disk, or with
	 * false, having applied nothing, if a document it read changed meanwhile.
	 */
	CompletableFuture<Boolean> commit(Transaction transaction, List<Change> changes) {
		Prepared prepared = new Prepared(transaction, changes, Journal.serialize(changes), new CompletableFuture<>());
		this.queue.add(prepared);
		return prepared.committed();
	}

	/**
	 * Runs work on the committer's thread and applies its changes if it returns normally;
	 * completes with its result once they are on disk, or with its exception.
	 */
	<T> CompletableFuture<T> commitAlone(Function<Transaction, T> work) {
		Alone<T> alone = new Alone<>(work, new CompletableFuture<>());
		this.queue.add(alone);
		return alone.result();
	}

	private void run() {
		List<Queued> group = new ArrayList<>();
		boolean stop = false;
		while (!stop) {
			group.clear();
			try {
				group.add(this.queue.take());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			this.queue.drainTo(group);
			stop = group.remove(STOP);
			try {
				commitGroup(group);
			}
			catch (RuntimeException ex) {
				// A bug: answer the group's writes rather than leave them waiting
				// forever.
				for (Queued queued : group) {
					if (queued instanceof Prepared prepared) {
						prepared.committed().completeExceptionally(ex);
					}
					else if (queued instanceof Alone<?> alone) {
						alone.result().completeExceptionally(ex);
					}
				}
			}
		}
	}

	private void commitGroup(List<Queued> group) {
		List<Change> changes = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		List<Release<?>> releases = new ArrayList<>();
		for (Queued queued : group) {
			if (queued instanceof Prepared prepared) {
				if (!prepared.transaction().readsUnchanged()) {
					prepared.committed().complete(false);
					continue;
				}
				this.store.apply(prepared.changes());
				changes.addAll(prepared.changes());
				texts.addAll(prepared.texts());
				releases.add(new Release<>(prepared.committed(), true));
			}
			else if (queued instanceof Alone<?> alone) {
				runAlone(alone, changes, texts, releases);
			}
		}
		if (changes.isEmpty()) {
			releases.forEach(Release::complete);
			return;
		}
		try {
			this.journal.write(changes, texts);
			releases.forEach(Release::complete);
		}
		catch (SQLException | RuntimeException ex) {
			IllegalStateException failure = new IllegalStateException(
					"The sandbox could not save a change: " + ex.getMessage(), ex);
			releases.forEach(release -> release.future().completeExceptionally(failure));
		}
	}

	private <T> void runAlone(Alone<T> alone, List<Change> changes, List<String> texts, List<Release<?>> releases) {
		try {
			Transaction transaction = new Transaction(this.store);
			T result = alone.work().apply(transaction);
			List<Change> own = transaction.changes();
			List<String> ownTexts = Journal.serialize(own);
			this.store.apply(own);
			changes.addAll(own);
			texts.addAll(ownTexts);
			releases.add(new Release<>(alone.result(), result));
		}
		catch (RuntimeException | Error ex) {
			alone.result().completeExceptionally(ex);
		}
	}

	/** Commits what is queued, then stops the thread. */
	@Override
	public void close() {
		this.queue.add(STOP);
		try {
			this.thread.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
