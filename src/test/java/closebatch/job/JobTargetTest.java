package closebatch.job;

import java.util.List;

import closebatch.close.ApiKey;
import closebatch.close.CloseClient;
import closebatch.close.CloseTarget;
import closebatch.sandbox.SandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** What the checkpoint knows a target as. */
class JobTargetTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	@Test
	void aTargetIsItsBaseUrlAndTheOrganizationOfItsKeysNeverTheKey() {
		JobTarget target = JobTarget.of(CloseClient
			.builder(CloseTarget.of(sandbox.baseUrl().toString()), List.of(ApiKey.of(SandboxExtension.API_KEY)))
			.build());
		String organization = sandbox.client().get("me/").ok().path("organizations").path(0).path("id").asString();

		assertThat(target.identity()).isEqualTo(sandbox.baseUrl() + "#" + organization)
			.doesNotContain(SandboxExtension.API_KEY);
		assertThat(target.embedded()).isFalse();
	}

}
