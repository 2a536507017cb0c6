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
 * Custom activity types ({@code /custom_activity/}), their activity custom fields
 * ({@code /custom_field/activity/}), the shared fields associated with them and their
 * custom field schema, as the docs' "Custom Activities" and "Custom Fields" sections and
 * Close's OpenAPI document describe them.
 */
class CustomActivityTypeContractTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	private final SandboxClient close = sandbox.client();

	private String activityType(String name) {
		return this.close.post("custom_activity/", Map.of("name", name)).ok().get("id").asString();
	}

	private String activityField(String typeId, Map<String, Object> body) {
		ObjectNode input = closebatch.sandbox.http.Json.MAPPER.valueToTree(body);
		input.put("custom_activity_type_id", typeId);
		return this.close.post("custom_field/activity/", input).ok().get("id").asString();
	}

	@Test
	void createsATypeWithItsDefaultsAndAnswers201() {
		SandboxClient.Response created = this.close.post("custom_activity/",
				Map.of("name", "Demo", "description", "A product demo", "api_create_only", true));

		assertThat(created.status()).isEqualTo(201);
		ObjectNode type = created.ok();
		assertThat(type.get("id").asString()).startsWith("actitype_");
		assertThat(type.get("name").asString()).isEqualTo("Demo");
		assertThat(type.get("description").asString()).isEqualTo("A product demo");
		assertThat(type.get("api_create_only").asBoolean()).isTrue();
		assertThat(type.get("editable_with_roles").isArray()).isTrue();
		assertThat(type.get("is_archived").asBoolean()).isFalse();
		assertThat(type.get("fields").isEmpty()).isTrue();
		assertThat(type.get("organization_id").asString()).startsWith("orga_");
		assertThat(type.get("created_by").asString()).startsWith("user_");
	}

	@Test
	void refusesAMissingOrDuplicateNameAndUnknownKeys() {
		activityType("Demo");

		assertThat(this.close.post("custom_activity/", Map.of("description", "x"))
			.body()
			.at("/field-errors/name")
			.isString()).isTrue();
		assertThat(
				this.close.post("custom_activity/", Map.of("name", "Demo")).body().at("/field-errors/name").asString())
			.contains("already exists");
		assertThat(this.close.post("custom_activity/", Map.of("name", "Call", "colour", "red"))
			.body()
			.at("/field-errors/colour")
			.isString()).isTrue();
	}

	@Test
	void listsGetsUpdatesAndDeletesTypes() {
		String demo = activityType("Demo");
		activityType("Visit");

		JsonNode list = this.close.get("custom_activity/").ok();
		ObjectNode updated = this.close
			.put("custom_activity/" + demo + "/", Map.of("name", "Product demo", "is_archived", true))
			.ok();
		SandboxClient.Response deleted = this.close.delete("custom_activity/" + demo + "/");

		assertThat(list.get("data")).hasSize(2);
		assertThat(updated.get("name").asString()).isEqualTo("Product demo");
		assertThat(updated.get("is_archived").asBoolean()).isTrue();
		assertThat(deleted.status()).isEqualTo(204);
		assertThat(this.close.get("custom_activity/" + demo + "/").status()).isEqualTo(404);
		assertThat(this.close.get("custom_activity/").ok().get("data")).hasSize(1);
	}

	@Test
	void aTypeListsItsOwnAndSharedFieldsWithRequiredAndIsShared() {
		String demo = activityType("Demo");
		String other = activityType("Visit");
		String outcome = activityField(demo,
				Map.of("name", "Outcome", "type", "choices", "choices", List.of("Won", "Lost"), "required", true));
		activityField(other, Map.of("name", "Outcome", "type", "text"));
		String region = this.close.post("custom_field/shared/", Map.of("name", "Region", "type", "text"))
			.ok()
			.get("id")
			.asString();
		SandboxClient.Response association = this.close.post("custom_field/shared/" + region + "/association/",
				Map.of("object_type", "custom_activity_type", "custom_activity_type_id", demo, "required", true));

		ObjectNode type = this.close.get("custom_activity/" + demo + "/").ok();

		assertThat(association.status()).isEqualTo(201);
		assertThat(association.body().get("custom_activity_type_id").asString()).isEqualTo(demo);
		assertThat(type.get("fields")).hasSize(2);
		assertThat(type.at("/fields/0/id").asString()).isEqualTo(outcome);
		assertThat(type.at("/fields/0/is_shared").asBoolean()).isFalse();
		assertThat(type.at("/fields/0/required").asBoolean()).isTrue();
		assertThat(type.at("/fields/1/id").asString()).isEqualTo(region);
		assertThat(type.at("/fields/1/is_shared").asBoolean()).isTrue();
		assertThat(type.at("/fields/1/required").asBoolean()).isTrue();
		assertThat(this.close.get("custom_activity/" + other + "/").ok().get("fields")).hasSize(1);
	}

	@Test
	void fieldOrderIsSetOnTheTypeOrItsSchema() {
		String demo = activityType("Demo");
		String first = activityField(demo, Map.of("name", "First", "type", "text"));
		String second = activityField(demo, Map.of("name", "Second", "type", "number"));

		ObjectNode reordered = this.close
			.put("custom_activity/" + demo + "/", Map.of("fields", List.of(Map.of("id", second))))
			.ok();
		ObjectNode schema = this.close.get("custom_field_schema/activity/" + demo + "/").ok();
		ObjectNode back = this.close
			.put("custom_field_schema/activity/" + demo + "/", Map.of("fields", List.of(Map.of("id", first))))
			.ok();

		assertThat(reordered.at("/fields/0/id").asString()).isEqualTo(second);
		assertThat(schema.at("/fields/0/id").asString()).isEqualTo(second);
		assertThat(schema.get("name").asString()).isEqualTo("Demo");
		assertThat(back.at("/fields/0/id").asString()).isEqualTo(first);
		assertThat(this.close.get("custom_field_schema/activity/actitype_missing/").status()).isEqualTo(404);
	}

	@Test
	void activityFieldsBelongToAnExistingTypeAndKeepTheirTypeAndActivityType() {
		String demo = activityType("Demo");
		String other = activityType("Visit");
		String notes = activityField(demo, Map.of("name", "Notes", "type", "textarea"));

		SandboxClient.Response withoutType = this.close.post("custom_field/activity/",
				Map.of("name", "Loose", "type", "text"));
		SandboxClient.Response unknownType = this.close.post("custom_field/activity/",
				Map.of("name", "Loose", "type", "text", "custom_activity_type_id", "actitype_nope"));
		SandboxClient.Response duplicate = this.close.post("custom_field/activity/",
				Map.of("name", "Notes", "type", "text", "custom_activity_type_id", demo));
		SandboxClient.Response retyped = this.close.put("custom_field/activity/" + notes + "/", Map.of("type", "text"));
		SandboxClient.Response moved = this.close.put("custom_field/activity/" + notes + "/",
				Map.of("custom_activity_type_id", other));
		ObjectNode renamed = this.close
			.put("custom_field/activity/" + notes + "/", Map.of("name", "Summary", "required", true))
			.ok();

		assertThat(withoutType.body().at("/field-errors/custom_activity_type_id").isString()).isTrue();
		assertThat(unknownType.body().at("/field-errors/custom_activity_type_id").asString()).contains("actitype_nope");
		assertThat(duplicate.body().at("/field-errors/name").isString()).isTrue();
		assertThat(retyped.status()).isEqualTo(400);
		assertThat(moved.status()).isEqualTo(400);
		assertThat(renamed.get("name").asString()).isEqualTo("Summary");
		assertThat(renamed.get("required").asBoolean()).isTrue();
		assertThat(renamed.get("custom_activity_type_id").asString()).isEqualTo(demo);
		assertThat(this.close.get("custom_field/activity/").ok().get("data")).hasSize(1);
	}

	@Test
	void sharedFieldAssociationsWithATypeAreReadChangedAndRemovedByPath() {
		String demo = activityType("Demo");
		String notes = this.close.post("custom_field/shared/", Map.of("name", "Notes", "type", "textarea"))
			.ok()
			.get("id")
			.asString();
		String path = "custom_field/shared/" + notes + "/association/custom_activity_type/" + demo + "/";

		SandboxClient.Response onLead = this.close.post("custom_field/shared/" + notes + "/association/",
				Map.of("object_type", "lead"));
		this.close
			.post("custom_field/shared/" + notes + "/association/",
					Map.of("object_type", "custom_activity_type", "custom_activity_type_id", demo))
			.ok();
		ObjectNode changed = this.close.put(path, Map.of("required", true)).ok();
		ObjectNode read = this.close.get(path).ok();
		SandboxClient.Response removed = this.close.delete(path);

		assertThat(onLead.status()).isEqualTo(400);
		assertThat(changed.get("required").asBoolean()).isTrue();
		assertThat(read.get("object_type").asString()).isEqualTo("custom_activity_type");
		assertThat(removed.status()).isEqualTo(204);
		assertThat(this.close.get(path).status()).isEqualTo(404);
		assertThat(this.close.get("custom_activity/" + demo + "/").ok().get("fields").isEmpty()).isTrue();
	}

	@Test
	void deletingATypeDeletesItsFieldsAssociationsAndActivities() {
		String demo = activityType("Demo");
		activityField(demo, Map.of("name", "Outcome", "type", "text"));
		String region = this.close.post("custom_field/shared/", Map.of("name", "Region", "type", "text"))
			.ok()
			.get("id")
			.asString();
		this.close
			.post("custom_field/shared/" + region + "/association/",
					Map.of("object_type", "custom_activity_type", "custom_activity_type_id", demo))
			.ok();
		String leadId = this.close.post("lead/", Map.of("name", "Acme")).ok().get("id").asString();
		String activityId = this.close
			.post("activity/custom/", Map.of("lead_id", leadId, "custom_activity_type_id", demo))
			.ok()
			.get("id")
			.asString();

		this.close.delete("custom_activity/" + demo + "/");

		assertThat(this.close.get("custom_field/activity/").ok().get("data").isEmpty()).isTrue();
		assertThat(this.close.get("custom_field/shared/" + region + "/").ok().get("associations").isEmpty()).isTrue();
		assertThat(this.close.get("activity/custom/" + activityId + "/").status()).isEqualTo(404);
	}

}
