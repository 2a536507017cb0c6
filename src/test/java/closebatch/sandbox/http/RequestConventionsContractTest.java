package closebatch.sandbox.http;

import java.util.List;
import java.util.Map;

import closebatch.sandbox.SandboxClient;
import closebatch.sandbox.SandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conventions every endpoint shares (docs/003 "Specifying Filter Parameters", NOTES §2
 * error shapes).
 */
class RequestConventionsContractTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	private final SandboxClient close = sandbox.client();

	@Test
	void takesGetParametersFromParamsInAPostBodyWithMethodOverride() {
		String first = this.close.post("lead/", Map.of("name", "First", "contacts", List.of(Map.of("name", "A"))))
			.ok()
			.get("id")
			.asString();
		this.close.post("lead/", Map.of("name", "Second", "contacts", List.of(Map.of("name", "B")))).ok();

		SandboxClient.Response overridden = this.close.send("POST", "contact/",
				Map.of("_params", Map.of("lead_id", first)), Map.of("x-http-method-override", "GET"));

		assertThat(overridden.ok().get("data").findValuesAsString("name")).containsExactly("A");
		assertThat(sandbox.sandbox().store().count(closebatch.sandbox.store.Kind.CONTACT)).isEqualTo(2);
	}

	@Test
	void acceptsPathsWithOrWithoutTheTrailingSlash() {
		assertThat(this.close.get("me").status()).isEqualTo(200);
		assertThat(this.close.get("me/").status()).isEqualTo(200);
	}

	@Test
	void answersUnknownPathsWithNotFoundAndAnErrorBody() {
		SandboxClient.Response response = this.close.get("no_such_resource/");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.body().get("error").asString()).contains("no_such_resource");
	}

	@Test
	void answersABrokenBodyWithABadRequestInCloseShape() {
		SandboxClient.Response response = this.close.post("lead/", "{not json");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().get("errors")).isNotEmpty();
		assertThat(response.body().get("field-errors").isObject()).isTrue();
	}

}
