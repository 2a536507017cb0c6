package closebatch.sandbox.resource;

import java.time.Instant;
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
 * {@code GET /opportunity/}, as the OpenAPI operation "List or filter opportunities"
 * describes it: filters, {@code _order_by}, paging with {@code total_results}, and the
 * aggregates about all matching objects.
 */
class OpportunityListContractTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	private final SandboxClient close = sandbox.client();

	@Test
	void pagesWithTotalResultsAndHasMore() {
		for (int i = 0; i < 3; i++) {
			this.close.post("opportunity/", Map.of("note", "Deal " + i)).ok();
		}

		ObjectNode first = this.close.get("opportunity/?_limit=2").ok();
		ObjectNode second = this.close.get("opportunity/?_limit=2&_skip=2").ok();

		assertThat(first.get("data")).hasSize(2);
		assertThat(first.get("has_more").asBoolean()).isTrue();
		assertThat(first.get("total_results").asInt()).isEqualTo(3);
		assertThat(second.get("data").findValuesAsString("note")).containsExactly("Deal 0");
		assertThat(second.get("has_more").asBoolean()).isFalse();
		assertThat(first.get("data").findValuesAsString("note")).containsExactly("Deal 2", "Deal 1");
	}

	@Test
	void refusesALimitAbove250() {
		SandboxClient.Response response = this.close.get("opportunity/?_limit=251");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().at("/field-errors/_limit").asString())
			.isEqualTo("Input should be less than or equal to 250");
	}

	/**
	 * "All opportunity list responses contain the following aggregate values about all
	 * the matching objects (regardless of pagination / limits)".
	 */
	@Test
	void aggregatesEveryMatchingOpportunityRegardlessOfPaging() {
		this.close.post("opportunity/", Map.of("value", 100000, "confidence", 50)).ok();
		this.close.post("opportunity/", Map.of("value", 20000, "value_period", "monthly", "confidence", 100)).ok();
		this.close.post("opportunity/", Map.of("value", 300000, "value_period", "annual")).ok();
		this.close.post("opportunity/", Map.of("value_period", "annual")).ok();

		ObjectNode list = this.close.get("opportunity/?_limit=1").ok();

		assertThat(list.get("total_results").asInt()).isEqualTo(4);
		assertThat(list.at("/count_by_value_period/one_time").asInt()).isEqualTo(1);
		assertThat(list.at("/count_by_value_period/monthly").asInt()).isEqualTo(1);
		assertThat(list.at("/count_by_value_period/annual").asInt()).isEqualTo(2);
		assertThat(list.get("total_value_one_time").asLong()).isEqualTo(100000);
		assertThat(list.get("total_value_monthly").asLong()).isEqualTo(20000);
		assertThat(list.get("total_value_annual").asLong()).isEqualTo(300000);
		assertThat(list.get("total_value_annualized").asLong()).isEqualTo(100000 + 240000 + 300000);
		assertThat(list.get("total_value_annualized_formatted").asString()).isEqualTo("$6,400");
		assertThat(list.get("expected_value_one_time").asLong()).isEqualTo(50000);
		assertThat(list.get("expected_value_monthly").asLong()).isEqualTo(20000);
		assertThat(list.get("expected_value_annual").asLong()).isZero();
		assertThat(list.get("expected_value_annualized").asLong()).isEqualTo(50000 + 240000);
	}

	@Test
	void filtersByLeadUserAndValuePeriod() {
		String leadId = this.close.post("lead/", Map.of("name", "Bluth")).ok().get("id").asString();
		String lucille = OpportunityContractTest.addUser(sandbox, "Lucille", "Two");
		this.close.post("opportunity/", Map.of("lead_id", leadId, "note", "on lead")).ok();
		this.close.post("opportunity/", Map.of("user_id", lucille, "value_period", "monthly", "note", "hers")).ok();
		this.close.post("opportunity/", Map.of("value_period", "annual", "note", "annual")).ok();

		assertThat(notes("opportunity/?lead_id=" + leadId)).containsExactly("on lead");
		assertThat(notes("opportunity/?user_id=" + lucille)).containsExactly("hers");
		assertThat(notes("opportunity/?value_period__in=monthly,annual")).containsExactly("annual", "hers");
	}

	@Test
	void filtersByStatusTypeLabelIdAndPipeline() {
		ObjectNode services = this.close
			.post("pipeline/",
					Map.of("name", "Services", "statuses", List.of(Map.of("label", "Open", "status_type", "active"))))
			.ok();
		this.close.post("opportunity/", Map.of("status", "Won", "note", "won")).ok();
		this.close.post("opportunity/", Map.of("status", "Lost", "note", "lost")).ok();
		String openId = this.close
			.post("opportunity/", Map.of("pipeline_id", services.get("id").asString(), "note", "services"))
			.ok()
			.get("status_id")
			.asString();

		assertThat(notes("opportunity/?status_type=won")).containsExactly("won");
		assertThat(notes("opportunity/?status_type__in=won,lost")).containsExactly("lost", "won");
		assertThat(notes("opportunity/?status_label=lost")).containsExactly("lost");
		assertThat(notes("opportunity/?status_id=" + openId)).containsExactly("services");
		assertThat(notes("opportunity/?pipeline_id=" + services.get("id").asString())).containsExactly("services");
	}

	@Test
	void refusesAnUnknownStatusTypeAndUnsupportedSearchParameters() {
		SandboxClient.Response badType = this.close.get("opportunity/?status_type=pending");
		SandboxClient.Response search = this.close.get("opportunity/?query=note:important");

		assertThat(badType.status()).isEqualTo(400);
		assertThat(badType.body().at("/field-errors/status_type").asString()).contains("active, lost, won");
		assertThat(search.status()).isEqualTo(400);
		assertThat(search.body().at("/field-errors/query").asString()).contains("does not support");
	}

	@Test
	void filtersByTheLeadsADeprecatedLeadQueryFinds() {
		String acme = this.close.post("lead/", Map.of("name", "Acme")).ok().get("id").asString();
		String bluth = this.close.post("lead/", Map.of("name", "Bluth")).ok().get("id").asString();
		this.close.post("opportunity/", Map.of("lead_id", acme, "note", "acme")).ok();
		this.close.post("opportunity/", Map.of("lead_id", bluth, "note", "bluth")).ok();

		assertThat(notes("opportunity/?lead_query=name:Acme")).containsExactly("acme");
		assertThat(notes("opportunity/?lead_query=name:Nobody")).isEmpty();
	}

	@Test
	void refusesTheSmartViewFilterAndGroupingByName() {
		for (String parameter : List.of("lead_saved_search_id=save_x", "_group_by=user_id")) {
			SandboxClient.Response response = this.close.get("opportunity/?" + parameter);

			assertThat(response.status()).isEqualTo(400);
			assertThat(response.body().at("/field-errors/" + parameter.split("=")[0]).asString())
				.contains("does not support");
		}
	}

	@Test
	void filtersByCreationDateAndDateWon() {
		this.close
			.post("opportunity/", Map.of("note", "old", "date_created", "2020-05-01T12:00:00+00:00", "status", "Won",
					"date_won", "2020-05-03"))
			.ok();
		this.close.post("opportunity/", Map.of("note", "new")).ok();
		String now = Instant.now().minusSeconds(3600).toString();

		assertThat(notes("opportunity/?date_created__lt=2021-01-01")).containsExactly("old");
		assertThat(notes("opportunity/?date_created__gt=" + now)).containsExactly("new");
		assertThat(notes("opportunity/?date_created=2020-05-01")).containsExactly("old");
		assertThat(notes("opportunity/?date_won__gte=2020-05-03&date_won__lte=2020-05-03")).containsExactly("old");
		assertThat(notes("opportunity/?date_won__gt=2020-05-03")).isEmpty();
	}

	@Test
	void ordersByValueEitherWayWithEmptyValuesLast() {
		this.close.post("opportunity/", Map.of("value", 300, "note", "300")).ok();
		this.close.post("opportunity/", Map.of("note", "none")).ok();
		this.close.post("opportunity/", Map.of("value", 100, "note", "100")).ok();

		assertThat(notes("opportunity/?_order_by=value")).containsExactly("100", "300", "none");
		assertThat(notes("opportunity/?_order_by=-value")).containsExactly("300", "100", "none");
		assertThat(this.close.get("opportunity/?_order_by=colour").status()).isEqualTo(400);
	}

	@Test
	void returnsOnlyTheFieldsAskedFor() {
		this.close.post("opportunity/", Map.of("note", "Selected", "value", 500)).ok();

		JsonNode item = this.close.get("opportunity/?_fields=id,note,value_formatted").ok().at("/data/0");

		assertThat(item.properties()).extracting(Map.Entry::getKey).containsExactly("id", "note", "value_formatted");
	}

	private List<String> notes(String path) {
		return this.close.get(path).ok().get("data").findValuesAsString("note");
	}

}
