package closebatch.sandbox.resource;

import java.util.Map;

import closebatch.sandbox.SandboxClient;
import closebatch.sandbox.SandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opportunity statuses, as the Close docs' "Opportunity Statuses" pages and the OpenAPI
 * {@code /status/opportunity/} paths describe them: {@code {label, status_type:
 * active|won|lost, pipeline_id}}.
 */
class OpportunityStatusContractTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	private final SandboxClient close = sandbox.client();

	@Test
	void createsAStatusInTheFirstPipelineWhenNoneIsNamed() {
		String salesId = this.close.get("pipeline/").ok().at("/data/0/id").asString();

		ObjectNode status = this.close
			.post("status/opportunity/", Map.of("label", "Negotiation", "status_type", "active"))
			.ok();

		assertThat(status.get("id").asString()).startsWith("stat_");
		assertThat(status.get("label").asString()).isEqualTo("Negotiation");
		assertThat(status.get("status_type").asString()).isEqualTo("active");
		assertThat(status.get("pipeline_id").asString()).isEqualTo(salesId);
		assertThat(this.close.get("status/opportunity/").ok().get("data").findValuesAsString("label"))
			.containsExactly("Active", "Won", "Lost", "Negotiation");
	}

	@Test
	void createsAStatusInTheNamedPipeline() {
		String servicesId = this.close.post("pipeline/", Map.of("name", "Services")).ok().get("id").asString();

		ObjectNode status = this.close
			.post("status/opportunity/", Map.of("label", "Won", "status_type", "won", "pipeline_id", servicesId))
			.ok();

		assertThat(status.get("pipeline_id").asString()).isEqualTo(servicesId);
	}

	@Test
	void refusesADuplicateLabelWithinAPipeline() {
		SandboxClient.Response response = this.close.post("status/opportunity/",
				Map.of("label", "won", "status_type", "won"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().at("/field-errors/label").asString())
			.isEqualTo("This pipeline already has a status labelled \"won\".");
	}

	@Test
	void refusesAnUnknownTypeOrPipeline() {
		SandboxClient.Response badType = this.close.post("status/opportunity/",
				Map.of("label", "Maybe", "status_type", "pending"));
		SandboxClient.Response badPipeline = this.close.post("status/opportunity/",
				Map.of("label", "Maybe", "status_type", "active", "pipeline_id", "pipe_missing"));

		assertThat(badType.body().at("/field-errors/status_type").asString()).contains("'active', 'won' or 'lost'");
		assertThat(badPipeline.status()).isEqualTo(400);
		assertThat(badPipeline.body().at("/field-errors/pipeline_id").asString())
			.isEqualTo("Pipeline \"pipe_missing\" does not exist.");
	}

	@Test
	void renamesAStatusButDoesNotChangeItsType() {
		String activeId = this.close.get("status/opportunity/").ok().at("/data/0/id").asString();

		ObjectNode renamed = this.close.put("status/opportunity/" + activeId + "/", Map.of("label", "Open")).ok();
		SandboxClient.Response retyped = this.close.put("status/opportunity/" + activeId + "/",
				Map.of("status_type", "won"));

		assertThat(renamed.get("label").asString()).isEqualTo("Open");
		assertThat(retyped.status()).isEqualTo(400);
		assertThat(retyped.body().at("/field-errors/status_type").asString()).contains("cannot be changed");
	}

	/**
	 * OpenAPI {@code DELETE /status/opportunity/{id}/}: "You should make sure no
	 * opportunities are assigned this status, first."
	 */
	@Test
	void refusesToDeleteAStatusOpportunitiesStillHave() {
		String wonId = this.close.get("status/opportunity/").ok().at("/data/1/id").asString();
		this.close.post("opportunity/", Map.of("status_id", wonId)).ok();

		SandboxClient.Response response = this.close.delete("status/opportunity/" + wonId + "/");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().at("/errors/0").asString()).isEqualTo(
				"The status \"Won\" is used by 1 opportunity(ies). Move them to another status before deleting it.");
	}

	@Test
	void deletesAnUnusedStatus() {
		String lostId = this.close.get("status/opportunity/").ok().at("/data/2/id").asString();

		SandboxClient.Response response = this.close.delete("status/opportunity/" + lostId + "/");

		assertThat(response.status()).isEqualTo(200);
		assertThat(this.close.get("status/opportunity/" + lostId + "/").status()).isEqualTo(404);
		assertThat(this.close.get("status/opportunity/").ok().get("data")).hasSize(2);
	}

}
