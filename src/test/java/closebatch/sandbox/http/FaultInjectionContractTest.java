package closebatch.sandbox.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;

import closebatch.sandbox.SandboxClient;
import closebatch.sandbox.SandboxExtension;
import closebatch.sandbox.store.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Faults on demand, set at run time under {@code /_sandbox/settings/}. */
class FaultInjectionContractTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	private final SandboxClient close = sandbox.client();

	private void settings(Map<String, Object> settings) {
		this.close.send("PUT", "/_sandbox/settings/", settings, Map.of()).ok();
	}

	@Test
	void injectedStatusesReplaceTheResponseAndNothingIsWritten() {
		settings(Map.of("faults", Map.of("status_rates", Map.of("503", 1.0))));

		SandboxClient.Response response = this.close.post("lead/", Map.of("name", "Never"));

		assertThat(response.status()).isEqualTo(503);
		assertThat(response.body().get("error").asString()).isNotBlank();
		assertThat(sandbox.sandbox().store().count(Kind.LEAD)).isZero();
	}

	@Test
	void aDroppedConnectionHappensAfterTheWrite() {
		settings(Map.of("faults", Map.of("drop_rate", 1.0)));

		assertThatThrownBy(() -> this.close.post("lead/", Map.of("name", "Dropped")))
			.hasCauseInstanceOf(IOException.class);
		assertThat(sandbox.sandbox().store().count(Kind.LEAD)).isEqualTo(1);
		assertThat(this.close.send("GET", "/_sandbox/requests/", null, Map.of()).ok().at("/by_status/0").asInt())
			.isEqualTo(1);
	}

	@Test
	void aSlowResponseOutlastsTheClientTimeoutAfterTheWrite() throws Exception {
		settings(Map.of("faults", Map.of("slow_rate", 1.0, "slow_ms", 2000)));
		HttpRequest request = HttpRequest.newBuilder(sandbox.baseUrl().resolve("lead/"))
			.timeout(Duration.ofMillis(300))
			.header("Authorization", "Bearer " + SandboxExtension.API_KEY)
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Slow\"}"))
			.build();

		assertThatThrownBy(() -> HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()))
			.isInstanceOf(HttpTimeoutException.class);
		assertThat(sandbox.sandbox().store().count(Kind.LEAD)).isEqualTo(1);
	}

	@Test
	void addsLatencyToEveryResponse() {
		settings(Map.of("faults", Map.of("latency_ms", 200)));

		long start = System.nanoTime();
		this.close.get("me/").ok();

		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
	}

	@Test
	void refusesRatesThatAddUpToMoreThanOne() {
		SandboxClient.Response response = this.close.send("PUT", "/_sandbox/settings/",
				Map.of("faults", Map.of("drop_rate", 0.6, "slow_rate", 0.6)), Map.of());

		assertThat(response.status()).isEqualTo(400);
		assertThat(
				this.close.send("GET", "/_sandbox/settings/", null, Map.of()).ok().at("/faults/drop_rate").asDouble())
			.isZero();
	}

	@Test
	void aSeededFractionOfRequestsFailsAtTheConfiguredRate() {
		settings(Map.of("faults", Map.of("status_rates", Map.of("429", 0.1, "500", 0.1), "seed", 7)));
		int failed = 0;
		for (int i = 0; i < 400; i++) {
			if (this.close.get("me/").status() != 200) {
				failed++;
			}
		}

		assertThat(failed).isBetween(50, 110);
	}

	@Test
	void controlsAreNotPartOfTheApi() {
		assertThat(SandboxClient.withAuthorization(URI.create(sandbox.baseUrl().toString()), null)
			.send("GET", "/_sandbox/settings/", null, Map.of())
			.status()).isEqualTo(200);
	}

}
