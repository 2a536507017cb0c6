package closebatch.sandbox.http;

import java.util.Map;

import closebatch.sandbox.SandboxClient;
import closebatch.sandbox.SandboxExtension;
import closebatch.sandbox.SandboxSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rate limits (docs "Rate Limits"; NOTES §1): a budget per key and endpoint group, the
 * organization 3x a key's, {@code RateLimit} on every response and 429 with
 * {@code Retry-After} when spent.
 */
class RateLimitContractTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension(SandboxSettings.defaults().withRateLimitPerKey(5));

	@Test
	void everyResponseCarriesTheRateLimitHeader() {
		SandboxClient.Response response = sandbox.client().get("lead/");

		assertThat(response.header("RateLimit")).matches("limit=5, remaining=\\d, reset=\\d\\.\\d{3}");
	}

	@Test
	void aSpentBudgetGivesTooManyRequestsWithRetryAfterPerEndpointGroup() {
		SandboxClient close = sandbox.client();
		SandboxClient.Response last = null;
		for (int i = 0; i < 6; i++) {
			last = close.get("lead/");
		}

		assertThat(last.status()).isEqualTo(429);
		assertThat(last.header("Retry-After")).isEqualTo("1");
		assertThat(last.header("RateLimit")).startsWith("limit=5, remaining=0, reset=");
		assertThat(close.get("contact/").status()).isEqualTo(200);
	}

	@Test
	void theOrganizationBudgetIsThreeTimesAKeys() {
		SandboxClient[] keys = new SandboxClient[4];
		for (int i = 0; i < keys.length; i++) {
			String key = sandbox.client()
				.send("POST", "/_sandbox/api_keys/", Map.of(), Map.of())
				.ok()
				.get("api_key")
				.asString();
			keys[i] = SandboxClient.withKey(sandbox.baseUrl(), key);
		}
		int allowed = 0;
		for (SandboxClient key : keys) {
			for (int i = 0; i < 5; i++) {
				if (key.get("status/lead/").status() == 200) {
					allowed++;
				}
			}
		}

		assertThat(allowed).isBetween(15, 16);
	}

}
