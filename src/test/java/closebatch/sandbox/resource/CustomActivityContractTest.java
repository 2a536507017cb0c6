package closebatch.sandbox.resource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import closebatch.sandbox.SandboxClient;
import closebatch.sandbox.SandboxExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Custom activity instances ({@code /activity/custom/}): values validated by field type
 * as on leads, required fields enforced when published but not in a draft, historical
 * stamps kept, and the lists and filters of the OpenAPI document, also through
 * {@code /activity/}.
 */
class CustomActivityContractTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	private final SandboxClient close = sandbox.client();

	private String demo;

	private String leadId;

	@BeforeEach
	void givenADemoTypeAndALead() {
		this.demo = this.close.post("custom_activity/", Map.of("name", "Demo")).ok().get("id").asString();
		this.leadId = this.close.post("lead/", Map.of("name", "Acme", "contacts", List.of(Map.of("name", "Ann"))))
			.ok()
			.get("id")
			.asString();
	}

	private String field(String name, String type, boolean required) {
		return this.close
			.post("custom_field/activity/",
					Map.of("name", name, "type", type, "required", required, "custom_activity_type_id", this.demo))
			.ok()
			.get("id")
			.asString();
	}

	private SandboxClient.Response create(Map<String, Object> values) {
		Map<String, Object> body = new HashMap<>(values);
		body.putIfAbsent("lead_id", this.leadId);
		body.putIfAbsent("custom_activity_type_id", this.demo);
		return this.close.post("activity/custom/", body);
	}

	private String contactOf(String leadId) {
		return this.close.get("lead/" + leadId + "/").ok().at("/contacts/0/id").asString();
	}

	@Test
	void createsAPublishedActivityWithNormalisedValues() {
		String count = field("Attendees", "number", false);
		String when = field("When", "datetime", false);
		String notes = field("Notes", "textarea", false);

		ObjectNode activity = create(Map.of("custom." + count, "12", "custom." + when, "2024-05-01T10:00:00-02:00",
				"custom_fields", Map.of(notes, "Went well")))
			.ok();

		assertThat(activity.get("id").asString()).startsWith("acti_");
		assertThat(activity.get("_type").asString()).isEqualTo("CustomActivity");
		assertThat(activity.get("custom_activity_type_id").asString()).isEqualTo(this.demo);
		assertThat(activity.get("lead_id").asString()).isEqualTo(this.leadId);
		assertThat(activity.get("status").asString()).isEqualTo("published");
		assertThat(activity.get("pinned").asBoolean()).isFalse();
		assertThat(activity.get("custom." + count).asInt()).isEqualTo(12);
		assertThat(activity.get("custom." + when).asString()).isEqualTo("2024-05-01T12:00:00.000000+00:00");
		assertThat(activity.get("custom." + notes).asString()).isEqualTo("Went well");
		assertThat(activity.get("user_name").asString()).isEqualTo("Sandbox Admin");
	}

	@Test
	void refusesValuesOfTheWrongTypeUnknownFieldsAndFieldsOfAnotherType() {
		String count = field("Attendees", "number", false);
		String visit = this.close.post("custom_activity/", Map.of("name", "Visit")).ok().get("id").asString();
		String visitField = this.close
			.post("custom_field/activity/", Map.of("name", "Place", "type", "text", "custom_activity_type_id", visit))
			.ok()
			.get("id")
			.asString();

		JsonNode errors = create(
				Map.of("custom." + count, "many", "custom." + visitField, "Paris", "custom.cf_nope", "x"))
			.body()
			.get("field-errors");

		assertThat(errors.has("custom." + count)).isTrue();
		assertThat(errors.get("custom." + visitField).asString()).contains("does not exist");
		assertThat(errors.get("custom.cf_nope").asString()).isEqualTo("The Custom Field \"cf_nope\" does not exist.");
	}

	@Test
	void contactFieldsTakeOnlyContactsOfTheActivitysLeadAndUserFieldsAUser() {
		String attendee = field("Attendee", "contact", false);
		String host = field("Host", "user", false);
		String otherLead = this.close.post("lead/", Map.of("name", "Bluth", "contacts", List.of(Map.of("name", "Gob"))))
			.ok()
			.get("id")
			.asString();
		String adminId = this.close.get("me/").ok().get("id").asString();

		ObjectNode accepted = create(
				Map.of("custom." + attendee, contactOf(this.leadId), "custom." + host, "Sandbox Admin"))
			.ok();
		SandboxClient.Response stranger = create(Map.of("custom." + attendee, contactOf(otherLead)));
		SandboxClient.Response nobody = create(Map.of("custom." + host, "Nobody"));

		assertThat(accepted.get("custom." + host).asString()).isEqualTo(adminId);
		assertThat(stranger.body().at("/field-errors/custom." + attendee).asString()).contains("not a contact");
		assertThat(nobody.body().at("/field-errors/custom." + host).isString()).isTrue();
	}

	@Test
	void requiredFieldsAreNeededToPublishButNotForADraft() {
		String outcome = field("Outcome", "text", true);
		String region = this.close.post("custom_field/shared/", Map.of("name", "Region", "type", "text"))
			.ok()
			.get("id")
			.asString();
		this.close
			.post("custom_field/shared/" + region + "/association/",
					Map.of("object_type", "custom_activity_type", "custom_activity_type_id", this.demo, "required",
							true))
			.ok();

		JsonNode refused = create(Map.of()).body().get("field-errors");
		ObjectNode draft = create(Map.of("status", "draft")).ok();
		String path = "activity/custom/" + draft.get("id").asString() + "/";
		SandboxClient.Response stillMissing = this.close.put(path,
				Map.of("status", "published", "custom." + outcome, "Won"));
		ObjectNode published = this.close
			.put(path, Map.of("status", "published", "custom." + outcome, "Won", "custom." + region, "EMEA"))
			.ok();

		assertThat(refused.has("custom." + outcome)).isTrue();
		assertThat(refused.has("custom." + region)).isTrue();
		assertThat(draft.get("status").asString()).isEqualTo("draft");
		assertThat(stillMissing.body().at("/field-errors/custom." + region).isString()).isTrue();
		assertThat(published.get("status").asString()).isEqualTo("published");
		assertThat(published.get("custom." + region).asString()).isEqualTo("EMEA");
	}

	@Test
	void keepsHistoricalStampsAndRefusesUnknownKeysAndAMissingTypeOrLead() {
		String other = OrganizationSeed.addUser(sandbox.sandbox().store(), "Other", "User", "other@sandbox.invalid")
			.get("id")
			.asString();

		ObjectNode migrated = create(Map.of("date_created", "2019-03-04T05:06:07+00:00", "created_by", other,
				"activity_at", "2019-03-04T05:00:00+00:00"))
			.ok();
		JsonNode unknownKey = create(Map.of("colour", "red")).body().get("field-errors");
		JsonNode missing = this.close.post("activity/custom/", Map.of()).body().get("field-errors");
		SandboxClient.Response unknownType = create(Map.of("custom_activity_type_id", "actitype_nope"));

		assertThat(migrated.get("date_created").asString()).startsWith("2019-03-04T05:06:07");
		assertThat(migrated.get("created_by").asString()).isEqualTo(other);
		assertThat(migrated.get("activity_at").asString()).startsWith("2019-03-04T05:00:00");
		assertThat(unknownKey.has("colour")).isTrue();
		assertThat(missing.has("lead_id")).isTrue();
		assertThat(missing.has("custom_activity_type_id")).isTrue();
		assertThat(unknownType.body().at("/field-errors/custom_activity_type_id").asString()).contains("actitype_nope");
	}

	@Test
	void updatesAsAPatchUnsetsWithNullAndDeletes() {
		String outcome = field("Outcome", "text", false);
		String notes = field("Notes", "text", false);
		String id = create(Map.of("custom." + outcome, "Won", "custom." + notes, "Good")).ok().get("id").asString();
		Map<String, Object> unset = new HashMap<>();
		unset.put("custom." + notes, null);
		unset.put("pinned", true);

		ObjectNode updated = this.close.put("activity/custom/" + id + "/", unset).ok();
		SandboxClient.Response retyped = this.close.put("activity/custom/" + id + "/",
				Map.of("custom_activity_type_id", this.demo));
		SandboxClient.Response deleted = this.close.delete("activity/custom/" + id + "/");

		assertThat(updated.get("custom." + outcome).asString()).isEqualTo("Won");
		assertThat(updated.has("custom." + notes)).isFalse();
		assertThat(updated.get("pinned").asBoolean()).isTrue();
		assertThat(updated.get("pinned_at").isString()).isTrue();
		assertThat(retyped.status()).isEqualTo(400);
		assertThat(deleted.status()).isEqualTo(200);
		assertThat(this.close.get("activity/custom/" + id + "/").status()).isEqualTo(404);
	}

	@Test
	void listsAndFiltersByLeadTypeContactAndDate() {
		String visit = this.close.post("custom_activity/", Map.of("name", "Visit")).ok().get("id").asString();
		String ann = contactOf(this.leadId);
		String old = create(Map.of("date_created", "2019-01-01T00:00:00+00:00")).ok().get("id").asString();
		String recent = create(Map.of("contact_id", ann)).ok().get("id").asString();
		String visited = create(Map.of("custom_activity_type_id", visit)).ok().get("id").asString();
		String note = this.close.post("activity/note/", Map.of("lead_id", this.leadId, "note", "x"))
			.ok()
			.get("id")
			.asString();

		assertThat(ids("activity/custom/")).containsExactlyInAnyOrder(old, recent, visited);
		assertThat(ids("activity/custom/?lead_id=" + this.leadId + "&custom_activity_type_id=" + this.demo))
			.containsExactlyInAnyOrder(old, recent);
		assertThat(ids("activity/custom/?lead_id=" + this.leadId + "&custom_activity_type_id__in=" + visit))
			.containsExactly(visited);
		assertThat(ids("activity/custom/?contact_id=" + ann)).containsExactly(recent);
		assertThat(ids("activity/custom/?date_created__lt=2020-01-01")).containsExactly(old);
		assertThat(ids("activity/?lead_id=" + this.leadId + "&_type=Custom")).containsExactlyInAnyOrder(old, recent,
				visited);
		assertThat(ids("activity/?lead_id=" + this.leadId + "&_type__in=" + visit + ",Note"))
			.containsExactlyInAnyOrder(visited, note);
		assertThat(this.close.get("activity/custom/?custom_activity_type_id=" + this.demo)
			.body()
			.at("/field-errors/custom_activity_type_id")
			.asString()).contains("lead_id");
		assertThat(this.close.get("activity/custom/?opportunity_id=x").status()).isEqualTo(400);
	}

	private List<String> ids(String path) {
		return this.close.get(path).ok().get("data").valueStream().map(item -> item.get("id").asString()).toList();
	}

	@Test
	void customActivitiesFollowTheirLeadThroughAMerge() {
		String id = create(Map.of()).ok().get("id").asString();
		String destination = this.close.post("lead/", Map.of("name", "Acme Inc")).ok().get("id").asString();

		this.close.post("lead/merge/", Map.of("source", this.leadId, "destination", destination)).ok();

		assertThat(this.close.get("activity/custom/" + id + "/").ok().get("lead_id").asString()).isEqualTo(destination);
	}

}
