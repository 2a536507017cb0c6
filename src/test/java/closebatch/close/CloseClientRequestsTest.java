package closebatch.close;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import closebatch.close.model.SearchPage;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static closebatch.close.RateGovernorTest.fixedRandom;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the client sends and how it reads answers: paths, query parameters, JSON bodies,
 * list pages, search cursors, and which key carries a request.
 */
class CloseClientRequestsTest {

	private static final ApiKey FIRST = ApiKey.of("api_first_key_secret");

	private static final ApiKey SECOND = ApiKey.of("api_second_key_secret");

	private final FakeTime time = new FakeTime();

	private final ScriptedTransport server = new ScriptedTransport();

	private CloseClient client(ApiKey... keys) {
		return CloseClient.builder(CloseTarget.close(), List.of(keys))
			.transport(this.server)
			.timeSource(this.time)
			.random(fixedRandom(0.5))
			.retryPolicy(new RetryPolicy(2, 2, Duration.ofMillis(10), Duration.ofMillis(100)))
			.build();
	}

	/** A lead as a record, the way a caller binds answers. */
	record Lead(String id, @JsonProperty("display_name") String displayName) {
	}

	@Test
	void sendsPathsWithTheirTrailingSlashAndQueryParametersEncoded() {
		this.server.answer(200, "{}").answer(200, "{}");
		CloseClient close = client(FIRST);

		close.get("/lead/lead_1", Query.empty().fields("id", "display_name"));
		close.get("lead/", Query.empty().with("query", "name:\"Acme & Co\"").limit(200).skip(400).limit(100));

		assertThat(this.server.sent()).extracting(ScriptedTransport.Sent::target)
			.containsExactly("lead/lead_1/?_fields=id%2Cdisplay_name",
					"lead/?query=name%3A%22Acme+%26+Co%22&_skip=400&_limit=100");
	}

	@Test
	void refusesAQueryWrittenIntoThePath() {
		assertThatThrownBy(() -> client(FIRST).get("lead/?_limit=1")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("Query");
	}

	@Test
	void writesBodiesAsJsonAndBindsAnswersToRecordsIgnoringUnknownFields() {
		this.server.answer(200, "{\"id\": \"lead_1\", \"display_name\": \"Acme\", \"date_created\": \"2024-01-01\"}");
		ObjectNode body = JsonNodeFactory.instance.objectNode().put("name", "Acme");

		Lead lead = client(FIRST).post("lead/", body, Lead.class);

		assertThat(lead).isEqualTo(new Lead("lead_1", "Acme"));
		assertThat(this.server.sent().get(0).body()).isEqualTo("{\"name\":\"Acme\"}");
	}

	@Test
	void anEmptyAnswerReadsAsAnEmptyObject() {
		this.server.answer(204, null);

		assertThat(client(FIRST).delete("pipeline/pipe_1/").isEmpty()).isTrue();
	}

	@Test
	void anAnswerThatIsNotJsonIsUnexpected() {
		this.server.answer(200, "<html>proxy</html>");

		assertThatThrownBy(() -> client(FIRST).get("lead/")).isInstanceOf(UnexpectedResponseException.class)
			.hasMessageContaining("not JSON");
	}

	@Test
	void listsEveryObjectPageByPageWhileHasMoreIsTrue() {
		this.server
			.answer(200, "{\"data\": [{\"id\": \"a\"}, {\"id\": \"b\"}], \"has_more\": true, \"total_results\": 3}")
			.answer(200, "{\"data\": [{\"id\": \"c\"}], \"has_more\": false}");

		List<String> ids = client(FIRST).listAll("lead/", Query.empty().limit(2))
			.map(lead -> lead.get("id").asString())
			.collect(Collectors.toList());

		assertThat(ids).containsExactly("a", "b", "c");
		assertThat(this.server.sent()).extracting(ScriptedTransport.Sent::target)
			.containsExactly("lead/?_limit=2&_skip=0", "lead/?_limit=2&_skip=2");
	}

	@Test
	void readsOneListPageWithItsTotal() {
		this.server.answer(200, "{\"data\": [{\"id\": \"a\"}], \"has_more\": true, \"total_results\": 41}");

		var page = client(FIRST).list("lead/", Query.empty().limit(1));

		assertThat(page.data()).hasSize(1);
		assertThat(page.hasMore()).isTrue();
		assertThat(page.totalResults()).hasValue(41);
	}

	@Test
	void followsSearchCursorsUntilThereIsNone() {
		this.server.answer(200, "{\"data\": [{\"__object_type\": \"lead\", \"id\": \"a\"}], \"cursor\": \"c1\"}")
			.answer(200, "{\"data\": [{\"__object_type\": \"lead\", \"id\": \"b\"}], \"cursor\": null}");
		CloseClient close = client(FIRST);
		ObjectNode request = JsonNodeFactory.instance.objectNode();
		request.putObject("query").put("type", "object_type").put("object_type", "lead");
		request.put("_limit", 1);

		SearchPage first = close.search(request);
		SearchPage second = close.search(first.nextRequest(request));

		assertThat(first.data()).extracting(lead -> lead.get("id").asString()).containsExactly("a");
		assertThat(second.hasMore()).isFalse();
		assertThat(this.server.sent()).extracting(ScriptedTransport.Sent::body)
			.containsExactly("{\"query\":{\"type\":\"object_type\",\"object_type\":\"lead\"},\"_limit\":1}",
					"{\"query\":{\"type\":\"object_type\",\"object_type\":\"lead\"},\"_limit\":1,\"cursor\":\"c1\"}");
		assertThat(request.has("cursor")).isFalse();
	}

	@Test
	void spreadsRequestsOverTheKeysInTurn() {
		for (int i = 0; i < 6; i++) {
			this.server.answer(200, "{}");
		}
		CloseClient close = client(FIRST, SECOND);

		for (int i = 0; i < 6; i++) {
			close.get("lead/");
		}

		assertThat(close.usage()).extracting(KeyUsage::requests).containsExactly(3L, 3L);
	}

	@Test
	void sendsToAnotherKeyWhileOneIsThrottled() {
		this.server.answer(429, null, "Retry-After", "5");
		for (int i = 0; i < 4; i++) {
			this.server.answer(200, "{}");
		}
		CloseClient close = client(FIRST, SECOND);

		for (int i = 0; i < 4; i++) {
			close.get("lead/");
		}

		assertThat(this.time.sleeps()).isEmpty();
		assertThat(this.server.sent()).extracting(ScriptedTransport.Sent::key)
			.containsExactly(FIRST, SECOND, SECOND, SECOND, SECOND);
	}

	@Test
	void noExceptionOrUsageEverShowsAKey() {
		this.server.answer(401, "{\"error\": \"Unauthorized\"}")
			.fail(new IOException("boom"))
			.fail(new IOException("boom"))
			.fail(new IOException("boom"))
			.answer(400, "{\"errors\": [\"bad\"], \"field-errors\": {}}");
		CloseClient close = client(FIRST);
		List<Throwable> failures = new ArrayList<>();

		for (Runnable call : List.<Runnable>of(() -> close.get("me/"), () -> close.get("lead/"),
				() -> close.post("lead/", Map.of()))) {
			try {
				call.run();
			}
			catch (CloseApiException ex) {
				failures.add(ex);
			}
		}

		assertThat(failures).hasSize(3)
			.allSatisfy(ex -> assertThat(ex.toString()).doesNotContain("api_first_key_secret"));
		assertThat(close.usage().toString()).doesNotContain("api_first_key_secret").contains(FIRST.fingerprint());
	}

	@Test
	void aValidationErrorCarriesItsMessages() {
		this.server.answer(400, "{\"errors\": [\"Too many contacts\"], \"field-errors\": {\"name\": \"Required\"}}");

		assertThatThrownBy(() -> client(FIRST).post("lead/", Map.of()))
			.isInstanceOfSatisfying(ValidationException.class, ex -> {
				assertThat(ex.errors()).containsExactly("Too many contacts");
				assertThat(ex.fieldErrors()).containsExactly(Map.entry("name", "Required"));
				assertThat(ex.getMessage()).isEqualTo("POST lead/: Too many contacts; name: Required");
				JsonNode body = ex.body();
				assertThat(body.get("errors").size()).isEqualTo(1);
			});
	}

}
