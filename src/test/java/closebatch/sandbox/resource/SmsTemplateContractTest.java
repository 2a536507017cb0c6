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
 * SMS templates: the docs' "SMS Templates" section (docs/003: list, create, fetch,
 * update, delete) with the shapes of Close's OpenAPI operations on {@code /sms_template/}
 * ({@code CreateSMSTemplate}, {@code UpdateSMSTemplate}, 201 on create, 204 on delete).
 */
class SmsTemplateContractTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	private final SandboxClient close = sandbox.client();

	@Test
	void createsAnActiveTemplateOwnedByTheCallerWith201() {
		SandboxClient.Response created = this.close.post("sms_template/",
				Map.of("name", "Follow up", "text", "Hi {{ contact.first_name }}, are you free?", "is_shared", true));

		assertThat(created.status()).isEqualTo(201);
		ObjectNode template = created.ok();
		assertThat(template.get("id").asString()).startsWith("tmpl_");
		assertThat(template.get("name").asString()).isEqualTo("Follow up");
		assertThat(template.get("text").asString()).isEqualTo("Hi {{ contact.first_name }}, are you free?");
		assertThat(template.get("is_shared").asBoolean()).isTrue();
		assertThat(template.get("status").asString()).isEqualTo("active");
		assertThat(template.get("created_by").asString()).isEqualTo(myId());
		assertThat(template.get("organization_id").asString()).startsWith("orga_");
		assertThat(template.get("date_created").asString()).isNotBlank();
	}

	@Test
	void listsFetchesUpdatesAsAPatchAndDeletes() {
		String id = this.close.post("sms_template/", Map.of("name", "Reminder", "text", "See you tomorrow"))
			.ok()
			.get("id")
			.asString();

		ObjectNode list = this.close.get("sms_template/?_limit=10").ok();
		ObjectNode renamed = this.close.put("sms_template/" + id + "/", Map.of("name", "Day-before reminder")).ok();
		ObjectNode archived = this.close.put("sms_template/" + id + "/", Map.of("status", "archived")).ok();
		ObjectNode fetched = this.close.get("sms_template/" + id + "/").ok();
		SandboxClient.Response deleted = this.close.delete("sms_template/" + id + "/");

		assertThat(list.get("data").findValuesAsString("id")).containsExactly(id);
		assertThat(list.get("has_more").asBoolean()).isFalse();
		assertThat(renamed.get("name").asString()).isEqualTo("Day-before reminder");
		assertThat(renamed.get("text").asString()).isEqualTo("See you tomorrow");
		assertThat(archived.get("status").asString()).isEqualTo("archived");
		assertThat(fetched.get("name").asString()).isEqualTo("Day-before reminder");
		assertThat(deleted.status()).isEqualTo(204);
		assertThat(this.close.get("sms_template/" + id + "/").status()).isEqualTo(404);
	}

	/** OpenAPI: {@code name} is required; {@code status} is active or archived. */
	@Test
	void refusesAMissingNameABadStatusAndFieldsATemplateDoesNotHave() {
		SandboxClient.Response nameless = this.close.post("sms_template/", Map.of("text", "Hi"));
		SandboxClient.Response unknown = this.close.post("sms_template/", Map.of("name", "A", "body", "Hi"));
		String id = this.close.post("sms_template/", Map.of("name", "B")).ok().get("id").asString();
		SandboxClient.Response badStatus = this.close.put("sms_template/" + id + "/", Map.of("status", "deleted"));
		SandboxClient.Response badShared = this.close.put("sms_template/" + id + "/", Map.of("is_shared", "yes"));

		assertThat(nameless.status()).isEqualTo(400);
		assertThat(nameless.body().at("/field-errors/name").asString()).isEqualTo("This field is required.");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.body().at("/field-errors/body").asString()).contains("no field");
		assertThat(badStatus.body().at("/field-errors/status").asString()).contains("archived");
		assertThat(badShared.body().at("/field-errors/is_shared").asString()).contains("boolean");
		assertThat(this.close.get("sms_template/" + id + "/").ok().get("status").asString()).isEqualTo("active");
	}

	/** OpenAPI {@code CreateSMSTemplateAttachment}: content_type, filename and url. */
	@Test
	void keepsAttachmentsAndReturnsThemOnAGetOnlyWhenAskedFor() {
		Map<String, String> attachment = Map.of("content_type", "image/png", "filename", "map.png", "url",
				"https://files.sandbox.invalid/map.png");
		String id = this.close.post("sms_template/", Map.of("name", "Directions", "attachments", List.of(attachment)))
			.ok()
			.get("id")
			.asString();
		SandboxClient.Response incomplete = this.close.post("sms_template/",
				Map.of("name", "Broken", "attachments", List.of(Map.of("filename", "x.png"))));

		ObjectNode plain = this.close.get("sms_template/" + id + "/").ok();
		ObjectNode withAttachments = this.close.get("sms_template/" + id + "/?include_attachments=true").ok();

		assertThat(plain.has("attachments")).isFalse();
		assertThat(withAttachments.at("/attachments/0/filename").asString()).isEqualTo("map.png");
		assertThat(incomplete.status()).isEqualTo(400);
		assertThat(incomplete.body().at("/field-errors/attachments/errors/0/field-errors/url").asString())
			.isEqualTo("This field is required.");
	}

	/** A template that is not shared is its owner's alone. */
	@Test
	void showsAnotherUsersTemplateOnlyWhenItIsShared() {
		SandboxClient other = otherUser();
		String personal = other.post("sms_template/", Map.of("name", "Mine")).ok().get("id").asString();
		String shared = other.post("sms_template/", Map.of("name", "Ours", "is_shared", true))
			.ok()
			.get("id")
			.asString();

		assertThat(this.close.get("sms_template/").ok().get("data").findValuesAsString("id")).containsExactly(shared);
		assertThat(this.close.get("sms_template/" + personal + "/").status()).isEqualTo(404);
		assertThat(this.close.delete("sms_template/" + personal + "/").status()).isEqualTo(404);
		assertThat(other.get("sms_template/" + personal + "/").status()).isEqualTo(200);
		assertThat(this.close.put("sms_template/" + shared + "/", Map.of("text", "Edited")).status()).isEqualTo(200);
	}

	private String myId() {
		return this.close.get("me/").ok().get("id").asString();
	}

	private static SandboxClient otherUser() {
		SandboxClient control = SandboxClient.withAuthorization(sandbox.sandbox().controlUrl(), null);
		String key = control.post("users/", Map.of("first_name", "Buster", "last_name", "Bluth"))
			.ok()
			.get("api_key")
			.asString();
		return SandboxClient.withKey(sandbox.baseUrl(), key);
	}

}
