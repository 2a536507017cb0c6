package closebatch.sandbox.resource;

import java.util.List;
import java.util.Map;

import closebatch.sandbox.SandboxClient;
import closebatch.sandbox.SandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Leads, as the Close docs' "Leads" page describes them (docs/003, "Leads"). */
class LeadContractTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	private final SandboxClient close = sandbox.client();

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
		assertThat(lead.at("/contacts/0/phones/0/phone").asString()).isEqualTo("+18004445555");
		assertThat(lead.at("/contacts/0/phones/0/phone_formatted").asString()).isEqualTo("+1 800-444-5555");
		assertThat(lead.at("/addresses/0/city").asString()).isEqualTo("San Francisco");
	}

}
