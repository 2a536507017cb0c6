package closebatch.sandbox;

import java.util.List;
import java.util.Map;

import closebatch.sandbox.http.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The schema check itself: it must reject what the OpenAPI document does not allow. */
class OpenApiContractTest {

	private static SandboxClient.Response response(ObjectNode body) {
		return new SandboxClient.Response(200, body, Map.of());
	}

	private static ObjectNode validStatus() {
		ObjectNode status = Json.object();
		status.put("id", "stat_1");
		status.put("label", "Potential");
		status.put("organization_id", "orga_1");
		return status;
	}

	@Test
	void acceptsABodyTheSchemaAllows() {
		OpenApiContract contract = OpenApiContract.load();
		ObjectNode contact = Json.MAPPER.valueToTree(Map.of("id", "cont_1", "name", "Gob", "title", "VP",
				"display_name", "Gob", "organization_id", "orga_1", "created_by", "user_1", "updated_by", "user_1",
				"date_created", "2013-02-20T05:30:24.854000+00:00", "date_updated", "2013-02-20T05:30:24.854000+00:00",
				"emails", List.of()));
		assertThatCode(() -> contract.assertConforms("GET", "/contact/cont_1/", response(contact)))
			.doesNotThrowAnyException();
	}

	@Test
	void rejectsAMissingRequiredPropertyAndABadDateTime() {
		OpenApiContract contract = OpenApiContract.load();
		ObjectNode contact = Json.MAPPER.valueToTree(Map.of("id", "cont_1", "name", "Gob", "title", "VP",
				"display_name", "Gob", "organization_id", "orga_1", "created_by", "user_1", "updated_by", "user_1",
				"date_created", "yesterday", "date_updated", "2013-02-20T05:30:24.854000+00:00"));
		assertThatThrownBy(() -> contract.assertConforms("GET", "/contact/cont_1/", response(contact)))
			.hasMessageContaining("date_created");
		ObjectNode status = validStatus();
		assertThatCode(() -> contract.assertConforms("POST", "/status/lead/", response(status)))
			.doesNotThrowAnyException();
		ObjectNode lead = Json.object();
		lead.put("id", "lead_1");
		assertThatThrownBy(() -> contract.assertConforms("GET", "/lead/lead_1/", response(lead)))
			.hasMessageContaining("html_url");
	}

}
