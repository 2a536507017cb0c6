package closebatch.sandbox.resource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import closebatch.sandbox.SandboxClient;
import closebatch.sandbox.SandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Custom fields and schemas (docs "Custom Fields"; NOTES §5: types, multiple values,
 * shared fields).
 */
class CustomFieldContractTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	private final SandboxClient close = sandbox.client();

	private String field(String scope, Map<String, Object> body) {
		return this.close.post("custom_field/" + scope + "/", body).ok().get("id").asString();
	}

	private SandboxClient.Response createLeadWith(String fieldId, Object value) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", "Acme");
		body.put("custom." + fieldId, value);
		return this.close.post("lead/", body);
	}

	@ParameterizedTest(name = "{0} field stores {1} as {2}")
	@CsvSource(delimiter = '|', value = { "text|\"plain\"|\"plain\"", "number|\"42\"|42", "number|12.5|12.5",
			"date|\"2014-06-12\"|\"2014-06-12\"",
			"datetime|\"2014-06-27T22:00:00-08:00\"|\"2014-06-28T06:00:00.000000+00:00\"", "hidden|\"x\"|\"x\"" })
	void normalisesValuesByType(String type, String json, String stored) {
		String id = field("lead", Map.of("name", "F", "type", type));

		ObjectNode lead = createLeadWith(id, closebatch.sandbox.http.Json.parse(json.getBytes())).ok();

		assertThat(lead.get("custom." + id).toString()).isEqualTo(stored);
	}

	@ParameterizedTest(name = "{0} field refuses {1}")
	@CsvSource(delimiter = '|',
			value = { "number|\"many\"", "date|\"12/06/2014\"", "datetime|\"soon\"", "user|\"Nobody\"" })
	void refusesValuesOfTheWrongTypeNamingTheKey(String type, String json) {
		String id = field("lead", Map.of("name", "F", "type", type));

		SandboxClient.Response response = createLeadWith(id, closebatch.sandbox.http.Json.parse(json.getBytes()));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().at("/field-errors").has("custom." + id)).isTrue();
	}

	@Test
	void choiceFieldsRefuseUnknownChoicesAndOnlyMultiValueTypesAcceptLists() {
		String single = field("lead", Map.of("name", "Tier", "type", "choices", "choices", List.of("Gold", "Silver")));

		assertThat(createLeadWith(single, "Bronze").body().at("/field-errors/custom." + single).asString())
			.contains("Bronze");
		assertThat(createLeadWith(single, List.of("Gold", "Silver")).status()).isEqualTo(400);
		assertThat(this.close
			.post("custom_field/lead/", Map.of("name", "Multi text", "type", "text", "accepts_multiple_values", true))
			.body()
			.at("/field-errors/accepts_multiple_values")
			.isString()).isTrue();
		assertThat(this.close.post("custom_field/lead/", Map.of("name", "Notes", "type", "textarea")).status())
			.isEqualTo(400);
	}

	@Test
	void userFieldsTakeANameOrIdAndReturnTheId() {
		String owner = field("lead", Map.of("name", "Owner", "type", "user"));
		String adminId = this.close.get("me/").ok().get("id").asString();

		ObjectNode lead = createLeadWith(owner, "Sandbox Admin").ok();

		assertThat(lead.get("custom." + owner).asString()).isEqualTo(adminId);
	}

	@Test
	void contactFieldsAcceptOnlyContactsOfTheSameLead() {
		String champion = field("lead", Map.of("name", "Champion", "type", "contact"));
		ObjectNode lead = this.close.post("lead/", Map.of("name", "Acme", "contacts", List.of(Map.of("name", "Ann"))))
			.ok();
		String other = this.close.post("contact/", Map.of("name", "Stranger")).ok().get("id").asString();
		String leadPath = "lead/" + lead.get("id").asString() + "/";

		assertThat(
				this.close.put(leadPath, Map.of("custom." + champion, lead.at("/contacts/0/id").asString())).status())
			.isEqualTo(200);
		assertThat(this.close.put(leadPath, Map.of("custom." + champion, other)).status()).isEqualTo(400);
	}

	@Test
	void unknownFieldsAreNamedInTheError() {
		SandboxClient.Response response = createLeadWith("cf_nope", "x");

		assertThat(response.body().at("/field-errors/custom.cf_nope").asString())
			.isEqualTo("The Custom Field \"cf_nope\" does not exist.");
	}

	@Test
	void fieldsCanBeNamedByTheirDeprecatedNameAndAreStoredUnderTheirId() {
		String id = field("contact", Map.of("name", "LinkedIn", "type", "text"));

		ObjectNode contact = this.close.post("contact/", Map.of("name", "Ann", "custom.LinkedIn", "ann")).ok();

		assertThat(contact.get("custom." + id).asString()).isEqualTo("ann");
	}

	@Test
	void deletingAFieldErasesItsValues() {
		String id = field("lead", Map.of("name", "Industry", "type", "text"));
		String leadId = createLeadWith(id, "Retail").ok().get("id").asString();

		this.close.delete("custom_field/lead/" + id + "/").ok();

		assertThat(this.close.get("lead/" + leadId + "/").ok().has("custom." + id)).isFalse();
		assertThat(this.close.get("custom_field/lead/" + id + "/").status()).isEqualTo(404);
	}

	@Test
	void sharedFieldsApplyToTheObjectTypesTheyAreAssociatedWith() {
		String id = field("shared", Map.of("name", "Region", "type", "choices", "choices", List.of("EU", "US")));

		assertThat(createLeadWith(id, "EU").status()).isEqualTo(400);
		assertThat(
				this.close.post("custom_field/shared/" + id + "/association/", Map.of("object_type", "lead")).status())
			.isEqualTo(201);
		String leadId = createLeadWith(id, "EU").ok().get("id").asString();
		assertThat(this.close.get("custom_field_schema/lead/").ok().get("fields").findValuesAsString("id"))
			.contains(id);

		assertThat(this.close.delete("custom_field/shared/" + id + "/association/lead/").status()).isEqualTo(204);
		assertThat(this.close.get("lead/" + leadId + "/").ok().has("custom." + id)).isFalse();
	}

	@Test
	void theSchemaListsFieldsInTheOrderItWasGiven() {
		String a = field("lead", Map.of("name", "A", "type", "text"));
		String b = field("lead", Map.of("name", "B", "type", "text"));
		String c = field("lead", Map.of("name", "C", "type", "text"));

		ObjectNode schema = this.close
			.put("custom_field_schema/lead/", Map.of("fields", List.of(Map.of("id", c), Map.of("id", a))))
			.ok();

		assertThat(schema.get("fields").findValuesAsString("id")).containsExactly(c, a, b);
		assertThat(this.close.get("custom_field_schema/lead/").ok().get("fields").findValuesAsString("id"))
			.containsExactly(c, a, b);
		assertThat(this.close.get("custom_field_schema/task/").status()).isEqualTo(404);
	}

	@Test
	void renamingKeepsValuesAndNamesAreUniquePerObjectType() {
		String id = field("lead", Map.of("name", "Industry", "type", "text"));

		assertThat(this.close.post("custom_field/lead/", Map.of("name", "Industry", "type", "text")).status())
			.isEqualTo(400);
		assertThat(this.close.post("custom_field/contact/", Map.of("name", "Industry", "type", "text")).status())
			.isEqualTo(200);
		assertThat(
				this.close.put("custom_field/lead/" + id + "/", Map.of("name", "Sector")).ok().get("name").asString())
			.isEqualTo("Sector");
	}

}
