package closebatch.sandbox.http;

import java.util.Map;

import closebatch.sandbox.SandboxClient;
import closebatch.sandbox.SandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API key authentication (docs "Authentication with API Keys": Basic with an empty
 * password, or Bearer).
 */
class AuthContractTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	@Test
	void acceptsTheKeyAsBasicUsernameOrAsBearerToken() {
		assertThat(SandboxClient.withKey(sandbox.baseUrl(), SandboxExtension.API_KEY).get("me/").status())
			.isEqualTo(200);
		assertThat(SandboxClient.withAuthorization(sandbox.baseUrl(), "Bearer " + SandboxExtension.API_KEY)
			.get("me/")
			.status()).isEqualTo(200);
	}

	@Test
	void refusesAWrongOrMissingKeyWithAnErrorBody() {
		SandboxClient.Response wrong = SandboxClient.withKey(sandbox.baseUrl(), "api_wrong").get("lead/");
		SandboxClient.Response missing = SandboxClient.withAuthorization(sandbox.baseUrl(), null).get("lead/");

		assertThat(wrong.status()).isEqualTo(401);
		assertThat(wrong.body().get("error").asString()).isNotBlank();
		assertThat(missing.status()).isEqualTo(401);
	}

	@Test
	void severalKeysBelongToOneOrganization() {
		String key = sandbox.client()
			.send("POST", "/_sandbox/api_keys/", Map.of(), Map.of())
			.ok()
			.get("api_key")
			.asString();
		SandboxClient second = SandboxClient.withKey(sandbox.baseUrl(), key);

		String leadId = sandbox.client().post("lead/", Map.of("name", "Shared")).ok().get("id").asString();

		assertThat(second.get("lead/" + leadId + "/").ok().get("name").asString()).isEqualTo("Shared");
		assertThat(second.get("me/").ok().get("organizations").get(0).get("id").asString())
			.isEqualTo(sandbox.client().get("me/").ok().get("organizations").get(0).get("id").asString());
	}

}
