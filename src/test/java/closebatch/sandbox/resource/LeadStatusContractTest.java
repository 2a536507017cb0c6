package closebatch.sandbox.resource;

import java.util.Map;

import closebatch.sandbox.SandboxClient;
import closebatch.sandbox.SandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lead statuses (docs/003 "Lead Statuses": "make sure no leads are assigned this status,
 * first").
 */
class LeadStatusContractTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	private final SandboxClient close = sandbox.client();

	@Test
	void aNewOrganizationHasTheDefaultStatusesInOrder() {
		assertThat(this.close.get("status/lead/").ok().get("data").findValuesAsString("label"))
			.containsExactly("Potential", "Bad Fit", "Qualified", "Customer");
	}

	@Test
	void createsRenamesAndDeletesAStatus() {
		String id = this.close.post("status/lead/", Map.of("label", "Nurture")).ok().get("id").asString();

		assertThat(id).startsWith("stat_");
		assertThat(this.close.put("status/lead/" + id + "/", Map.of("label", "Nurturing")).ok().get("label").asString())
			.isEqualTo("Nurturing");
		assertThat(this.close.post("status/lead/", Map.of("label", "nurturing")).status()).isEqualTo(400);
		assertThat(this.close.delete("status/lead/" + id + "/").ok()).isEmpty();
		assertThat(this.close.get("status/lead/").ok().get("data")).hasSize(4);
	}

	@Test
	void refusesToDeleteAStatusThatLeadsStillHave() {
		String id = this.close.post("status/lead/", Map.of("label", "Nurture")).ok().get("id").asString();
		String leadId = this.close.post("lead/", Map.of("name", "Acme", "status_id", id)).ok().get("id").asString();

		SandboxClient.Response refused = this.close.delete("status/lead/" + id + "/");
		this.close.put("lead/" + leadId + "/", Map.of("status", "Customer")).ok();

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().get("errors").get(0).asString()).contains("1 lead");
		assertThat(this.close.delete("status/lead/" + id + "/").status()).isEqualTo(200);
	}

}
