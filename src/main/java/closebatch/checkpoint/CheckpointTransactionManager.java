package closebatch.checkpoint;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * The checkpoint database's transaction manager, which also knows whether the current
 * thread has a transaction open on it.
 *
 * <p>
 * With {@code IMMEDIATE} transactions, an open transaction holds SQLite's write lock, so
 * a second connection that tries to write from the same thread would wait on itself;
 * knowing this lets such a call fail at once with a clear message instead.
 */
final class CheckpointTransactionManager extends JdbcTransactionManager {

	private final transient ThreadLocal<Integer> openOnThisThread = ThreadLocal.withInitial(() -> 0);

	CheckpointTransactionManager(DataSource dataSource) {
		super(dataSource);
	}

	boolean hasTransactionOnThisThread() {
		return this.openOnThisThread.get() > 0;
	}

	@Override
	protected void doBegin(Object transaction, TransactionDefinition definition) {
		super.doBegin(transaction, definition);
		this.openOnThisThread.set(this.openOnThisThread.get() + 1);
	}

	@Override
	protected void doCleanupAfterCompletion(Object transaction) {
		this.openOnThisThread.set(Math.max(0, this.openOnThisThread.get() - 1));
		super.doCleanupAfterCompletion(transaction);
	}

}
