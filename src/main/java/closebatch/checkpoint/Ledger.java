package closebatch.checkpoint;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The exactly-once ledger: for each (target, namespace, record key), the Close id, the
 * payload hash last written and whether the write is pending, done or rejected; and for
 * each contact of a record, the Close contact id and its payload hash. A cache of what
 * Close holds: every record it does not know is looked up in Close before it is created.
 *
 * <p>
 * Every write commits on its own, at once, in a short transaction, because it records a
 * fact about the target that must outlive a crash of the chunk it belongs to: a
 * {@code pending} entry must be durable before its request is sent. So a writer must not
 * call it from inside a transaction on the checkpoint database (that transaction holds
 * SQLite's write lock and the ledger would wait for it); such a call is refused. Safe
 * from any number of threads: writes take turns on an in-process lock, reads run
 * alongside them (WAL).
 */
public final class Ledger {

	private static final int IN_LIST_SLICE = 500;

	private static final String COLUMNS = "TARGET, NAMESPACE, RECORD_KEY, CLOSE_ID, PAYLOAD_HASH, STATE, ATTEMPTS, LAST_ERROR, UPDATED_AT";

	private static final String MARK_PENDING = """
			INSERT INTO CB_RECORD (TARGET, NAMESPACE, RECORD_KEY, PAYLOAD_HASH, STATE, ATTEMPTS, UPDATED_AT)
			VALUES (?, ?, ?, ?, 'pending', 1, ?)
			ON CONFLICT (TARGET, NAMESPACE, RECORD_KEY) DO UPDATE SET PAYLOAD_HASH = excluded.PAYLOAD_HASH,
			STATE = 'pending', ATTEMPTS = CB_RECORD.ATTEMPTS + 1, UPDATED_AT = excluded.UPDATED_AT""";

	private static final String MARK_DONE = """
			INSERT INTO CB_RECORD (TARGET, NAMESPACE, RECORD_KEY, CLOSE_ID, PAYLOAD_HASH, STATE, ATTEMPTS, UPDATED_AT)
			VALUES (?, ?, ?, ?, ?, 'done', 0, ?)
			ON CONFLICT (TARGET, NAMESPACE, RECORD_KEY) DO UPDATE SET CLOSE_ID = excluded.CLOSE_ID,
			PAYLOAD_HASH = excluded.PAYLOAD_HASH, STATE = 'done', LAST_ERROR = NULL, UPDATED_AT = excluded.UPDATED_AT""";

	private static final String MARK_REJECTED = """
			INSERT INTO CB_RECORD (TARGET, NAMESPACE, RECORD_KEY, STATE, ATTEMPTS, LAST_ERROR, UPDATED_AT)
			VALUES (?, ?, ?, 'rejected', 0, ?, ?)
			ON CONFLICT (TARGET, NAMESPACE, RECORD_KEY) DO UPDATE SET STATE = 'rejected',
			LAST_ERROR = excluded.LAST_ERROR, UPDATED_AT = excluded.UPDATED_AT""";

	private static final String RECORD_CONTACT = """
			INSERT INTO CB_RECORD_CONTACT (TARGET, NAMESPACE, RECORD_KEY, CONTACT_KEY, CONTACT_ID, PAYLOAD_HASH, UPDATED_AT)
			VALUES (?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (TARGET, NAMESPACE, RECORD_KEY, CONTACT_KEY) DO UPDATE SET CONTACT_ID = excluded.CONTACT_ID,
			PAYLOAD_HASH = excluded.PAYLOAD_HASH, UPDATED_AT = excluded.UPDATED_AT""";

	private final CheckpointDatabase database;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final ReentrantLock writeLock;

	private final Clock clock;

	public Ledger(CheckpointDatabase database, Clock clock) {
		this.database = database;
		this.jdbc = new JdbcTemplate(database.dataSource());
		this.transactions = new TransactionTemplate(database.transactionManager());
		this.writeLock = database.writeLock();
		this.clock = clock;
	}

	/** The entry for {@code key}, if the record was ever written or rejected. */
	public Optional<LedgerEntry> find(LedgerKey key) {
		List<LedgerEntry> entries = this.jdbc.query(
				"SELECT " + COLUMNS + " FROM CB_RECORD WHERE TARGET = ? AND NAMESPACE = ? AND RECORD_KEY = ?", ENTRY,
				key.target(), key.namespace(), key.recordKey());
		return entries.stream().findFirst();
	}

	/** The entries for the keys of a chunk; keys the ledger does not know are absent. */
	public Map<LedgerKey, LedgerEntry> findAll(Collection<LedgerKey> keys) {
		Map<LedgerKey, LedgerEntry> found = new LinkedHashMap<>();
		Map<List<String>, List<String>> recordKeysByNamespace = new LinkedHashMap<>();
		for (LedgerKey key : keys) {
			recordKeysByNamespace
				.computeIfAbsent(List.of(key.target(), key.namespace()), (namespace) -> new ArrayList<>())
				.add(key.recordKey());
		}
		recordKeysByNamespace.forEach((namespace, recordKeys) -> {
			for (int from = 0; from < recordKeys.size(); from += IN_LIST_SLICE) {
				List<String> slice = recordKeys.subList(from, Math.min(recordKeys.size(), from + IN_LIST_SLICE));
				List<Object> args = new ArrayList<>(namespace);
				args.addAll(slice);
				String placeholders = String.join(", ", Collections.nCopies(slice.size(), "?"));
				this.jdbc
					.query("SELECT " + COLUMNS
							+ " FROM CB_RECORD WHERE TARGET = ? AND NAMESPACE = ? AND RECORD_KEY IN (" + placeholders
							+ ")", ENTRY, args.toArray())
					.forEach((entry) -> found.put(entry.key(), entry));
			}
		});
		return found;
	}

	/**
	 * The records of a namespace whose last write has no recorded outcome: to be resolved
	 * by looking them up on the target before anything else is written for them.
	 */
	public List<LedgerEntry> pendingEntries(String target, String namespace) {
		return entriesIn(target, namespace, LedgerState.PENDING);
	}

	/** The records of a namespace that were rejected, with the reason of each. */
	public List<LedgerEntry> rejectedEntries(String target, String namespace) {
		return entriesIn(target, namespace, LedgerState.REJECTED);
	}

	private List<LedgerEntry> entriesIn(String target, String namespace, LedgerState state) {
		return this.jdbc.query(
				"SELECT " + COLUMNS
						+ " FROM CB_RECORD WHERE TARGET = ? AND NAMESPACE = ? AND STATE = ? ORDER BY RECORD_KEY",
				ENTRY, target, namespace, state.code());
	}

	/**
	 * Records that a write of this payload is about to be sent. Counts an attempt and
	 * keeps a Close id already known, so an in-doubt update can be resolved by id.
	 */
	public void markPending(LedgerKey key, String payloadHash) {
		markPendingAll(Map.of(key, payloadHash));
	}

	/** {@link #markPending} for a chunk, in one transaction. */
	public void markPendingAll(Map<LedgerKey, String> payloadHashes) {
		payloadHashes.values().forEach((hash) -> LedgerKey.requireText(hash, "payloadHash"));
		String now = now();
		write((jdbc) -> jdbc.batchUpdate(MARK_PENDING, rows(payloadHashes.entrySet(), (e) -> new Object[] {
				e.getKey().target(), e.getKey().namespace(), e.getKey().recordKey(), e.getValue(), now })));
	}

	/**
	 * Records that the target holds the record under {@code closeId} with this payload.
	 */
	public void markDone(LedgerKey key, String closeId, String payloadHash) {
		markDoneAll(List.of(new LedgerCompletion(key, closeId, payloadHash)));
	}

	/** {@link #markDone} for a chunk, in one transaction. */
	public void markDoneAll(Collection<LedgerCompletion> completions) {
		String now = now();
		write((jdbc) -> jdbc.batchUpdate(MARK_DONE, rows(completions, (c) -> new Object[] { c.key().target(),
				c.key().namespace(), c.key().recordKey(), c.closeId(), c.payloadHash(), now })));
	}

	/** Records that the record was refused, and why. A known Close id is kept. */
	public void markRejected(LedgerKey key, String reason) {
		markRejectedAll(Map.of(key, reason));
	}

	/** {@link #markRejected} for a chunk, in one transaction. */
	public void markRejectedAll(Map<LedgerKey, String> reasons) {
		String now = now();
		write((jdbc) -> jdbc.batchUpdate(MARK_REJECTED, rows(reasons.entrySet(), (e) -> new Object[] {
				e.getKey().target(), e.getKey().namespace(), e.getKey().recordKey(), e.getValue(), now })));
	}

	/**
	 * Forgets the Close lead a record was written as, and its contacts, because the lead
	 * is gone from the target: the record's next write is a create, resolved by its key
	 * if in doubt.
	 */
	public void forgetLead(LedgerKey key) {
		write((jdbc) -> {
			jdbc.update("UPDATE CB_RECORD SET CLOSE_ID = NULL, UPDATED_AT = ? WHERE TARGET = ? AND NAMESPACE = ? "
					+ "AND RECORD_KEY = ?", now(), key.target(), key.namespace(), key.recordKey());
			jdbc.update("DELETE FROM CB_RECORD_CONTACT WHERE TARGET = ? AND NAMESPACE = ? AND RECORD_KEY = ?",
					key.target(), key.namespace(), key.recordKey());
		});
	}

	/**
	 * Records that a create of this run made the lead.
	 * @param run the run, as {@code <job>:<run number>}
	 */
	public void recordCreatedLead(String target, String leadId, String run) {
		write((jdbc) -> jdbc.update("INSERT INTO CB_LEAD_CREATED_BY_RUN (TARGET, LEAD_ID, RUN) VALUES (?, ?, ?) "
				+ "ON CONFLICT DO NOTHING", target, leadId, run));
	}

	/** Which of the leads a create of the run made. */
	public Set<String> createdLeads(String target, Collection<String> leadIds, String run) {
		return idsAmong("SELECT LEAD_ID FROM CB_LEAD_CREATED_BY_RUN WHERE TARGET = ? AND RUN = ? AND LEAD_ID IN (%s)",
				List.of(target, run), leadIds);
	}

	/** Which of the Close ids are the ids of records of the namespace. */
	public Set<String> claimedIds(String target, String namespace, Collection<String> closeIds) {
		return idsAmong("SELECT CLOSE_ID FROM CB_RECORD WHERE TARGET = ? AND NAMESPACE = ? AND CLOSE_ID IN (%s)",
				List.of(target, namespace), closeIds);
	}

	private Set<String> idsAmong(String sql, List<String> scope, Collection<String> ids) {
		Set<String> found = new java.util.HashSet<>();
		List<String> all = List.copyOf(new java.util.LinkedHashSet<>(ids));
		for (int from = 0; from < all.size(); from += IN_LIST_SLICE) {
			List<String> slice = all.subList(from, Math.min(all.size(), from + IN_LIST_SLICE));
			List<Object> args = new ArrayList<>(scope);
			args.addAll(slice);
			found.addAll(this.jdbc.queryForList(
					String.format(sql, String.join(", ", Collections.nCopies(slice.size(), "?"))), String.class,
					args.toArray()));
		}
		return found;
	}

	/** The contacts recorded for a lead record, by match key. */
	public List<ContactEntry> findContacts(LedgerKey lead) {
		return this.jdbc.query(
				"SELECT CONTACT_KEY, CONTACT_ID, PAYLOAD_HASH, UPDATED_AT FROM CB_RECORD_CONTACT"
						+ " WHERE TARGET = ? AND NAMESPACE = ? AND RECORD_KEY = ? ORDER BY CONTACT_KEY",
				(rs, row) -> new ContactEntry(new ContactKey(lead, rs.getString(1)), rs.getString(2), rs.getString(3),
						Instant.parse(rs.getString(4))),
				lead.target(), lead.namespace(), lead.recordKey());
	}

	/**
	 * Records that the target holds a contact under {@code contactId} with this payload.
	 */
	public void recordContact(ContactKey key, String contactId, String payloadHash) {
		recordContacts(List.of(new ContactCompletion(key, contactId, payloadHash)));
	}

	/** {@link #recordContact} for a chunk, in one transaction. */
	public void recordContacts(Collection<ContactCompletion> contacts) {
		String now = now();
		write((jdbc) -> jdbc.batchUpdate(RECORD_CONTACT,
				rows(contacts, (c) -> new Object[] { c.key().lead().target(), c.key().lead().namespace(),
						c.key().lead().recordKey(), c.key().matchKey(), c.contactId(), c.payloadHash(), now })));
	}

	private void write(Consumer<JdbcTemplate> work) {
		if (this.database.hasTransactionOnThisThread()) {
			throw new IllegalStateException("The ledger commits each write on its own; call it outside a transaction "
					+ "on the checkpoint database (that transaction holds SQLite's write lock)");
		}
		this.writeLock.lock();
		try {
			this.transactions.executeWithoutResult((status) -> work.accept(this.jdbc));
		}
		finally {
			this.writeLock.unlock();
		}
	}

	private String now() {
		return this.clock.instant().toString();
	}

	private static <T> List<Object[]> rows(Collection<T> items, java.util.function.Function<T, Object[]> row) {
		return items.stream().map(row).toList();
	}

	private static final RowMapper<LedgerEntry> ENTRY = Ledger::entry;

	private static LedgerEntry entry(ResultSet rs, int row) throws SQLException {
		LedgerKey key = new LedgerKey(rs.getString("TARGET"), rs.getString("NAMESPACE"), rs.getString("RECORD_KEY"));
		return new LedgerEntry(key, rs.getString("CLOSE_ID"), rs.getString("PAYLOAD_HASH"),
				LedgerState.fromCode(rs.getString("STATE")), rs.getInt("ATTEMPTS"), rs.getString("LAST_ERROR"),
				Instant.parse(rs.getString("UPDATED_AT")));
	}

}
