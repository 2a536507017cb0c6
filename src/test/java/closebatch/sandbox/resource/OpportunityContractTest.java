package closebatch.sandbox.resource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
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
 * Creating, reading, updating and deleting opportunities, as the OpenAPI
 * {@code /opportunity/} paths, the {@code Opportunity} and {@code CreateOpportunity}
 * schemas and NOTES §4 "Opportunity" describe them.
 */
class OpportunityContractTest {

	/** The {@code required} list of the OpenAPI {@code Opportunity} schema. */
	static final List<String> REQUIRED = List.of("annualized_expected_value", "annualized_value", "confidence",
			"contact_id", "created_by", "date_created", "date_lost", "date_updated", "date_won", "expected_value", "id",
			"lead_id", "note", "organization_id", "status_id", "updated_by", "user_id", "value", "value_period");

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	private final SandboxClient close = sandbox.client();

	@Test
	void rendersEveryRequiredPropertyAndTheNamesOfWhatItRefersTo() {
		ObjectNode lead = this.close
			.post("lead/", Map.of("name", "Bluth Company", "contacts", List.of(Map.of("name", "Gob Bluth"))))
			.ok();
		String contactId = lead.at("/contacts/0/id").asString();

		ObjectNode opportunity = this.close
			.post("opportunity/",
					Map.of("lead_id", lead.get("id").asString(), "contact_id", contactId, "note", "Banana stand",
							"value", 50000, "confidence", 75))
			.ok();

		assertThat(opportunity.properties()).extracting(Map.Entry::getKey).containsAll(REQUIRED);
		assertThat(opportunity.get("id").asString()).startsWith("oppo_");
		assertThat(opportunity.get("lead_name").asString()).isEqualTo("Bluth Company");
		assertThat(opportunity.get("contact_name").asString()).isEqualTo("Gob Bluth");
		assertThat(opportunity.get("user_name").asString()).isEqualTo("Sandbox Admin");
		assertThat(opportunity.get("created_by_name").asString()).isEqualTo("Sandbox Admin");
		assertThat(opportunity.get("status_label").asString()).isEqualTo("Active");
		assertThat(opportunity.get("status_display_name").asString()).isEqualTo("Active");
		assertThat(opportunity.get("status_type").asString()).isEqualTo("active");
		assertThat(opportunity.get("pipeline_name").asString()).isEqualTo("Sales");
		assertThat(opportunity.get("pipeline_id").asString()).startsWith("pipe_");
		assertThat(opportunity.get("value_period").asString()).isEqualTo("one_time");
		assertThat(opportunity.get("value_currency").asString()).isEqualTo("USD");
		assertThat(opportunity.get("value_formatted").asString()).isEqualTo("$500");
		assertThat(opportunity.get("date_won").isNull()).isTrue();
		assertThat(opportunity.get("date_lost").isNull()).isTrue();
		assertThat(opportunity.get("integration_links").isArray()).isTrue();
	}

	/**
	 * OpenAPI {@code POST /opportunity/}: "If you do not provide a lead_id then a new
	 * lead will be created (appearing as "Untitled" in the UI)."
	 */
	@Test
	void createsANamelessLeadWhenNoLeadIsGiven() {
		ObjectNode opportunity = this.close.post("opportunity/", Map.of("note", "Walk-in")).ok();

		ObjectNode lead = this.close.get("lead/" + opportunity.get("lead_id").asString() + "/").ok();
		assertThat(lead.get("name").isNull()).isTrue();
		assertThat(lead.at("/opportunities/0/id").asString()).isEqualTo(opportunity.get("id").asString());
		assertThat(lead.at("/opportunities/0/status_label").asString()).isEqualTo("Active");
	}

	@Test
	void refusesAnUnknownLead() {
		SandboxClient.Response response = this.close.post("opportunity/", Map.of("lead_id", "lead_missing"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().at("/field-errors/lead_id").asString())
			.isEqualTo("Lead \"lead_missing\" does not exist.");
		assertThat(this.close.get("lead/").ok().get("data")).isEmpty();
	}

	/**
	 * {@code CreateOpportunity.pipeline_id}: "When supplied without status_id, the
	 * opportunity will be created with the first available status of that pipeline."
	 */
	@Test
	void takesTheFirstStatusOfTheNamedPipeline() {
		ObjectNode services = this.close.post("pipeline/", Map.of("name", "Services", "statuses", List
			.of(Map.of("label", "Scoping", "status_type", "active"), Map.of("label", "Signed", "status_type", "won"))))
			.ok();

		ObjectNode opportunity = this.close.post("opportunity/", Map.of("pipeline_id", services.get("id").asString()))
			.ok();

		assertThat(opportunity.get("status_label").asString()).isEqualTo("Scoping");
		assertThat(opportunity.get("pipeline_name").asString()).isEqualTo("Services");
	}

	/**
	 * {@code CreateOpportunity.pipeline_id}: "the status must belong to the specified
	 * pipeline or a 400 error will be returned. If the pipeline does not exist, a 400
	 * error will be returned."
	 */
	@Test
	void refusesAStatusOutsideThePipelineAndAnUnknownPipeline() {
		String wonId = this.close.get("status/opportunity/").ok().at("/data/1/id").asString();
		String servicesId = this.close.post("pipeline/", Map.of("name", "Services")).ok().get("id").asString();

		SandboxClient.Response outside = this.close.post("opportunity/",
				Map.of("status_id", wonId, "pipeline_id", servicesId));
		SandboxClient.Response unknownPipeline = this.close.post("opportunity/", Map.of("pipeline_id", "pipe_x"));
		SandboxClient.Response unknownStatus = this.close.post("opportunity/", Map.of("status_id", "stat_x"));

		assertThat(outside.status()).isEqualTo(400);
		assertThat(outside.body().at("/field-errors/status_id").asString()).contains("is not in pipeline");
		assertThat(unknownPipeline.body().at("/field-errors/pipeline_id").asString())
			.isEqualTo("Pipeline \"pipe_x\" does not exist.");
		assertThat(unknownStatus.body().at("/field-errors/status_id").asString()).contains("does not exist");
	}

	/** NOTES §4: the {@code status} label is deprecated since 2019-10-31, still read. */
	@Test
	void acceptsTheDeprecatedStatusLabel() {
		ObjectNode opportunity = this.close.post("opportunity/", Map.of("status", "lost")).ok();

		assertThat(opportunity.get("status_label").asString()).isEqualTo("Lost");
		assertThat(opportunity.get("status_type").asString()).isEqualTo("lost");
	}

	/**
	 * OpenAPI "List or filter opportunities": annualized values multiply monthly values
	 * by 12; expected values multiply by the confidence.
	 */
	@Test
	void derivesAnnualizedAndExpectedValuesFromValuePeriodAndConfidence() {
		ObjectNode monthly = this.close
			.post("opportunity/", Map.of("value", 50000, "value_period", "monthly", "confidence", 50))
			.ok();
		ObjectNode annual = this.close
			.post("opportunity/", Map.of("value", 1200050, "value_period", "annual", "confidence", 10))
			.ok();

		assertThat(monthly.get("annualized_value").asLong()).isEqualTo(600000);
		assertThat(monthly.get("expected_value").asLong()).isEqualTo(25000);
		assertThat(monthly.get("annualized_expected_value").asLong()).isEqualTo(300000);
		assertThat(annual.get("annualized_value").asLong()).isEqualTo(1200050);
		assertThat(annual.get("expected_value").asLong()).isEqualTo(120005);
		assertThat(annual.get("value_formatted").asString()).isEqualTo("$12,000.50");
	}

	@Test
	void leavesDerivedValuesEmptyWithoutAValue() {
		ObjectNode opportunity = this.close.post("opportunity/", Map.of("confidence", 80)).ok();

		assertThat(opportunity.get("value").isNull()).isTrue();
		assertThat(opportunity.get("annualized_value").isNull()).isTrue();
		assertThat(opportunity.get("expected_value").isNull()).isTrue();
		assertThat(opportunity.get("value_formatted").isNull()).isTrue();
	}

	@Test
	void refusesValuesOutsideTheirRangeNamingTheField() {
		Map<String, Object> input = new HashMap<>();
		input.put("value", 10.5);
		input.put("confidence", 101);
		input.put("value_period", "weekly");

		SandboxClient.Response response = this.close.post("opportunity/", input);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().at("/field-errors/value").asString()).contains("fractional part");
		assertThat(response.body().at("/field-errors/confidence").asString())
			.isEqualTo("Input should be less than or equal to 100");
		assertThat(response.body().at("/field-errors/value_period").asString())
			.isEqualTo("Input should be 'one_time', 'monthly' or 'annual'");
	}

	/**
	 * OpenAPI {@code PUT /opportunity/{id}/}: date_won "will be set automatically to
	 * today's date when setting status_id to a status with type won. The x-tz-offset
	 * header ... will be taken into account."
	 */
	@Test
	void fillsDateWonWithTodayInTheCallersTimezone() {
		String id = this.close.post("opportunity/", Map.of()).ok().get("id").asString();
		String wonId = this.close.get("status/opportunity/").ok().at("/data/1/id").asString();
		LocalDate before = LocalDate.ofInstant(Instant.now(), ZoneOffset.ofHours(14));

		JsonNode won = this.close
			.send("PUT", "opportunity/" + id + "/", Map.of("status_id", wonId), Map.of("x-tz-offset", "14"))
			.body();

		LocalDate after = LocalDate.ofInstant(Instant.now(), ZoneOffset.ofHours(14));
		assertThat(won.get("date_won").asString()).isIn(before.toString(), after.toString());
		assertThat(won.get("date_lost").isNull()).isTrue();
	}

	@Test
	void keepsAGivenDateWonAndKeepsDateWonWhenTheOpportunityLeavesWon() {
		String wonId = this.close.get("status/opportunity/").ok().at("/data/1/id").asString();
		String activeId = this.close.get("status/opportunity/").ok().at("/data/0/id").asString();
		String id = this.close.post("opportunity/", Map.of("status_id", wonId, "date_won", "2019-03-04T10:00:00"))
			.ok()
			.get("id")
			.asString();

		ObjectNode reverted = this.close.put("opportunity/" + id + "/", Map.of("status_id", activeId)).ok();

		assertThat(reverted.get("date_won").asString()).isEqualTo("2019-03-04");
		assertThat(reverted.get("status_type").asString()).isEqualTo("active");
	}

	@Test
	void fillsDateLostWhenALostStatusIsSetAndKeepsAGivenOne() {
		ObjectNode lost = this.close.post("opportunity/", Map.of("status", "Lost")).ok();
		ObjectNode historical = this.close
			.post("opportunity/", Map.of("status", "Lost", "date_lost", "2020-01-02T03:04:05+00:00"))
			.ok();

		assertThat(Instant.parse(lost.get("date_lost").asString().replace("+00:00", "Z")))
			.isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(1));
		assertThat(historical.get("date_lost").asString()).isEqualTo("2020-01-02T03:04:05.000000+00:00");
	}

	@Test
	void refusesAContactOfAnotherLead() {
		ObjectNode lead = this.close.post("lead/", Map.of("name", "Sitwell")).ok();
		ObjectNode other = this.close.post("lead/", Map.of("name", "Bluth", "contacts", List.of(Map.of("name", "Gob"))))
			.ok();

		SandboxClient.Response response = this.close.post("opportunity/",
				Map.of("lead_id", lead.get("id").asString(), "contact_id", other.at("/contacts/0/id").asString()));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().at("/field-errors/contact_id").asString()).contains("is not a contact of lead");
	}

	@Test
	void assignsTheCallerUnlessAnotherUserIsNamed() {
		String lucille = addUser(sandbox, "Lucille", "Bluth");

		ObjectNode mine = this.close.post("opportunity/", Map.of()).ok();
		ObjectNode hers = this.close.post("opportunity/", Map.of("user_id", lucille)).ok();
		SandboxClient.Response unknown = this.close.post("opportunity/", Map.of("user_id", "user_missing"));

		assertThat(mine.get("user_name").asString()).isEqualTo("Sandbox Admin");
		assertThat(hers.get("user_id").asString()).isEqualTo(lucille);
		assertThat(hers.get("user_name").asString()).isEqualTo("Lucille Bluth");
		assertThat(unknown.body().at("/field-errors/user_id").asString()).contains("does not exist");
	}

	/** OpenAPI {@code POST /opportunity/}: {@code custom.FIELD_ID} sets custom fields. */
	@Test
	void storesCustomFieldValuesAndUnsetsThemWithNull() {
		String fieldId = this.close.post("custom_field/opportunity/", Map.of("name", "Source", "type", "text"))
			.ok()
			.get("id")
			.asString();
		String id = this.close.post("opportunity/", Map.of("custom." + fieldId, "Referral")).ok().get("id").asString();
		Map<String, Object> unset = new HashMap<>();
		unset.put("custom." + fieldId, null);

		ObjectNode stored = this.close.get("opportunity/" + id + "/").ok();
		ObjectNode cleared = this.close.put("opportunity/" + id + "/", unset).ok();

		assertThat(stored.get("custom." + fieldId).asString()).isEqualTo("Referral");
		assertThat(cleared.has("custom." + fieldId)).isFalse();
	}

	@Test
	void updatesOnlyTheFieldsSentAndMovesToAnotherLead() {
		ObjectNode opportunity = this.close.post("opportunity/", Map.of("note", "First", "value", 1000)).ok();
		String otherLead = this.close.post("lead/", Map.of("name", "Other")).ok().get("id").asString();

		ObjectNode updated = this.close
			.put("opportunity/" + opportunity.get("id").asString() + "/",
					Map.of("confidence", 40, "lead_id", otherLead))
			.ok();

		assertThat(updated.get("note").asString()).isEqualTo("First");
		assertThat(updated.get("value").asLong()).isEqualTo(1000);
		assertThat(updated.get("confidence").asInt()).isEqualTo(40);
		assertThat(updated.get("lead_name").asString()).isEqualTo("Other");
		assertThat(this.close.get("lead/" + otherLead + "/").ok().get("opportunities")).hasSize(1);
	}

	@Test
	void deletesAnOpportunity() {
		String id = this.close.post("opportunity/", Map.of()).ok().get("id").asString();

		SandboxClient.Response deleted = this.close.delete("opportunity/" + id + "/");

		assertThat(deleted.status()).isEqualTo(200);
		assertThat(deleted.body().isEmpty()).isTrue();
		assertThat(this.close.get("opportunity/" + id + "/").status()).isEqualTo(404);
	}

	@Test
	void goesWithItsLeadWhenTheLeadIsDeleted() {
		ObjectNode opportunity = this.close.post("opportunity/", Map.of()).ok();

		this.close.delete("lead/" + opportunity.get("lead_id").asString() + "/").ok();

		assertThat(this.close.get("opportunity/" + opportunity.get("id").asString() + "/").status()).isEqualTo(404);
	}

	/** Adds a member through the sandbox's control {@code POST /_sandbox/users/}. */
	static String addUser(SandboxExtension extension, String first, String last) {
		SandboxClient control = SandboxClient.withAuthorization(extension.sandbox().controlUrl(), null);
		return control.post("users/", Map.of("first_name", first, "last_name", last)).ok().at("/user/id").asString();
	}

}
