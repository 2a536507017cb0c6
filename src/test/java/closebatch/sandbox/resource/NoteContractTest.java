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
 * Note activities, as NOTES §4 "Note activity" and Close's {@code CreateNoteActivity},
 * {@code UpdateNoteActivity} and {@code ActivityBase} schemas describe them.
 */
class NoteContractTest {

	/** The properties {@code ActivityBase} requires. */
	static final List<String> ACTIVITY_BASE_REQUIRED = List.of("_type", "activity_at", "contact_id", "created_by",
			"date_created", "date_updated", "id", "lead_id", "organization_id", "updated_by", "user_id", "users");

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	private final SandboxClient close = sandbox.client();

	@Test
	void createsANoteFromHtmlAndDerivesItsPlainText() {
		String leadId = lead("Acme");

		ObjectNode note = this.close
			.post("activity/note/", Map.of("lead_id", leadId, "note_html", "<body><p>this is a test note.</p></body>"))
			.ok();

		assertThat(note.propertyNames()).containsAll(ACTIVITY_BASE_REQUIRED);
		assertThat(note.get("_type").asString()).isEqualTo("Note");
		assertThat(note.get("id").asString()).startsWith("acti_");
		assertThat(note.get("note").asString()).isEqualTo("this is a test note.");
		assertThat(note.get("note_html").asString()).isEqualTo("<body><p>this is a test note.</p></body>");
		assertThat(note.get("source").asString()).isEqualTo("api");
		assertThat(note.get("pinned").asBoolean()).isFalse();
		assertThat(note.get("pinned_at").isNull()).isTrue();
		assertThat(note.get("title").isNull()).isTrue();
		assertThat(note.get("attachments")).isEmpty();
		assertThat(note.get("note_mentions")).isEmpty();
		assertThat(note.get("users")).isEmpty();
		assertThat(note.get("user_name").asString()).isEqualTo("Sandbox Admin");
		assertThat(note.get("created_by_name").asString()).isEqualTo("Sandbox Admin");
		assertThat(note.get("activity_at").asString()).isEqualTo(note.get("date_created").asString());
	}

	@Test
	void derivesHtmlFromPlainTextAndLetsHtmlWinWhenBothAreSent() {
		String leadId = lead("Acme");

		ObjectNode plain = this.close.post("activity/note/", Map.of("lead_id", leadId, "note", "Line one\nline two"))
			.ok();
		ObjectNode both = this.close
			.post("activity/note/", Map.of("lead_id", leadId, "note", "ignored", "note_html", "<p>kept</p>"))
			.ok();

		assertThat(plain.get("note_html").asString()).isEqualTo("<body><p>Line one<br>line two</p></body>");
		assertThat(both.get("note").asString()).isEqualTo("kept");
		assertThat(both.get("note_html").asString()).isEqualTo("<body><p>kept</p></body>");
	}

	/**
	 * The migration script posts notes with their original creator and dates (NOTES §4).
	 */
	@Test
	void keepsHistoricalDatesUserAndTitleOfAMigratedNote() {
		String leadId = lead("Acme");
		String contactId = contact(leadId, "Gob");
		String author = otherUser();

		ObjectNode note = this.close.post("activity/note/",
				Map.of("lead_id", leadId, "note", "Met at the expo", "title", "Expo", "contact_id", contactId,
						"user_id", author, "created_by", author, "date_created", "2019-05-01T10:00:00+00:00",
						"activity_at", "2019-04-30T16:30:00+02:00"))
			.ok();

		assertThat(note.get("date_created").asString()).isEqualTo("2019-05-01T10:00:00.000000+00:00");
		assertThat(note.get("activity_at").asString()).isEqualTo("2019-04-30T14:30:00.000000+00:00");
		assertThat(note.get("created_by").asString()).isEqualTo(author);
		assertThat(note.get("user_name").asString()).isEqualTo("Other User");
		assertThat(note.get("contact_id").asString()).isEqualTo(contactId);
		assertThat(note.get("title").asString()).isEqualTo("Expo");
	}

	/** The schema says {@code additionalProperties: false} (NOTES §4). */
	@Test
	void refusesUnknownKeysAMissingLeadAndContactsOrUsersThatDoNotFit() {
		String leadId = lead("Acme");
		String strangersContact = contact(lead("Elsewhere"), "Stranger");

		SandboxClient.Response misspelt = this.close.post("activity/note/",
				Map.of("lead_id", leadId, "note_hmtl", "<p>x</p>"));
		SandboxClient.Response noLead = this.close.post("activity/note/", Map.of("note", "x"));
		SandboxClient.Response wrongPeople = this.close.post("activity/note/",
				Map.of("lead_id", leadId, "contact_id", strangersContact, "user_id", "user_nope", "pinned", "yes"));

		assertThat(misspelt.status()).isEqualTo(400);
		assertThat(misspelt.body().at("/field-errors/note_hmtl").asString())
			.isEqualTo("Extra inputs are not permitted");
		assertThat(noLead.body().at("/field-errors/lead_id").asString()).isEqualTo("This field is required.");
		assertThat(wrongPeople.body().get("field-errors").propertyNames()).containsExactlyInAnyOrder("contact_id",
				"user_id", "pinned");
		assertThat(this.close.get("activity/note/").ok().get("data")).isEmpty();
	}

	@Test
	void updatesTextTitleAndPinningAsAPatch() {
		String leadId = lead("Acme");
		ObjectNode note = this.close.post("activity/note/", Map.of("lead_id", leadId, "note", "Draft", "title", "Kept"))
			.ok();

		ObjectNode pinned = this.close
			.put("activity/note/" + id(note) + "/",
					Map.of("note_html", "<body><p>this is an update to my existing note.</p></body>", "pinned", true))
			.ok();
		ObjectNode unpinned = this.close.put("activity/note/" + id(note) + "/", Map.of("pinned", false)).ok();

		assertThat(pinned.get("note").asString()).isEqualTo("this is an update to my existing note.");
		assertThat(pinned.get("title").asString()).isEqualTo("Kept");
		assertThat(pinned.get("pinned").asBoolean()).isTrue();
		assertThat(pinned.get("pinned_at").asString()).isNotEmpty();
		assertThat(unpinned.get("pinned_at").isNull()).isTrue();
		assertThat(unpinned.get("note").asString()).isEqualTo("this is an update to my existing note.");
		assertThat(this.close.put("activity/note/" + id(note) + "/", Map.of("lead_id", lead("Other")))
			.body()
			.at("/field-errors/lead_id")
			.asString()).isEqualTo("Extra inputs are not permitted");
	}

	/**
	 * Create a Note activity: attachment URLs "must begin
	 * https://app.close.com/go/file/".
	 */
	@Test
	void acceptsOnlyAttachmentsFromClosesFilesApi() {
		String leadId = lead("Acme");
		String url = "https://app.close.com/go/file/temporary/user_x/3HV4/picture.gif/";

		ObjectNode note = this.close.post("activity/note/", Map.of("lead_id", leadId, "attachments",
				List.of(Map.of("url", url, "filename", "picture.gif", "content_type", "image/gif"))))
			.ok();
		SandboxClient.Response elsewhere = this.close.post("activity/note/", Map.of("lead_id", leadId, "attachments",
				List.of(Map.of("url", "https://example.com/a.gif", "filename", "a.gif"))));

		assertThat(note.at("/attachments/0/url").asString()).isEqualTo(url);
		assertThat(note.at("/attachments/0/content_type").asString()).isEqualTo("image/gif");
		assertThat(elsewhere.status()).isEqualTo(400);
		assertThat(elsewhere.body().at("/field-errors/attachments/errors/0/field-errors/url").isString()).isTrue();
	}

	@Test
	void getsAndDeletesNotesButNotOtherActivitiesThroughTheNoteEndpoint() {
		String leadId = lead("Acme");
		ObjectNode note = this.close.post("activity/note/", Map.of("lead_id", leadId, "note", "x")).ok();
		ObjectNode call = this.close.post("activity/call/", Map.of("lead_id", leadId)).ok();

		assertThat(this.close.get("activity/note/" + id(note) + "/").ok().get("note").asString()).isEqualTo("x");
		assertThat(this.close.get("activity/note/" + id(call) + "/").status()).isEqualTo(404);
		assertThat(this.close.delete("activity/note/" + id(note) + "/").ok()).isEmpty();
		assertThat(this.close.get("activity/note/" + id(note) + "/").status()).isEqualTo(404);
		assertThat(this.close.get("activity/call/" + id(call) + "/").status()).isEqualTo(200);
	}

	/** Activities are children of their lead: deleted with it, moved by a merge. */
	@Test
	void notesFollowTheirLeadThroughMergeAndDeletion() {
		String source = lead("Source");
		String destination = lead("Destination");
		ObjectNode note = this.close.post("activity/note/", Map.of("lead_id", source, "note", "x")).ok();

		this.close.post("lead/merge/", Map.of("source", source, "destination", destination)).ok();
		assertThat(this.close.get("activity/note/" + id(note) + "/").ok().get("lead_id").asString())
			.isEqualTo(destination);
		this.close.delete("lead/" + destination + "/").ok();

		assertThat(this.close.get("activity/note/" + id(note) + "/").status()).isEqualTo(404);
	}

	private String lead(String name) {
		return this.close.post("lead/", Map.of("name", name)).ok().get("id").asString();
	}

	private String contact(String leadId, String name) {
		return this.close.post("contact/", Map.of("lead_id", leadId, "name", name)).ok().get("id").asString();
	}

	private String otherUser() {
		return OrganizationSeed.addUser(sandbox.sandbox().store(), "Other", "User", "other@sandbox.invalid")
			.get("id")
			.asString();
	}

	private static String id(ObjectNode object) {
		return object.get("id").asString();
	}

}
