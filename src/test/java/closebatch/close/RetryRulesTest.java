package closebatch.close;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

import static closebatch.close.RateGovernorTest.fixedRandom;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * When the client sends a request again (DESIGN §3): GET, PUT and DELETE after 429, 5xx
 * and network errors; POST only where the server cannot have acted (429, nothing sent);
 * any other failed POST is in doubt.
 */
class RetryRulesTest {

	private static final ApiKey KEY = ApiKey.of("api_retry_rules_key");

	private static final String LEAD = "{\"id\": \"lead_1\", \"name\": \"Acme\"}";

	private final FakeTime time = new FakeTime();

	private final ScriptedTransport server = new ScriptedTransport();

	private final CloseClient close = CloseClient.builder(CloseTarget.close(), List.of(KEY))
		.transport(this.server)
		.timeSource(this.time)
		.random(fixedRandom(0.5))
		.retryPolicy(new RetryPolicy(3, 4, Duration.ofMillis(100), Duration.ofSeconds(10)))
		.build();

	@Test
	void retriesAGetOnServiceUnavailableWithBackoffUntilItSucceeds() {
		this.server.answer(503, "{\"error\": \"down\"}").answer(502, null).answer(504, null).answer(200, LEAD);

		assertThat(this.close.get("lead/lead_1/").get("name").asString()).isEqualTo("Acme");

		assertThat(this.server.sent()).hasSize(4);
		// full jitter with a draw of 0.5: half of 100 ms, 200 ms, 400 ms
		assertThat(this.time.sleeps()).containsExactly(Duration.ofMillis(50), Duration.ofMillis(100),
				Duration.ofMillis(200));
		assertThat(this.close.usage()).containsExactly(new KeyUsage(KEY.fingerprint(), 4, 3, 0));
	}

	@Test
	void retriesAPutAndADeleteAfterANetworkError() {
		this.server.fail(new IOException("Connection reset")).answer(200, LEAD);
		this.server.fail(new HttpTimeoutException("request timed out")).answer(200, "{}");

		this.close.put("lead/lead_1/", Map.of("name", "Acme"));
		this.close.delete("lead/lead_1/");

		assertThat(this.server.sent()).extracting(ScriptedTransport.Sent::method)
			.containsExactly("PUT", "PUT", "DELETE", "DELETE");
	}

	@Test
	void givesUpOnAGetAfterTheRetriesThePolicyAllows() {
		this.server.answer(503, null).answer(503, null).answer(503, null).answer(503, "{\"error\": \"still down\"}");

		assertThatThrownBy(() -> this.close.get("lead/")).isInstanceOfSatisfying(ServerException.class, ex -> {
			assertThat(ex.status()).isEqualTo(503);
			assertThat(ex.attempts()).isEqualTo(4);
			assertThat(ex.errorText()).isEqualTo("still down");
		});
	}

	@Test
	void givesUpOnAGetAfterRepeatedNetworkErrors() {
		for (int i = 0; i < 4; i++) {
			this.server.fail(new IOException("HTTP/1.1 header parser received no bytes"));
		}

		assertThatThrownBy(() -> this.close.get("lead/")).isInstanceOfSatisfying(NetworkException.class,
				ex -> assertThat(ex.attempts()).isEqualTo(4));
	}

	@Test
	void aPostThatGotAServerErrorIsInDoubtAndNotSentAgain() {
		this.server.answer(500, "{\"error\": \"Internal server error\"}");

		assertThatThrownBy(() -> this.close.post("lead/", Map.of("name", "Acme")))
			.isInstanceOfSatisfying(InDoubtException.class, ex -> {
				assertThat(ex.status()).isEqualTo(500);
				assertThat(ex.attempts()).isEqualTo(1);
			});
		assertThat(this.server.sent()).hasSize(1);
		assertThat(this.time.sleeps()).isEmpty();
	}

	@Test
	void aPostThatTimedOutIsInDoubtAndNotSentAgain() {
		this.server.fail(new HttpTimeoutException("request timed out"));

		assertThatThrownBy(() -> this.close.post("lead/", Map.of("name", "Acme"))).isInstanceOf(InDoubtException.class)
			.hasCauseInstanceOf(HttpTimeoutException.class)
			.hasMessageContaining("POST lead/")
			.hasMessageContaining("look it up");
		assertThat(this.server.sent()).hasSize(1);
	}

	@Test
	void aPostWhoseConnectionDroppedIsInDoubt() {
		this.server.fail(new IOException("HTTP/1.1 header parser received no bytes"));

		assertThatThrownBy(() -> this.close.post("lead/", Map.of("name", "Acme"))).isInstanceOf(InDoubtException.class);
		assertThat(this.server.sent()).hasSize(1);
	}

	@Test
	void retriesAPostThatWasThrottledAfterTheServersPause() {
		this.server.answer(429, "{}", "RateLimit", "limit=5, remaining=0, reset=0.75", "Retry-After", "1")
			.answer(200, LEAD);

		assertThat(this.close.post("lead/", Map.of("name", "Acme")).get("id").asString()).isEqualTo("lead_1");

		assertThat(this.server.sent()).hasSize(2);
		assertThat(this.time.sleeps()).containsExactly(Duration.ofMillis(750).plus(GroupBudget.SEND_DELAY_GUARD));
		assertThat(this.close.usage()).containsExactly(new KeyUsage(KEY.fingerprint(), 2, 1, 1));
	}

	@Test
	void retriesAPostThatCouldNotConnectBecauseNothingWasSent() {
		this.server.fail(new ConnectException("Connection refused"))
			.fail(new HttpConnectTimeoutException("connect timed out"))
			.answer(200, LEAD);

		this.close.post("lead/", Map.of("name", "Acme"));

		assertThat(this.server.sent()).hasSize(3);
	}

	@Test
	void givesUpAfterTheThrottledRetriesThePolicyAllows() {
		for (int i = 0; i < 5; i++) {
			this.server.answer(429, null, "Retry-After", "2");
		}

		assertThatThrownBy(() -> this.close.get("lead/")).isInstanceOfSatisfying(RateLimitedException.class, ex -> {
			assertThat(ex.attempts()).isEqualTo(5);
			assertThat(ex.status()).isEqualTo(429);
		});
		assertThat(this.time.slept())
			.isEqualTo(Duration.ofSeconds(8).plus(GroupBudget.SEND_DELAY_GUARD.multipliedBy(4)));
		assertThat(this.close.usage().get(0).throttled()).isEqualTo(5);
	}

	@Test
	void neverRetriesARefusal() {
		this.server.answer(400, "{\"errors\": [], \"field-errors\": {\"name\": \"This field is required.\"}}")
			.answer(401, "{\"error\": \"Unauthorized\"}")
			.answer(403, "{\"error\": \"Forbidden\"}")
			.answer(404, "{\"error\": \"Not found\"}")
			.answer(405, null)
			.answer(501, null);

		assertThatThrownBy(() -> this.close.put("lead/lead_1/", Map.of())).isInstanceOf(ValidationException.class);
		assertThatThrownBy(() -> this.close.get("me/")).isInstanceOf(AuthenticationException.class);
		assertThatThrownBy(() -> this.close.get("me/")).isInstanceOf(AuthenticationException.class);
		assertThatThrownBy(() -> this.close.delete("lead/lead_1/")).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.close.get("lead/")).isInstanceOf(UnexpectedResponseException.class);
		assertThatThrownBy(() -> this.close.get("lead/")).isInstanceOf(ServerException.class);
		assertThat(this.server.sent()).hasSize(6);
	}

	@Test
	void aSearchOnlyReadsSoItIsRetriedLikeAGet() {
		this.server.answer(503, null).answer(200, "{\"data\": [], \"cursor\": null}");

		this.close.search(JsonNodeFactory.instance.objectNode());

		assertThat(this.server.sent()).extracting(ScriptedTransport.Sent::target)
			.containsExactly("data/search/", "data/search/");
	}

}
