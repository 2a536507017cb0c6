package closebatch.sandbox.resource;

import java.util.Map;

import closebatch.sandbox.SandboxClient;
import closebatch.sandbox.SandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The activities Close logs by itself (OpenAPI: {@code /activity/status_change/lead/},
 * {@code /activity/status_change/opportunity/}, {@code /activity/task_completed/},
 * {@code /activity/lead_merge/}): each appears in its own list and in {@code /activity/},
 * and historical status changes can be imported without changing the object's status.
 */
class LoggedActivityContractTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	private final SandboxClient close = sandbox.client();

	private String lead(String name) {
		return this.close.post("lead/", Map.of("name", name)).ok().get("id").asString();
	}

	private JsonNode statuses(String path) {
		return this.close.get(path).ok().get("data");
	}

	private JsonNode data(String path) {
		return this.close.get(path).ok().get("data");
	}

	@Test
	void changingALeadsStatusLogsALeadStatusChange() {
		String leadId = lead("Acme");
		JsonNode statuses = statuses("status/lead/");
		String from = this.close.get("lead/" + leadId + "/").ok().get("status_id").asString();
		String to = statuses.get(1).get("id").asString();

		this.close.put("lead/" + leadId + "/", Map.of("status_id", to)).ok();
		this.close.put("lead/" + leadId + "/", Map.of("name", "Acme Inc", "status_id", to)).ok();

		JsonNode changes = data("activity/status_change/lead/?lead_id=" + leadId);
		assertThat(changes).hasSize(1);
		ObjectNode change = (ObjectNode) changes.get(0);
		assertThat(change.get("_type").asString()).isEqualTo("LeadStatusChange");
		assertThat(change.get("old_status_id").asString()).isEqualTo(from);
		assertThat(change.get("new_status_id").asString()).isEqualTo(to);
		assertThat(change.get("new_status_label").asString()).isEqualTo(statuses.get(1).get("label").asString());
		assertThat(change.get("user_name").asString()).isEqualTo("Sandbox Admin");
		assertThat(data("activity/?lead_id=" + leadId + "&_type=LeadStatusChange")).hasSize(1);
		assertThat(this.close.get("activity/status_change/lead/" + change.get("id").asString() + "/").ok())
			.isEqualTo(change);
	}

	@Test
	void changingAnOpportunitysStatusLogsAnOpportunityStatusChange() {
		String leadId = lead("Acme");
		JsonNode statuses = statuses("status/opportunity/");
		String won = statuses.valueStream()
			.filter(status -> status.get("status_type").asString().equals("won"))
			.findFirst()
			.orElseThrow()
			.get("id")
			.asString();
		String opportunityId = this.close.post("opportunity/", Map.of("lead_id", leadId, "value", 50000))
			.ok()
			.get("id")
			.asString();

		this.close.put("opportunity/" + opportunityId + "/", Map.of("status_id", won)).ok();

		JsonNode changes = data("activity/status_change/opportunity/?opportunity_id=" + opportunityId);
		assertThat(changes).hasSize(1);
		assertThat(changes.at("/0/_type").asString()).isEqualTo("OpportunityStatusChange");
		assertThat(changes.at("/0/lead_id").asString()).isEqualTo(leadId);
		assertThat(changes.at("/0/new_status_id").asString()).isEqualTo(won);
		assertThat(changes.at("/0/new_status_type").asString()).isEqualTo("won");
		assertThat(changes.at("/0/old_status_type").asString()).isEqualTo("active");
		assertThat(changes.at("/0/opportunity_value").asLong()).isEqualTo(50000);
		assertThat(data("activity/?lead_id=" + leadId + "&_type=OpportunityStatusChange")).hasSize(1);
		assertThat(data("activity/status_change/opportunity/?opportunity_id=oppo_other")).isEmpty();
	}

	@Test
	void completingATaskLogsATaskCompletedOnce() {
		String leadId = lead("Acme");
		String one = this.close.post("task/", Map.of("lead_id", leadId, "text", "Call back")).ok().get("id").asString();
		String two = this.close.post("task/", Map.of("lead_id", leadId, "text", "Send deck")).ok().get("id").asString();

		this.close.put("task/" + one + "/", Map.of("is_complete", true)).ok();
		this.close.put("task/" + one + "/", Map.of("is_complete", true)).ok();
		this.close.put("task/?id__in=" + two, Map.of("is_complete", true)).ok();

		JsonNode completed = data("activity/task_completed/?lead_id=" + leadId);
		assertThat(completed.findValuesAsString("task_id")).containsExactlyInAnyOrder(one, two);
		assertThat(completed.findValuesAsString("task_text")).containsExactlyInAnyOrder("Call back", "Send deck");
		assertThat(completed.at("/0/_type").asString()).isEqualTo("TaskCompleted");
		String id = completed.at("/0/id").asString();
		assertThat(this.close.delete("activity/task_completed/" + id + "/").status()).isEqualTo(200);
		assertThat(data("activity/?lead_id=" + leadId + "&_type=TaskCompleted")).hasSize(1);
	}

	@Test
	void mergingLeadsLogsALeadMergeOnTheDestination() {
		String source = lead("Acme");
		String destination = lead("Acme Inc");

		this.close.post("lead/merge/", Map.of("source", source, "destination", destination)).ok();

		JsonNode merges = data("activity/lead_merge/");
		assertThat(merges).hasSize(1);
		assertThat(merges.at("/0/_type").asString()).isEqualTo("LeadMerge");
		assertThat(merges.at("/0/lead_id").asString()).isEqualTo(destination);
		assertThat(merges.at("/0/source_lead_id").asString()).isEqualTo(source);
		assertThat(merges.at("/0/destination_lead_id").asString()).isEqualTo(destination);
		assertThat(data("activity/?lead_id=" + destination + "&_type=LeadMerge")).hasSize(1);
		String path = "activity/lead_merge/" + merges.at("/0/id").asString() + "/";
		assertThat(this.close.get(path).status()).isEqualTo(200);
		assertThat(this.close.delete(path).status()).isEqualTo(405);
		assertThat(this.close.post("activity/lead_merge/", Map.of()).status()).isEqualTo(405);
	}

	@Test
	void importsHistoricalStatusChangesWithoutChangingTheStatus() {
		String leadId = lead("Acme");
		ObjectNode lead = this.close.get("lead/" + leadId + "/").ok();
		JsonNode statuses = statuses("status/lead/");
		String old = statuses.get(1).get("id").asString();
		String opportunityId = this.close.post("opportunity/", Map.of("lead_id", leadId)).ok().get("id").asString();
		String opportunityStatus = this.close.get("opportunity/" + opportunityId + "/")
			.ok()
			.get("status_id")
			.asString();
		String lost = statuses("status/opportunity/").valueStream()
			.filter(status -> status.get("status_type").asString().equals("lost"))
			.findFirst()
			.orElseThrow()
			.get("id")
			.asString();

		ObjectNode leadChange = this.close
			.post("activity/status_change/lead/", Map.of("lead_id", leadId, "old_status_id", old, "new_status_id",
					lead.get("status_id").asString(), "date_created", "2019-05-06T07:08:09+00:00"))
			.ok();
		ObjectNode opportunityChange = this.close
			.post("activity/status_change/opportunity/", Map.of("opportunity_id", opportunityId, "new_status_id", lost))
			.ok();
		JsonNode refused = this.close
			.post("activity/status_change/lead/", Map.of("lead_id", leadId, "new_status_id", "stat_nope", "x", 1))
			.body()
			.get("field-errors");

		assertThat(leadChange.get("date_created").asString()).startsWith("2019-05-06T07:08:09");
		assertThat(leadChange.get("old_status_id").asString()).isEqualTo(old);
		assertThat(opportunityChange.get("new_status_type").asString()).isEqualTo("lost");
		assertThat(opportunityChange.get("lead_id").asString()).isEqualTo(leadId);
		assertThat(this.close.get("lead/" + leadId + "/").ok().get("status_id")).isEqualTo(lead.get("status_id"));
		assertThat(this.close.get("opportunity/" + opportunityId + "/").ok().get("status_id").asString())
			.isEqualTo(opportunityStatus);
		assertThat(refused.has("new_status_id")).isTrue();
		assertThat(refused.has("x")).isTrue();
		assertThat(this.close.delete("activity/status_change/lead/" + leadChange.get("id").asString() + "/").status())
			.isEqualTo(200);
		assertThat(this.close.put("activity/status_change/lead/" + leadChange.get("id").asString() + "/", Map.of())
			.status()).isEqualTo(405);
	}

	@Test
	void aStatusChangeIsNotFoundThroughAnotherTypesEndpoint() {
		String leadId = lead("Acme");
		String noteId = this.close.post("activity/note/", Map.of("lead_id", leadId, "note", "x"))
			.ok()
			.get("id")
			.asString();

		assertThat(this.close.get("activity/status_change/lead/" + noteId + "/").status()).isEqualTo(404);
		assertThat(this.close.get("activity/task_completed/" + noteId + "/").status()).isEqualTo(404);
		assertThat(data("activity/lead_merge/")).isEmpty();
	}

}
