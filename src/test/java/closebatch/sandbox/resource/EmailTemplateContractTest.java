package closebatch.sandbox.resource;

import java.util.Map;

import closebatch.sandbox.SandboxClient;
import closebatch.sandbox.SandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Email templates: Close's OpenAPI operations on {@code /email_template/} (list with
 * {@code is_archived} and {@code is_shared}, create, get with {@code _fields}, update,
 * delete).
 */
class EmailTemplateContractTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	private final SandboxClient close = sandbox.client();

	@Test
	void createsFetchesUpdatesAndDeletesATemplate() {
		ObjectNode created = this.close
			.post("email_template/",
					Map.of("name", "Intro", "subject", "Hello {{ lead.display_name }}", "body", "<p>Hi</p>"))
			.ok();
		String id = created.get("id").asString();

		ObjectNode fetched = this.close.get("email_template/" + id + "/?_fields=id,subject").ok();
		ObjectNode updated = this.close.put("email_template/" + id + "/", Map.of("is_archived", true)).ok();
		SandboxClient.Response deleted = this.close.delete("email_template/" + id + "/");

		assertThat(id).startsWith("tmpl_");
		assertThat(created.get("is_shared").asBoolean()).isFalse();
		assertThat(created.get("is_archived").asBoolean()).isFalse();
		assertThat(fetched.propertyNames()).containsExactly("id", "subject");
		assertThat(fetched.get("subject").asString()).isEqualTo("Hello {{ lead.display_name }}");
		assertThat(updated.get("is_archived").asBoolean()).isTrue();
		assertThat(updated.get("name").asString()).isEqualTo("Intro");
		assertThat(deleted.status()).isEqualTo(200);
		assertThat(this.close.get("email_template/" + id + "/").status()).isEqualTo(404);
	}

	@Test
	void filtersTheListByArchivedAndShared() {
		String active = this.close.post("email_template/", Map.of("name", "A", "is_shared", true))
			.ok()
			.get("id")
			.asString();
		String archived = this.close.post("email_template/", Map.of("name", "B", "is_archived", true))
			.ok()
			.get("id")
			.asString();

		assertThat(ids("email_template/")).containsExactly(active, archived);
		assertThat(ids("email_template/?is_archived=false")).containsExactly(active);
		assertThat(ids("email_template/?is_archived=true")).containsExactly(archived);
		assertThat(ids("email_template/?is_shared=false")).containsExactly(archived);
		assertThat(this.close.get("email_template/?is_shared=maybe").status()).isEqualTo(400);
	}

	@Test
	void refusesANamelessTemplateAndFieldsItDoesNotHave() {
		SandboxClient.Response nameless = this.close.post("email_template/", Map.of("subject", "Hi"));
		SandboxClient.Response unknown = this.close.post("email_template/", Map.of("name", "A", "text", "Hi"));

		assertThat(nameless.body().at("/field-errors/name").asString()).isEqualTo("This field is required.");
		assertThat(unknown.body().at("/field-errors/text").asString()).contains("no field");
		assertThat(ids("email_template/")).isEmpty();
	}

	private java.util.List<String> ids(String path) {
		return this.close.get(path).ok().get("data").findValuesAsString("id");
	}

}
