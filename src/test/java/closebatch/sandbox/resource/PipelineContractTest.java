package closebatch.sandbox.resource;

import java.util.List;
import java.util.Map;

import closebatch.sandbox.SandboxClient;
import closebatch.sandbox.SandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pipelines, as the Close docs' "Pipelines" pages and the OpenAPI {@code /pipeline/}
 * paths describe them: named, ordered groups of opportunity statuses.
 */
class PipelineContractTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	private final SandboxClient close = sandbox.client();

	@Test
	void aNewOrganizationHasTheSalesPipelineWithActiveWonAndLost() {
		ObjectNode list = this.close.get("pipeline/").ok();

		assertThat(list.get("data")).hasSize(1);
		JsonNode sales = list.at("/data/0");
		assertThat(sales.get("id").asString()).startsWith("pipe_");
		assertThat(sales.get("name").asString()).isEqualTo("Sales");
		assertThat(sales.get("statuses").findValuesAsString("label")).containsExactly("Active", "Won", "Lost");
		assertThat(sales.get("statuses").findValuesAsString("status_type")).containsExactly("active", "won", "lost");
		assertThat(sales.has("status_order")).isFalse();
	}

	/** OpenAPI: {@code POST /pipeline/} answers 201. */
	@Test
	void createsAPipelineWithItsInitialStatusesAndAnswers201() {
		SandboxClient.Response created = this.close.post("pipeline/",
				Map.of("name", "Professional Services", "statuses",
						List.of(Map.of("label", "Scoping", "status_type", "active"),
								Map.of("label", "Signed", "status_type", "won"))));

		assertThat(created.status()).isEqualTo(201);
		JsonNode pipeline = created.body();
		assertThat(pipeline.get("name").asString()).isEqualTo("Professional Services");
		assertThat(pipeline.at("/statuses/0/label").asString()).isEqualTo("Scoping");
		assertThat(pipeline.at("/statuses/1/pipeline_id").asString()).isEqualTo(pipeline.get("id").asString());
		assertThat(this.close.get("pipeline/" + pipeline.get("id").asString() + "/").ok().get("name").asString())
			.isEqualTo("Professional Services");
		assertThat(this.close.get("status/opportunity/").ok().get("data")).hasSize(5);
	}

	@Test
	void refusesAPipelineWithoutAName() {
		SandboxClient.Response response = this.close.post("pipeline/", Map.of("statuses", List.of()));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().at("/field-errors/name").asString()).isEqualTo("This field is required.");
	}

	@Test
	void refusesNewStatusesWithAnUnknownTypeNamingTheItem() {
		SandboxClient.Response response = this.close.post("pipeline/",
				Map.of("name", "Renewals", "statuses", List.of(Map.of("label", "Open", "status_type", "pending"))));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().at("/field-errors/statuses/errors/0/field-errors/status_type").asString())
			.contains("'active', 'won' or 'lost'");
		assertThat(this.close.get("pipeline/").ok().get("data")).hasSize(1);
	}

	/** Docs, "Update a Pipeline": rename, and reorder the statuses within it. */
	@Test
	void renamesAPipelineAndReordersItsStatuses() {
		JsonNode sales = this.close.get("pipeline/").ok().at("/data/0");
		List<String> ids = sales.get("statuses").findValuesAsString("id");

		ObjectNode updated = this.close
			.put("pipeline/" + sales.get("id").asString() + "/",
					Map.of("name", "New Business", "statuses",
							List.of(Map.of("id", ids.get(2)), Map.of("id", ids.get(0)), Map.of("id", ids.get(1)))))
			.ok();

		assertThat(updated.get("name").asString()).isEqualTo("New Business");
		assertThat(updated.get("statuses").findValuesAsString("label")).containsExactly("Lost", "Active", "Won");
		assertThat(this.close.get("status/opportunity/").ok().get("data").findValuesAsString("label"))
			.containsExactly("Lost", "Active", "Won");
	}

	@Test
	void refusesAReorderThatLeavesOutAStatus() {
		JsonNode sales = this.close.get("pipeline/").ok().at("/data/0");
		List<String> ids = sales.get("statuses").findValuesAsString("id");

		SandboxClient.Response response = this.close.put("pipeline/" + sales.get("id").asString() + "/",
				Map.of("statuses", List.of(Map.of("id", ids.get(1)), Map.of("id", ids.get(0)))));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().at("/field-errors/statuses").asString()).contains("missing: Lost");
	}

	/**
	 * Docs, "Update a Pipeline": a status of another pipeline listed by id moves into
	 * this one, with its opportunities.
	 */
	@Test
	void movesAStatusFromAnotherPipelineWithItsOpportunities() {
		JsonNode sales = this.close.get("pipeline/").ok().at("/data/0");
		String wonId = sales.at("/statuses/1/id").asString();
		String opportunityId = this.close.post("opportunity/", Map.of("status_id", wonId)).ok().get("id").asString();
		ObjectNode services = this.close
			.post("pipeline/",
					Map.of("name", "Services", "statuses", List.of(Map.of("label", "Open", "status_type", "active"))))
			.ok();

		ObjectNode updated = this.close.put("pipeline/" + services.get("id").asString() + "/", Map.of("statuses",
				List.of(Map.of("id", services.at("/statuses/0/id").asString()), Map.of("id", wonId))))
			.ok();

		assertThat(updated.get("statuses").findValuesAsString("label")).containsExactly("Open", "Won");
		assertThat(this.close.get("pipeline/" + sales.get("id").asString() + "/")
			.ok()
			.get("statuses")
			.findValuesAsString("label")).containsExactly("Active", "Lost");
		ObjectNode opportunity = this.close.get("opportunity/" + opportunityId + "/").ok();
		assertThat(opportunity.get("pipeline_name").asString()).isEqualTo("Services");
	}

	/**
	 * OpenAPI {@code DELETE /pipeline/{id}/}: "Deletion is only allowed if the Pipeline
	 * doesn't contain any Opportunity Statuses"; success is 204.
	 */
	@Test
	void deletesOnlyAPipelineWithoutStatusesAndAnswers204() {
		String salesId = this.close.get("pipeline/").ok().at("/data/0/id").asString();
		ObjectNode empty = this.close.post("pipeline/", Map.of("name", "Empty")).ok();

		SandboxClient.Response refused = this.close.delete("pipeline/" + salesId + "/");
		SandboxClient.Response deleted = this.close.delete("pipeline/" + empty.get("id").asString() + "/");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().at("/errors/0").asString()).contains("\"Sales\" still has 3 status(es)");
		assertThat(deleted.status()).isEqualTo(204);
		assertThat(deleted.body()).isNull();
		assertThat(this.close.get("pipeline/" + empty.get("id").asString() + "/").status()).isEqualTo(404);
	}

}
