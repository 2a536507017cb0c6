package closebatch.sandbox.resource;

import java.util.List;
import java.util.Map;

import closebatch.sandbox.SandboxClient;
import closebatch.sandbox.SandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls logged through the API, as Close's OpenAPI document describes them ("Log an
 * external Call activity", {@code CreateCallActivity}, {@code CallActivity}).
 */
class CallContractTest {

	/** The properties the {@code CallActivity} schema requires. */
	static final List<String> CALL_ACTIVITY_REQUIRED = List.of("_type", "activity_at", "contact_id", "created_by",
			"date_created", "date_updated", "id", "lead_id", "organization_id", "outcome_id", "source", "status",
			"updated_by", "user_id", "users");

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	private final SandboxClient close = sandbox.client();

	@Test
	void logsAnExternalCallWithItsNormalisedNumberAndDerivedFields() {
		String leadId = lead("Acme");
		String contactId = contact(leadId, "Gob");

		ObjectNode call = this.close
			.post("activity/call/",
					Map.of("lead_id", leadId, "contact_id", contactId, "direction", "outbound", "duration", 153,
							"phone", "(650) 555-1234", "note_html", "<body><p>call notes go here</p></body>"))
			.ok();

		assertThat(call.propertyNames()).containsAll(CALL_ACTIVITY_REQUIRED);
		assertThat(call.get("_type").asString()).isEqualTo("Call");
		assertThat(call.get("id").asString()).startsWith("acti_");
		assertThat(call.get("source").asString()).isEqualTo("External");
		assertThat(call.get("status").asString()).isEqualTo("completed");
		assertThat(call.get("disposition").asString()).isEqualTo("answered");
		assertThat(call.get("direction").asString()).isEqualTo("outbound");
		assertThat(call.get("duration").asInt()).isEqualTo(153);
		assertThat(call.get("phone").asString()).isEqualTo("+16505551234");
		assertThat(call.get("remote_phone").asString()).isEqualTo("+16505551234");
		assertThat(call.get("remote_phone_formatted").asString()).isEqualTo("+1 650-555-1234");
		assertThat(call.get("remote_country_iso").asString()).isEqualTo("US");
		assertThat(call.get("note").asString()).isEqualTo("call notes go here");
		assertThat(call.get("outcome_id").isNull()).isTrue();
		assertThat(call.get("user_name").asString()).isEqualTo("Sandbox Admin");
	}

	@Test
	void defaultsToACompletedCallOfNoDurationAndTakesTheLeadOfItsContact() {
		String leadId = lead("Acme");
		String contactId = contact(leadId, "Gob");

		ObjectNode call = this.close.post("activity/call/", Map.of("contact_id", contactId)).ok();

		assertThat(call.get("lead_id").asString()).isEqualTo(leadId);
		assertThat(call.get("status").asString()).isEqualTo("completed");
		assertThat(call.get("duration").asInt()).isZero();
		assertThat(call.get("direction").isNull()).isTrue();
		assertThat(call.get("note_html").asString()).isEqualTo("<body><p></p></body>");
	}

	@Test
	void refusesValuesOutsideTheSchema() {
		String leadId = lead("Acme");

		SandboxClient.Response refused = this.close.post("activity/call/",
				Map.of("lead_id", leadId, "status", "done", "direction", "sideways", "duration", -5, "phone", "12",
						"recording_url", "http://example.com/call.mp3", "source", "Skype"));
		SandboxClient.Response noLead = this.close.post("activity/call/", Map.of("duration", 5));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().get("field-errors").propertyNames()).containsExactlyInAnyOrder("status", "direction",
				"duration", "phone", "recording_url", "source");
		assertThat(noLead.body().at("/field-errors/lead_id").asString()).isEqualTo("This field is required.");
	}

	/** Migrations keep an imported call's disposition, e.g. a voicemail left. */
	@Test
	void derivesTheDispositionFromTheStatusUnlessOneIsSent() {
		String leadId = lead("Acme");

		ObjectNode busy = this.close.post("activity/call/", Map.of("lead_id", leadId, "status", "busy")).ok();
		ObjectNode voicemail = this.close
			.post("activity/call/", Map.of("lead_id", leadId, "status", "completed", "disposition", "vm-left"))
			.ok();

		assertThat(busy.get("disposition").asString()).isEqualTo("busy");
		assertThat(voicemail.get("disposition").asString()).isEqualTo("vm-left");
		assertThat(this.close.post("activity/call/", Map.of("lead_id", leadId, "disposition", "maybe"))
			.body()
			.at("/field-errors/disposition")
			.isString()).isTrue();
	}

	/** Update a Call activity: "Most commonly used to update note_html or outcome_id." */
	@Test
	void updatesNotesOutcomeAndStatusOfALoggedCall() {
		String leadId = lead("Acme");
		ObjectNode call = this.close.post("activity/call/", Map.of("lead_id", leadId, "note", "old")).ok();

		ObjectNode updated = this.close.put("activity/call/" + id(call) + "/",
				Map.of("note_html", "<body><p>This is some new call note.</p></body>", "outcome_id",
						"outcome_031uY9IKV1JxfNKM9n2qCw", "status", "no-answer"))
			.ok();

		assertThat(updated.get("note").asString()).isEqualTo("This is some new call note.");
		assertThat(updated.get("outcome_id").asString()).isEqualTo("outcome_031uY9IKV1JxfNKM9n2qCw");
		assertThat(updated.get("status").asString()).isEqualTo("no-answer");
		assertThat(updated.get("disposition").asString()).isEqualTo("no-answer");
		assertThat(updated.get("date_created").asString()).isEqualTo(call.get("date_created").asString());
	}

	/**
	 * "Some fields (status, duration, direction) cannot be updated for internal calls."
	 */
	@Test
	void keepsStatusDurationAndDirectionOfCallsMadeThroughClose() {
		String leadId = lead("Acme");
		ObjectNode internal = this.close
			.post("activity/call/", Map.of("lead_id", leadId, "source", "Close.io", "duration", 10))
			.ok();

		SandboxClient.Response refused = this.close.put("activity/call/" + id(internal) + "/",
				Map.of("duration", 99, "note", "fine"));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().get("field-errors").propertyNames()).containsExactly("duration");
		assertThat(this.close.put("activity/call/" + id(internal) + "/", Map.of("note", "fine"))
			.ok()
			.get("note")
			.asString()).isEqualTo("fine");
	}

	@Test
	void movesACallToAnotherLeadAndDropsAContactLeftBehind() {
		String acme = lead("Acme");
		String bluth = lead("Bluth");
		ObjectNode call = this.close.post("activity/call/", Map.of("lead_id", acme, "contact_id", contact(acme, "Gob")))
			.ok();

		ObjectNode moved = this.close.put("activity/call/" + id(call) + "/", Map.of("lead_id", bluth)).ok();

		assertThat(moved.get("lead_id").asString()).isEqualTo(bluth);
		assertThat(moved.get("contact_id").isNull()).isTrue();
		assertThat(this.close.put("activity/call/" + id(call) + "/", Map.of("lead_id", "lead_nope"))
			.body()
			.at("/field-errors/lead_id")
			.asString()).contains("does not exist");
	}

	private String lead(String name) {
		return this.close.post("lead/", Map.of("name", name)).ok().get("id").asString();
	}

	private String contact(String leadId, String name) {
		return this.close.post("contact/", Map.of("lead_id", leadId, "name", name)).ok().get("id").asString();
	}

	private static String id(ObjectNode object) {
		return object.get("id").asString();
	}

}
