package closebatch.sandbox.store;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import closebatch.sandbox.http.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes run their work concurrently and commit one at a time (issue #11, faster writes):
 * a write whose reads changed under it runs again, so no update is lost and a lead's
 * children are seen whole.
 */
class SandboxStoreConcurrencyTest {

	private static final int THREADS = 8;

	private static final int WRITES = 250;

	@Test
	void loseNoUpdateWhenEightWritersReadAndChangeOneDocument() throws Exception {
		try (SandboxStore store = SandboxStore.openTemporary(Clock.systemUTC())) {
			store.write(tx -> {
				tx.put(Kind.PIPELINE, Json.object().put("id", "pipe_counter").put("count", 0));
				return null;
			});

			runConcurrently(() -> store.write(tx -> {
				ObjectNode counter = tx.get(Kind.PIPELINE, "pipe_counter").deepCopy();
				counter.put("count", counter.get("count").asInt() + 1);
				tx.put(Kind.PIPELINE, counter);
				return null;
			}));

			assertThat(store.get(Kind.PIPELINE, "pipe_counter").get("count").asInt()).isEqualTo(THREADS * WRITES);
		}
	}

	/** A write that counts a lead's children and adds one keeps the count exact. */
	@Test
	void seeEveryChildAddedConcurrentlyToTheSameLead() throws Exception {
		try (SandboxStore store = SandboxStore.openTemporary(Clock.systemUTC())) {
			store.write(tx -> {
				tx.put(Kind.LEAD, Json.object().put("id", "lead_one"));
				return null;
			});

			runConcurrently(() -> store.write(tx -> {
				int position = tx.children(Kind.CONTACT, "lead_one").size();
				tx.put(Kind.CONTACT,
						Json.object()
							.put("id", Ids.newId(Kind.CONTACT))
							.put("lead_id", "lead_one")
							.put("position", position));
				return null;
			}));

			List<ObjectNode> contacts = store.children(Kind.CONTACT, "lead_one");
			assertThat(contacts).hasSize(THREADS * WRITES);
			assertThat(contacts.stream().map(contact -> contact.get("position").asInt()).distinct().count())
				.isEqualTo(THREADS * WRITES);
		}
	}

	private static void runConcurrently(Runnable write) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int thread = 0; thread < THREADS; thread++) {
				futures.add(pool.submit(() -> {
					for (int i = 0; i < WRITES; i++) {
						write.run();
					}
				}));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

}
