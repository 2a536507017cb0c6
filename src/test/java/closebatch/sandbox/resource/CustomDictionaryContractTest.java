package closebatch.sandbox.resource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import closebatch.sandbox.SandboxClient;
import closebatch.sandbox.SandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deprecated {@code custom} dictionary (docs/003 "Custom Fields": values by field
 * name; NOTES §4 "The custom dict and custom.&lt;Field Name&gt; keys are deprecated"),
 * which Close still serves: accepted on write with the same validation as
 * {@code custom.cf_…} keys and returned on read beside them (issue #11).
 */
class CustomDictionaryContractTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	private final SandboxClient close = sandbox.client();

	@Test
	void storesValuesWrittenByFieldNameAndReturnsThemBothWays() {
		String industry = field("lead", "Industry", "text");
		String employees = field("lead", "Employees", "number");

		ObjectNode lead = this.close
			.post("lead/", Map.of("name", "Acme", "custom", Map.of("Industry", "Banking", "Employees", "250")))
			.ok();
		ObjectNode fetched = this.close.get("lead/" + lead.get("id").asString() + "/").ok();

		assertThat(fetched.get("custom." + industry).asString()).isEqualTo("Banking");
		assertThat(fetched.get("custom." + employees).asInt()).isEqualTo(250);
		assertThat(fetched.at("/custom/Industry").asString()).isEqualTo("Banking");
		assertThat(fetched.at("/custom/Employees").asInt()).isEqualTo(250);
		assertThat(lead.at("/custom/Industry").asString()).isEqualTo("Banking");
	}

	@Test
	void patchesAndUnsetsThroughTheDictionaryOnUpdate() {
		String industry = field("lead", "Industry", "text");
		String region = field("lead", "Region", "text");
		String id = this.close
			.post("lead/", Map.of("name", "Acme", "custom." + industry, "Banking", "custom." + region, "EMEA"))
			.ok()
			.get("id")
			.asString();
		Map<String, Object> patch = new HashMap<>();
		patch.put("Industry", null);
		patch.put("Region", "APAC");

		ObjectNode updated = this.close.put("lead/" + id + "/", Map.of("custom", patch)).ok();

		assertThat(updated.has("custom." + industry)).isFalse();
		assertThat(updated.get("custom." + region).asString()).isEqualTo("APAC");
		assertThat(updated.get("custom").propertyNames()).containsExactly("Region");
	}

	@Test
	void validatesDictionaryValuesAsItValidatesCustomKeys() {
		field("lead", "Employees", "number");

		SandboxClient.Response notANumber = this.close.post("lead/",
				Map.of("name", "Acme", "custom", Map.of("Employees", "many")));
		SandboxClient.Response unknown = this.close.post("lead/",
				Map.of("name", "Acme", "custom", Map.of("Favourite colour", "blue")));
		SandboxClient.Response notAnObject = this.close.post("lead/", Map.of("name", "Acme", "custom", List.of("x")));

		assertThat(notANumber.status()).isEqualTo(400);
		assertThat(notANumber.body().at("/field-errors/custom.Employees").asString()).isNotBlank();
		assertThat(unknown.body().at("/field-errors/custom.Favourite colour").asString())
			.isEqualTo("The Custom Field \"Favourite colour\" does not exist.");
		assertThat(notAnObject.body().at("/field-errors/custom").asString()).contains("object");
		assertThat(this.close.get("lead/").ok().get("data").isEmpty()).isTrue();
	}

	@Test
	void servesTheDictionaryOnContactsAndOpportunitiesButNotUnderFieldsCustom() {
		String title = field("contact", "Nickname", "text");
		String source = field("opportunity", "Source", "text");
		String leadField = field("lead", "Tier", "text");
		ObjectNode lead = this.close.post("lead/", Map.of("name", "Acme", "custom", Map.of("Tier", "Gold"), "contacts",
				List.of(Map.of("name", "Ann", "custom", Map.of("Nickname", "Annie")))))
			.ok();
		String leadId = lead.get("id").asString();
		ObjectNode opportunity = this.close
			.post("opportunity/", Map.of("lead_id", leadId, "custom", Map.of("Source", "Referral")))
			.ok();

		ObjectNode selected = this.close.get("lead/" + leadId + "/?_fields=id,custom").ok();

		assertThat(lead.at("/contacts/0/custom." + title).asString()).isEqualTo("Annie");
		assertThat(lead.at("/contacts/0/custom/Nickname").asString()).isEqualTo("Annie");
		assertThat(opportunity.get("custom." + source).asString()).isEqualTo("Referral");
		assertThat(opportunity.at("/custom/Source").asString()).isEqualTo("Referral");
		assertThat(selected.propertyNames()).containsExactly("id", "custom." + leadField);
	}

	private String field(String objectType, String name, String type) {
		return this.close.post("custom_field/" + objectType + "/", Map.of("name", name, "type", type))
			.ok()
			.get("id")
			.asString();
	}

}
