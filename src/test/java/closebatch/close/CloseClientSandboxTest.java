package closebatch.close;

import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import closebatch.close.model.FieldError;
import closebatch.close.model.ListPage;
import closebatch.sandbox.SandboxClient;
import closebatch.sandbox.SandboxExtension;
import closebatch.sandbox.http.FaultSettings;
import closebatch.sandbox.store.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The client against the in-process sandbox over real HTTP on 127.0.0.1: CRUD, decoded
 * errors, rate limits, injected faults and several keys.
 */
class CloseClientSandboxTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	/** Quick backoff so that retried faults do not slow the suite down. */
	private static final RetryPolicy QUICK = new RetryPolicy(10, 30, Duration.ofMillis(1), Duration.ofMillis(20));

	private final SandboxClient control = sandbox.client();

	private CloseClient client(Duration requestTimeout, String... keys) {
		CloseTarget target = CloseTarget.of(sandbox.baseUrl().toString())
			.withTimeouts(Duration.ofSeconds(5), requestTimeout);
		List<ApiKey> apiKeys = new ArrayList<>();
		for (String key : keys) {
			apiKeys.add(ApiKey.of(key));
		}
		return CloseClient.builder(target, apiKeys).retryPolicy(QUICK).build();
	}

	private CloseClient client() {
		return client(Duration.ofSeconds(30), SandboxExtension.API_KEY);
	}

	private long requestsWithStatus(int status) {
		return this.control.send("GET", "/_sandbox/requests/", null, Map.of())
			.ok()
			.path("by_status")
			.path(Integer.toString(status))
			.asLong(0);
	}

	private long requestsTo(String route) {
		return this.control.send("GET", "/_sandbox/requests/", null, Map.of())
			.ok()
			.path("by_route")
			.path(route)
			.asLong(0);
	}

	@Test
	void createsReadsUpdatesListsAndDeletesALead() {
		CloseClient close = client();

		JsonNode created = close.post("lead/", Map.of("name", "Bluth Company", "contacts", List
			.of(Map.of("name", "Gob", "emails", List.of(Map.of("email", "gob@example.com", "type", "office"))))));
		String id = created.get("id").asString();
		JsonNode read = close.get("lead/" + id, Query.empty().fields("id", "display_name", "contacts"));
		JsonNode updated = close.put("lead/" + id + "/", Map.of("name", "Bluth Company Inc"));
		ListPage page = close.list("lead/", Query.empty().fields("id", "display_name").limit(10));
		close.delete("lead/" + id + "/");

		assertThat(id).startsWith("lead_");
		assertThat(read.get("display_name").asString()).isEqualTo("Bluth Company");
		assertThat(read.at("/contacts/0/emails/0/email").asString()).isEqualTo("gob@example.com");
		assertThat(updated.get("display_name").asString()).isEqualTo("Bluth Company Inc");
		assertThat(page.data()).extracting(lead -> lead.get("id").asString()).containsExactly(id);
		assertThat(page.hasMore()).isFalse();
		assertThatThrownBy(() -> close.get("lead/" + id + "/")).isInstanceOfSatisfying(NotFoundException.class,
				ex -> assertThat(ex.status()).isEqualTo(404));
	}

	@Test
	void listsEveryLeadAcrossPages() {
		CloseClient close = client();
		for (int i = 0; i < 7; i++) {
			close.post("lead/", Map.of("name", "Lead " + i));
		}

		List<String> names = close.listAll("lead/", Query.empty().fields("display_name").limit(3))
			.map(lead -> lead.get("display_name").asString())
			.toList();

		assertThat(names).hasSize(7).doesNotHaveDuplicates();
	}

	@Test
	void decodesABadRequestWithTheFieldErrorsOfNestedContacts() {
		CloseClient close = client();

		assertThatThrownBy(() -> close.post("lead/",
				Map.of("name", "Acme", "contacts",
						List.of(Map.of("name", "ok"), Map.of("emails", List.of(Map.of("email", "not-an-email")))))))
			.isInstanceOfSatisfying(ValidationException.class, ex -> {
				assertThat(ex.status()).isEqualTo(400);
				assertThat(ex.allFieldErrors()).extracting(FieldError::path)
					.containsExactly("contacts[1].emails[0].email");
				assertThat(ex.getMessage()).startsWith("POST lead/: contacts[1].emails[0].email: ");
			});
		assertThat(sandbox.sandbox().store().count(Kind.LEAD)).isZero();
	}

	@Test
	void anUnknownKeyIsRefusedAsAnAuthenticationFailure() {
		CloseClient close = client(Duration.ofSeconds(30), "api_not_a_known_key");

		assertThatThrownBy(() -> close.get("me/")).isInstanceOfSatisfying(AuthenticationException.class, ex -> {
			assertThat(ex.status()).isEqualTo(401);
			assertThat(ex.attempts()).isEqualTo(1);
			assertThat(ex.toString()).doesNotContain("api_not_a_known_key");
		});
	}

	@Test
	void everyGetSucceedsAtFivePerSecondAndEachThrottlingIsCounted() throws Exception {
		sandbox.sandbox().rateLimiter().setPerKeyPerSecond(5);
		// another process with the same key has just spent this second's budget
		for (int i = 0; i < 5; i++) {
			this.control.get("lead/").ok();
		}
		CloseClient close = client();

		List<Future<JsonNode>> answers = new ArrayList<>();
		ExecutorService threads = Executors.newFixedThreadPool(3);
		try {
			for (int i = 0; i < 30; i++) {
				answers.add(threads.submit(() -> close.get("lead/")));
			}
			for (Future<JsonNode> answer : answers) {
				assertThat(answer.get().has("data")).isTrue();
			}
		}
		finally {
			threads.shutdownNow();
		}

		KeyUsage usage = close.usage().get(0);
		assertThat(usage.throttled()).isPositive().isEqualTo(requestsWithStatus(429));
		assertThat(usage.requests()).isEqualTo(30 + usage.throttled()).isEqualTo(requestsTo("GET /lead/") - 5);
		assertThat(usage.retries()).isEqualTo(usage.throttled());
	}

	@Test
	void injectedServiceUnavailableAnswersToGetsAreRetriedToSuccess() {
		sandbox.faults(new FaultSettings(0, Map.of(503, 0.5), 0, 0, 0, 42L));
		CloseClient close = client();

		for (int i = 0; i < 20; i++) {
			close.get("status/lead/");
		}

		KeyUsage usage = close.usage().get(0);
		assertThat(usage.retries()).isPositive().isEqualTo(requestsWithStatus(503));
		assertThat(requestsWithStatus(200)).isEqualTo(20);
	}

	@Test
	void aPostWhoseConnectionDroppedIsInDoubtAlthoughTheLeadExists() {
		sandbox.faults(new FaultSettings(0, Map.of(), 1.0, 0, 0, null));
		CloseClient close = client();

		assertThatThrownBy(() -> close.post("lead/", Map.of("name", "Dropped Inc")))
			.isInstanceOfSatisfying(InDoubtException.class, ex -> assertThat(ex.attempts()).isEqualTo(1));

		sandbox.faults(FaultSettings.none());
		assertThat(close.list("lead/", Query.empty().fields("display_name")).data())
			.extracting(lead -> lead.get("display_name").asString())
			.containsExactly("Dropped Inc");
		assertThat(requestsTo("POST /lead/")).isEqualTo(1);
	}

	@Test
	void aPostAnsweredAfterTheTimeoutIsInDoubtAlthoughTheLeadExists() {
		sandbox.faults(new FaultSettings(0, Map.of(), 0, 1.0, 1500, null));
		CloseClient close = client(Duration.ofMillis(200), SandboxExtension.API_KEY);

		assertThatThrownBy(() -> close.post("lead/", Map.of("name", "Slow Inc"))).isInstanceOf(InDoubtException.class)
			.hasCauseInstanceOf(HttpTimeoutException.class);

		assertThat(sandbox.sandbox().store().count(Kind.LEAD)).isEqualTo(1);
	}

	@Test
	void twoKeysOfOneOrganizationSplitTheWorkEachWithinItsOwnBudget() {
		String second = this.control.send("POST", "/_sandbox/api_keys/", Map.of(), Map.of())
			.ok()
			.get("api_key")
			.asString();
		sandbox.sandbox().rateLimiter().setPerKeyPerSecond(5);
		CloseClient close = client(Duration.ofSeconds(30), SandboxExtension.API_KEY, second);

		for (int i = 0; i < 20; i++) {
			close.get("lead/");
		}

		assertThat(close.usage()).extracting(KeyUsage::requests)
			.allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(5L));
		assertThat(KeyUsage.total(close.usage()).requests()).isEqualTo(20);
		assertThat(KeyUsage.total(close.usage()).throttled()).isZero();
		assertThat(requestsWithStatus(429)).isZero();
	}

}
