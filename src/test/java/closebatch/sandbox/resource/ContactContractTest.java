package closebatch.sandbox.resource;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import closebatch.sandbox.SandboxClient;
import closebatch.sandbox.SandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contacts (docs "Contacts"; NOTES §4 "Contacts": optional lead_id, at most 100
 * emails/phones/urls).
 */
class ContactContractTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	private final SandboxClient close = sandbox.client();

	@Test
	void aContactWithoutALeadGetsANewLeadNamedAfterIt() {
		ObjectNode contact = this.close.post("contact/", Map.of("name", "Lucille Bluth", "title", "Matriarch")).ok();

		ObjectNode lead = this.close.get("lead/" + contact.get("lead_id").asString() + "/").ok();
		assertThat(lead.get("name").asString()).isEqualTo("Lucille Bluth");
		assertThat(lead.at("/contacts/0/id").asString()).isEqualTo(contact.get("id").asString());
	}

	@Test
	void normalisesPhonesToE164AndKeepsEmailsAndUrls() {
		String leadId = this.close.post("lead/", Map.of("name", "Acme")).ok().get("id").asString();

		ObjectNode contact = this.close.post("contact/",
				Map.of("lead_id", leadId, "name", "Ann", "phones",
						List.of(Map.of("phone", "+44 20 7946 0958", "type", "mobile"),
								Map.of("phone", "(415) 555-0100")),
						"emails", List.of(Map.of("email", "ann@acme.test", "type", "office")), "urls",
						List.of(Map.of("url", "https://acme.test/ann"))))
			.ok();

		assertThat(contact.at("/phones/0/phone").asString()).isEqualTo("+442079460958");
		assertThat(contact.at("/phones/0/phone_formatted").asString()).isEqualTo("+44 20 7946 0958");
		assertThat(contact.at("/phones/0/country").asString()).isEqualTo("GB");
		assertThat(contact.at("/phones/1/phone").asString()).isEqualTo("+14155550100");
		assertThat(contact.at("/emails/0/is_unsubscribed").asBoolean()).isFalse();
		assertThat(contact.at("/urls/0/type").asString()).isEqualTo("url");
	}

	@Test
	void refusesMoreThanOneHundredEmailsAndInvalidPhones() {
		List<Map<String, String>> emails = Collections.nCopies(101, Map.of("email", "a@b.test"));

		SandboxClient.Response tooMany = this.close.post("contact/", Map.of("name", "A", "emails", emails));
		SandboxClient.Response badPhone = this.close.post("contact/", Map.of("phones", List.of(Map.of("phone", "12"))));

		assertThat(tooMany.status()).isEqualTo(400);
		assertThat(tooMany.body().at("/field-errors/emails").asString()).contains("at most 100 items");
		assertThat(badPhone.body().at("/field-errors/phones/errors/0/field-errors/phone").asString())
			.isEqualTo("Invalid phone number.");
		assertThat(this.close.post("contact/", Map.of("emails", Collections.nCopies(100, Map.of("email", "a@b.test"))))
			.status()).isEqualTo(200);
	}

	@Test
	void updatesAsAPatchMovesBetweenLeadsAndDeletes() {
		String first = this.close.post("lead/", Map.of("name", "First")).ok().get("id").asString();
		String second = this.close.post("lead/", Map.of("name", "Second")).ok().get("id").asString();
		String id = this.close.post("contact/", Map.of("lead_id", first, "name", "Ann", "title", "CEO"))
			.ok()
			.get("id")
			.asString();

		ObjectNode updated = this.close.put("contact/" + id + "/", Map.of("title", "CTO", "lead_id", second)).ok();

		assertThat(updated.get("name").asString()).isEqualTo("Ann");
		assertThat(updated.get("title").asString()).isEqualTo("CTO");
		assertThat(this.close.get("lead/" + first + "/").ok().get("contacts")).isEmpty();
		assertThat(this.close.get("contact/?lead_id=" + second).ok().get("data")).hasSize(1);
		assertThat(this.close.delete("contact/" + id + "/").ok()).isEmpty();
		assertThat(this.close.get("contact/" + id + "/").status()).isEqualTo(404);
	}

}
