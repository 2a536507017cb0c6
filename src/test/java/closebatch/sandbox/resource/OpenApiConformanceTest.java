package closebatch.sandbox.resource;

import java.util.List;
import java.util.Map;

import closebatch.sandbox.OpenApiContract;
import closebatch.sandbox.SandboxClient;
import closebatch.sandbox.SandboxExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.node.ObjectNode;

/**
 * Responses of every resource match the response schemas of Close's OpenAPI document
 * ({@code ../shared/close-api/openapi.yml}); skipped when the document is absent.
 */
class OpenApiConformanceTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	private final SandboxClient close = sandbox.client();

	private OpenApiContract contract;

	@BeforeEach
	void loadContract() {
		this.contract = OpenApiContract.load();
	}

	private ObjectNode call(String method, String path, Object body) {
		SandboxClient.Response response = this.close.send(method, path, body, Map.of());
		this.contract.assertConforms(method, "/" + path.split("\\?")[0], response);
		return (ObjectNode) response.body();
	}

	@Test
	void leadsAndTheirContactsMatchTheLeadAndContactSchemas() {
		String field = call("POST", "custom_field/lead/", Map.of("name", "Segment", "type", "choices", "choices",
				List.of("SMB", "Enterprise"), "accepts_multiple_values", true))
			.get("id")
			.asString();
		ObjectNode lead = call("POST", "lead/", Map.of("name", "Bluth Company", "custom." + field, List.of("SMB"),
				"contacts",
				List.of(Map.of("name", "Gob", "title", "VP", "emails", List.of(Map.of("email", "gob@bluth.test")),
						"phones", List.of(Map.of("phone", "+14155550100")), "urls",
						List.of(Map.of("url", "https://bluth.test")))),
				"addresses", List.of(Map.of("address_1", "1 Main St", "city", "Newport", "country", "US"))));
		String leadId = lead.get("id").asString();
		call("GET", "lead/" + leadId + "/", null);
		call("PUT", "lead/" + leadId + "/", Map.of("description", "Frozen bananas"));
		call("GET", "lead/", null);
		String contactId = call("POST", "contact/", Map.of("lead_id", leadId, "name", "Lindsay")).get("id").asString();
		call("GET", "contact/" + contactId + "/", null);
		call("PUT", "contact/" + contactId + "/", Map.of("title", "Activist"));
		call("GET", "contact/", null);
		call("DELETE", "contact/" + contactId + "/", null);
		call("DELETE", "lead/" + leadId + "/", null);
	}

	@Test
	void customFieldsSchemasAndLeadStatusesMatchTheirSchemas() {
		String field = call("POST", "custom_field/lead/", Map.of("name", "Employees", "type", "number")).get("id")
			.asString();
		call("GET", "custom_field/lead/", null);
		call("GET", "custom_field/lead/" + field + "/", null);
		call("PUT", "custom_field/lead/" + field + "/", Map.of("name", "Headcount"));
		call("GET", "custom_field_schema/lead/", null);
		call("DELETE", "custom_field/lead/" + field + "/", null);
		String shared = call("POST", "custom_field/shared/", Map.of("name", "Region", "type", "text")).get("id")
			.asString();
		call("GET", "custom_field/shared/", null);
		this.close.post("custom_field/shared/" + shared + "/association/", Map.of("object_type", "contact")).ok();
		call("POST", "status/lead/", Map.of("label", "Nurture"));
		call("GET", "status/lead/", null);
	}

	@Test
	void tasksNotesCallsAndTheActivityListMatchTheirSchemas() {
		ObjectNode lead = call("POST", "lead/", Map.of("name", "Acme", "contacts", List.of(Map.of("name", "Ann"))));
		String leadId = lead.get("id").asString();
		String contactId = lead.at("/contacts/0/id").asString();
		String taskId = call("POST", "task/", Map.of("lead_id", leadId, "text", "Call back", "date", "2026-12-01"))
			.get("id")
			.asString();
		call("GET", "task/" + taskId + "/", null);
		call("PUT", "task/" + taskId + "/", Map.of("is_complete", true));
		call("GET", "task/?_type=all", null);
		call("PUT", "task/?id__in=" + taskId, Map.of("is_complete", false));
		String noteId = call("POST", "activity/note/", Map.of("lead_id", leadId, "note", "Met at the fair")).get("id")
			.asString();
		call("GET", "activity/note/" + noteId + "/", null);
		call("PUT", "activity/note/" + noteId + "/", Map.of("note", "Met at the fair, twice"));
		call("GET", "activity/note/", null);
		call("POST", "activity/call/", Map.of("lead_id", leadId, "contact_id", contactId, "phone", "+14155550100",
				"direction", "outbound", "duration", 60, "note", "Left a message"));
		call("GET", "activity/call/", null);
		call("GET", "activity/?lead_id=" + leadId, null);
		call("DELETE", "activity/note/" + noteId + "/", null);
		call("DELETE", "task/" + taskId + "/", null);
	}

	@Test
	void pipelinesOpportunityStatusesOpportunitiesAndPhoneNumbersMatchTheirSchemas() {
		String leadId = call("POST", "lead/", Map.of("name", "Acme")).get("id").asString();
		String pipelineId = call("POST", "pipeline/", Map.of("name", "Renewals")).get("id").asString();
		call("GET", "pipeline/", null);
		String statusId = call("POST", "status/opportunity/",
				Map.of("label", "Negotiating", "status_type", "active", "pipeline_id", pipelineId))
			.get("id")
			.asString();
		call("GET", "status/opportunity/", null);
		String opportunityId = call("POST", "opportunity/", Map.of("lead_id", leadId, "status_id", statusId, "value",
				120000, "value_period", "monthly", "confidence", 50, "note", "Upsell"))
			.get("id")
			.asString();
		call("GET", "opportunity/" + opportunityId + "/", null);
		call("PUT", "opportunity/" + opportunityId + "/", Map.of("confidence", 75));
		call("GET", "opportunity/", null);
		call("GET", "lead/" + leadId + "/", null);
		call("DELETE", "opportunity/" + opportunityId + "/", null);
		String phoneId = call("POST", "phone_number/request/internal/", Map.of("country", "US", "with_sms", true))
			.get("id")
			.asString();
		call("GET", "phone_number/" + phoneId + "/", null);
		call("PUT", "phone_number/" + phoneId + "/", Map.of("label", "Sales line"));
		call("GET", "phone_number/", null);
		call("DELETE", "phone_number/" + phoneId + "/", null);
	}

	@Test
	void smsAndEmailTemplatesMatchTheirSchemas() {
		String sms = call("POST", "sms_template/",
				Map.of("name", "Follow up", "text", "Hi", "is_shared", true, "attachments", List.of(Map
					.of("content_type", "image/png", "filename", "a.png", "url", "https://files.invalid/a.png"))))
			.get("id")
			.asString();
		call("GET", "sms_template/", null);
		call("GET", "sms_template/" + sms + "/?include_attachments=true", null);
		call("PUT", "sms_template/" + sms + "/", Map.of("status", "archived"));
		call("DELETE", "sms_template/" + sms + "/", null);
		String email = call("POST", "email_template/", Map.of("name", "Intro", "subject", "Hello", "body", "<p>Hi</p>"))
			.get("id")
			.asString();
		call("GET", "email_template/?is_archived=false", null);
		call("GET", "email_template/" + email + "/", null);
		call("PUT", "email_template/" + email + "/", Map.of("is_shared", true));
		call("DELETE", "email_template/" + email + "/", null);
	}

	@Test
	void theOrganizationItsUsersAndTheCallerMatchTheirSchemas() {
		ObjectNode me = call("GET", "me/", null);
		call("GET", "organization/" + me.get("organization_id").asString() + "/", null);
		call("GET", "user/", null);
		call("GET", "user/" + me.get("id").asString() + "/", null);
	}

}
