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
 * Leads, as the Close docs' "Leads" section describes them (docs/003, "Leads"; NOTES §4).
 */
class LeadContractTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	private final SandboxClient close = sandbox.client();

	private String field(String name, String type, Object... extra) {
		Map<String, Object> body = new java.util.HashMap<>(Map.of("name", name, "type", type));
		for (int i = 0; i < extra.length; i += 2) {
			body.put((String) extra[i], extra[i + 1]);
		}
		return this.close.post("custom_field/lead/", body).ok().get("id").asString();
	}

	private String statusId(String label) {
		for (JsonNode status : this.close.get("status/lead/").ok().get("data")) {
			if (status.get("label").asString().equals(label)) {
				return status.get("id").asString();
			}
		}
		throw new AssertionError("no status " + label);
	}

	@Test
	void createsALeadWithNestedContactsAndAddressesAndTheFirstStatus() {
		ObjectNode lead = this.close.post("lead/", Map.of("name", "Bluth Company", "contacts",
				List.of(Map.of("name", "Gob", "phones", List.of(Map.of("phone", "8004445555", "type", "office")))),
				"addresses", List.of(Map.of("label", "business", "city", "San Francisco", "country", "US"))))
			.ok();

		assertThat(lead.get("id").asString()).startsWith("lead_");
		assertThat(lead.get("status_label").asString()).isEqualTo("Potential");
		assertThat(lead.get("date_created").asString())
			.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}\\+00:00");
		assertThat(lead.at("/contacts/0/id").asString()).startsWith("cont_");
		assertThat(lead.at("/contact_ids/0").asString()).isEqualTo(lead.at("/contacts/0/id").asString());
		assertThat(lead.at("/contacts/0/phones/0/phone").asString()).isEqualTo("+18004445555");
		assertThat(lead.at("/contacts/0/phones/0/phone_formatted").asString()).isEqualTo("+1 800-444-5555");
		assertThat(lead.at("/addresses/0/city").asString()).isEqualTo("San Francisco");
		assertThat(this.close.get("lead/" + lead.get("id").asString() + "/").ok()).isEqualTo(lead);
	}

	@Test
	void takesTheStatusByLabelOrByIdButNotBoth() {
		String qualified = statusId("Qualified");

		assertThat(this.close.post("lead/", Map.of("status", "Qualified")).ok().get("status_id").asString())
			.isEqualTo(qualified);
		assertThat(this.close.post("lead/", Map.of("status_id", qualified)).ok().get("status_label").asString())
			.isEqualTo("Qualified");
		SandboxClient.Response both = this.close.post("lead/", Map.of("status", "Qualified", "status_id", qualified));
		assertThat(both.status()).isEqualTo(400);
		assertThat(both.body().get("errors")).isNotEmpty();
		SandboxClient.Response unknown = this.close.post("lead/", Map.of("status", "Nope"));
		assertThat(unknown.body().at("/field-errors/status").asString()).contains("Nope");
		assertThat(sandbox.sandbox().store().count(closebatch.sandbox.store.Kind.LEAD)).isEqualTo(2);
	}

	@Test
	void returnsOnlyTheRequestedFieldsAndAllCustomValuesWithCustom() {
		String industry = field("Industry", "text");
		String id = this.close.post("lead/", Map.of("name", "Acme", "description", "d", "custom." + industry, "Retail"))
			.ok()
			.get("id")
			.asString();

		ObjectNode selected = this.close.get("lead/" + id + "/?_fields=id,name,custom").ok();

		assertThat(selected.propertyNames()).containsExactly("id", "name", "custom." + industry);
		assertThat(selected.get("custom." + industry).asString()).isEqualTo("Retail");
	}

	@Test
	void updatesAsAPatchUnsettingAndAddingAndRemovingCustomValues() {
		String industry = field("Industry", "text");
		String days = field("Days", "choices", "choices", List.of("Mon", "Tue", "Wed"), "accepts_multiple_values",
				true);
		String id = this.close
			.post("lead/", Map.of("name", "Acme", "url", "https://acme.test", "custom." + industry, "Retail",
					"custom." + days, List.of("Mon", "Tue")))
			.ok()
			.get("id")
			.asString();

		java.util.HashMap<String, Object> patch = new java.util.HashMap<>();
		patch.put("custom." + industry, null);
		patch.put("custom." + days + ".add", "Wed");
		ObjectNode updated = this.close.put("lead/" + id + "/", patch).ok();
		ObjectNode removed = this.close.put("lead/" + id + "/", Map.of("custom." + days + ".remove", "Mon")).ok();

		assertThat(updated.get("name").asString()).isEqualTo("Acme");
		assertThat(updated.get("url").asString()).isEqualTo("https://acme.test");
		assertThat(updated.has("custom." + industry)).isFalse();
		assertThat(updated.get("custom." + days).toString()).isEqualTo("[\"Mon\",\"Tue\",\"Wed\"]");
		assertThat(removed.get("custom." + days).toString()).isEqualTo("[\"Tue\",\"Wed\"]");
	}

	@Test
	void refusesInvalidCustomValuesNamingTheKeyAndNestedContactErrorsByIndex() {
		String employees = field("Employees", "number");

		SandboxClient.Response response = this.close.post("lead/", Map.of("name", "Acme", "custom." + employees, "many",
				"contacts", List.of(Map.of("name", "ok"), Map.of("emails", List.of(Map.of("email", "not-an-email"))))));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().get("errors").isArray()).isTrue();
		assertThat(response.body().at("/field-errors/custom." + employees).asString()).contains("number");
		assertThat(response.body()
			.at("/field-errors/contacts/errors/1/field-errors/emails/errors/0/field-errors/email")
			.asString()).isEqualTo("Invalid email address.");
		assertThat(response.body().at("/field-errors/contacts/errors").has("0")).isFalse();
		assertThat(this.close.get("lead/").ok().get("total_results").asInt()).isZero();
	}

	@Test
	void ignoresUnknownTopLevelKeys() {
		ObjectNode lead = this.close.post("lead/", Map.of("name", "Acme", "no_such_field", 1)).ok();

		assertThat(lead.has("no_such_field")).isFalse();
	}

	@Test
	void deletingALeadDeletesItsContacts() {
		ObjectNode lead = this.close.post("lead/", Map.of("name", "Acme", "contacts", List.of(Map.of("name", "A"))))
			.ok();
		String contactId = lead.at("/contacts/0/id").asString();

		assertThat(this.close.delete("lead/" + lead.get("id").asString() + "/").ok()).isEmpty();

		assertThat(this.close.get("lead/" + lead.get("id").asString() + "/").status()).isEqualTo(404);
		assertThat(this.close.get("contact/" + contactId + "/").status()).isEqualTo(404);
		assertThat(this.close.get("lead/nope/").body().get("error").asString()).isNotBlank();
	}

	@Test
	void listsPagesWithLimitSkipHasMoreAndTotalResults() {
		for (int i = 0; i < 5; i++) {
			this.close.post("lead/", Map.of("name", "Lead " + i)).ok();
		}

		ObjectNode first = this.close.get("lead/?_limit=2").ok();
		ObjectNode last = this.close.get("lead/?_limit=2&_skip=4").ok();
		ObjectNode all = this.close.get("lead/").ok();

		assertThat(first.get("data")).hasSize(2);
		assertThat(first.get("has_more").asBoolean()).isTrue();
		assertThat(first.get("total_results").asInt()).isEqualTo(5);
		assertThat(last.get("data")).hasSize(1);
		assertThat(last.get("has_more").asBoolean()).isFalse();
		assertThat(all.get("data")).hasSize(5);
		SandboxClient.Response tooMany = this.close.get("lead/?_limit=201");
		assertThat(tooMany.status()).isEqualTo(400);
		assertThat(tooMany.body().at("/field-errors/_limit").asString())
			.isEqualTo("Input should be less than or equal to 200");
		assertThat(this.close.get("lead/?_skip=35001").body().at("/field-errors/_skip").asString())
			.contains("less than or equal to 35000");
	}

	@Test
	void mergingMovesContactsAndFillsBlankValuesThenDeletesTheSource() {
		String industry = field("Industry", "text");
		ObjectNode source = this.close
			.post("lead/", Map.of("name", "Acme Inc", "custom." + industry, "Retail", "contacts",
					List.of(Map.of("name", "Ann")), "addresses", List.of(Map.of("city", "Paris", "country", "FR"))))
			.ok();
		ObjectNode destination = this.close
			.post("lead/", Map.of("name", "Acme", "contacts", List.of(Map.of("name", "Bob"))))
			.ok();
		String destinationId = destination.get("id").asString();

		ObjectNode merged = this.close
			.post("lead/merge/", Map.of("source", source.get("id").asString(), "destination", destinationId))
			.ok();

		assertThat(merged).isEmpty();
		ObjectNode result = this.close.get("lead/" + destinationId + "/").ok();
		assertThat(result.get("contacts").findValuesAsString("name")).containsExactly("Bob", "Ann");
		assertThat(result.get("custom." + industry).asString()).isEqualTo("Retail");
		assertThat(result.at("/addresses/0/city").asString()).isEqualTo("Paris");
		assertThat(this.close.get("lead/" + source.get("id").asString() + "/").status()).isEqualTo(404);
		assertThat(
				this.close.post("lead/merge/", Map.of("source", destinationId, "destination", destinationId)).status())
			.isEqualTo(400);
	}

	@Test
	void acceptsHistoricalCreationDatesAsMigrationsSendThem() {
		ObjectNode lead = this.close.post("lead/", Map.of("name", "Old", "date_created", "2015-01-05T10:00:00Z")).ok();

		assertThat(lead.get("date_created").asString()).isEqualTo("2015-01-05T10:00:00.000000+00:00");
	}

}
