package closebatch.checkpoint;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class LedgerTest {

	private static final Instant NOW = Instant.parse("2026-11-23T10:15:30Z");

	private static final String TARGET = "https://api.close.com/api/v1/";

	@TempDir
	Path dir;

	private CheckpointDatabase database;

	private Ledger ledger;

	/** Where the state database of each test is; subclasses run the tests on another. */
	StateLocation state;

	@BeforeEach
	void openDatabase() {
		this.state = stateOfTest();
		this.database = CheckpointDatabase.open(this.state);
		this.ledger = new Ledger(this.database, Clock.fixed(NOW, ZoneOffset.UTC));
	}

	StateLocation stateOfTest() {
		return new StateLocation.SqliteFile(this.dir.resolve("state.db"));
	}

	@AfterEach
	void closeDatabase() {
		this.database.close();
	}

	private static LedgerKey key(String recordKey) {
		return new LedgerKey(TARGET, "import-leads", recordKey);
	}

	@Test
	void knowsNothingAboutARecordNeverWritten() {
		assertThat(this.ledger.find(key("acme"))).isEmpty();
	}

	@Test
	void recordsAPendingWriteThatBecomesDone() {
		this.ledger.markPending(key("acme"), "h1");
		LedgerEntry pending = this.ledger.find(key("acme")).orElseThrow();
		assertThat(pending.state()).isEqualTo(LedgerState.PENDING);
		assertThat(pending.isInDoubt()).isTrue();
		assertThat(pending.attempts()).isEqualTo(1);
		assertThat(pending.closeId()).isNull();
		assertThat(pending.updatedAt()).isEqualTo(NOW);

		this.ledger.markDone(key("acme"), "lead_1", "h1");

		LedgerEntry done = this.ledger.find(key("acme")).orElseThrow();
		assertThat(done.state()).isEqualTo(LedgerState.DONE);
		assertThat(done.closeId()).isEqualTo("lead_1");
		assertThat(done.payloadHash()).isEqualTo("h1");
		assertThat(done.attempts()).isEqualTo(1);
	}

	@Test
	void tellsAnUnchangedPayloadFromAChangedOne() {
		this.ledger.markDone(key("acme"), "lead_1", "h1");
		LedgerEntry done = this.ledger.find(key("acme")).orElseThrow();
		assertThat(done.isUnchangedBy("h1")).isTrue();
		assertThat(done.isUnchangedBy("h2")).isFalse();
	}

	@Test
	void keepsTheCloseIdWhileAnUpdateIsPending() {
		this.ledger.markDone(key("acme"), "lead_1", "h1");
		this.ledger.markPending(key("acme"), "h2");
		LedgerEntry pending = this.ledger.find(key("acme")).orElseThrow();
		assertThat(pending.state()).isEqualTo(LedgerState.PENDING);
		assertThat(pending.closeId()).isEqualTo("lead_1");
		assertThat(pending.payloadHash()).isEqualTo("h2");
		assertThat(pending.isUnchangedBy("h2")).isFalse();
	}

	@Test
	void recordsARejectionWithItsReasonAndClearsItOnceDone() {
		this.ledger.markPending(key("acme"), "h1");
		this.ledger.markRejected(key("acme"), "email: not a valid address");
		LedgerEntry rejected = this.ledger.find(key("acme")).orElseThrow();
		assertThat(rejected.state()).isEqualTo(LedgerState.REJECTED);
		assertThat(rejected.lastError()).isEqualTo("email: not a valid address");
		assertThat(this.ledger.rejectedEntries(TARGET, "import-leads")).containsExactly(rejected);

		this.ledger.markPending(key("acme"), "h2");
		this.ledger.markDone(key("acme"), "lead_9", "h2");
		LedgerEntry done = this.ledger.find(key("acme")).orElseThrow();
		assertThat(done.lastError()).isNull();
		assertThat(done.attempts()).isEqualTo(2);
		assertThat(this.ledger.rejectedEntries(TARGET, "import-leads")).isEmpty();
	}

	@Test
	void listsOnlyTheInDoubtRecordsOfTheJobAndTarget() {
		this.ledger.markPendingAll(Map.of(key("a"), "h", key("b"), "h", key("c"), "h"));
		this.ledger.markDone(key("b"), "lead_b", "h");
		this.ledger.markPending(new LedgerKey(TARGET, "other-job", "a"), "h");
		this.ledger.markPending(new LedgerKey("http://127.0.0.1:8765/api/v1/", "import-leads", "a"), "h");

		assertThat(this.ledger.pendingEntries(TARGET, "import-leads")).extracting(LedgerEntry::key)
			.containsExactly(key("a"), key("c"));
	}

	@Test
	void findsTheEntriesOfAChunkInOneCall() {
		Map<LedgerKey, String> hashes = new HashMap<>();
		for (int i = 0; i < 1200; i++) {
			hashes.put(key("k" + i), "h" + i);
		}
		this.ledger.markPendingAll(hashes);
		this.ledger.markDoneAll(List.of(new LedgerCompletion(key("k7"), "lead_7", "h7")));

		List<LedgerKey> asked = new ArrayList<>(hashes.keySet());
		asked.add(key("unknown"));
		Map<LedgerKey, LedgerEntry> found = this.ledger.findAll(asked);

		assertThat(found).hasSize(1200).doesNotContainKey(key("unknown"));
		assertThat(found.get(key("k7")).closeId()).isEqualTo("lead_7");
		assertThat(found.get(key("k8")).payloadHash()).isEqualTo("h8");
	}

	@Test
	void remembersTheContactsOfARecord() {
		ContactKey jane = new ContactKey(key("acme"), "jane@acme.com");
		ContactKey john = new ContactKey(key("acme"), "john@acme.com");
		this.ledger.recordContacts(
				List.of(new ContactCompletion(jane, "cont_1", "c1"), new ContactCompletion(john, "cont_2", "c2")));
		this.ledger.recordContact(jane, "cont_1", "c3");

		List<ContactEntry> contacts = this.ledger.findContacts(key("acme"));

		assertThat(contacts).extracting(ContactEntry::key).containsExactly(jane, john);
		assertThat(contacts.get(0).payloadHash()).isEqualTo("c3");
		assertThat(contacts.get(0).isUnchangedBy("c3")).isTrue();
		assertThat(contacts.get(1).contactId()).isEqualTo("cont_2");
		assertThat(this.ledger.findContacts(key("other"))).isEmpty();
	}

	@Test
	void keepsEveryWriteWhenEightThreadsWriteAtOnce() throws Exception {
		int threads = 8;
		int recordsPerThread = 100;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				int thread = t;
				futures.add(pool.submit(() -> {
					for (int i = 0; i < recordsPerThread; i++) {
						LedgerKey own = key("t" + thread + "-" + i);
						this.ledger.markPending(own, "h");
						this.ledger.markDone(own, "lead_" + thread + "_" + i, "h");
						this.ledger.markPending(key("shared"), "h" + thread);
					}
				}));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}

		List<LedgerKey> own = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			for (int i = 0; i < recordsPerThread; i++) {
				own.add(key("t" + t + "-" + i));
			}
		}
		assertThat(this.ledger.findAll(own).values()).hasSize(threads * recordsPerThread)
			.allSatisfy((entry) -> assertThat(entry.state()).isEqualTo(LedgerState.DONE));
		assertThat(this.ledger.find(key("shared")).orElseThrow().attempts()).isEqualTo(threads * recordsPerThread);
		assertThat(this.ledger.pendingEntries(TARGET, "import-leads")).extracting(LedgerEntry::key)
			.containsExactly(key("shared"));
	}

	@Test
	void refusesToWriteInsideATransactionOnTheCheckpointDatabase() {
		TransactionTemplate transaction = new TransactionTemplate(this.database.transactionManager());
		assertThatIllegalStateException()
			.isThrownBy(() -> transaction.executeWithoutResult((status) -> this.ledger.markPending(key("acme"), "h")))
			.withMessageContaining("outside a transaction");
	}

	@Test
	void survivesReopeningTheDatabase() {
		this.ledger.markDone(key("acme"), "lead_1", "h1");
		this.database.close();
		this.database = CheckpointDatabase.open(this.state);
		this.ledger = new Ledger(this.database, Clock.systemUTC());
		assertThat(this.ledger.find(key("acme")).orElseThrow().closeId()).isEqualTo("lead_1");
	}

}
