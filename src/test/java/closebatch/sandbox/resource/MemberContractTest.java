package closebatch.sandbox.resource;

import java.util.Map;

import closebatch.sandbox.SandboxClient;
import closebatch.sandbox.SandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organization, its users and the caller: OpenAPI operations organizations
 * {@code get} ("memberships and inactive_memberships are populated with user data
 * prefixed with user_", {@code _expand=memberships__user,inactive_memberships__user}),
 * users {@code list} and {@code get}, and {@code get-me}; Close's scripts resolve users
 * by email through them (NOTES §10, user_reassign.py,
 * delete_tasks_for_inactive_users.py).
 */
class MemberContractTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	private final SandboxClient close = sandbox.client();

	private final SandboxClient control = SandboxClient.withAuthorization(sandbox.sandbox().controlUrl(), null);

	@Test
	void listsMembersAddedThroughTheControlsInTheOrganizationsMemberships() {
		JsonNode buster = addUser("Buster", "buster@bluth.test");

		ObjectNode organization = this.close.get("organization/" + organizationId() + "/").ok();

		assertThat(organization.get("memberships").findValuesAsString("user_id")).startsWith(myId())
			.contains(buster.get("id").asString());
		JsonNode membership = member(organization.get("memberships"), buster.get("id").asString());
		assertThat(membership.get("id").asString()).startsWith("memb_");
		assertThat(membership.get("user_email").asString()).isEqualTo("buster@bluth.test");
		assertThat(membership.get("user_full_name").asString()).isEqualTo("Buster Bluth");
		assertThat(membership.get("role_id").asString()).isEqualTo("member");
		assertThat(organization.get("memberships").get(0).get("role_id").asString()).isEqualTo("admin");
		assertThat(organization.get("lead_statuses").findValuesAsString("label")).contains("Potential");
	}

	@Test
	void movesADeactivatedMemberToInactiveMembershipsAndRefusesTheirKey() {
		JsonNode buster = addUser("Buster", "buster.inactive@bluth.test");
		String busterId = buster.get("id").asString();
		SandboxClient busterClient = SandboxClient.withKey(sandbox.baseUrl(), buster.get("api_key").asString());
		assertThat(busterClient.get("me/").status()).isEqualTo(200);

		this.control.post("users/" + busterId + "/deactivate/", Map.of()).ok();
		ObjectNode organization = this.close.get("organization/" + organizationId() + "/").ok();
		ObjectNode expanded = this.close
			.get("organization/" + organizationId() + "/?_expand=inactive_memberships__user")
			.ok();

		assertThat(organization.get("memberships").findValuesAsString("user_id")).contains(myId())
			.doesNotContain(busterId);
		assertThat(organization.get("inactive_memberships").findValuesAsString("user_id")).contains(busterId);
		JsonNode inactive = member(expanded.get("inactive_memberships"), busterId);
		assertThat(inactive.at("/user/email").asString()).isEqualTo("buster.inactive@bluth.test");
		assertThat(inactive.has("user_email")).isFalse();
		assertThat(busterClient.get("me/").status()).isEqualTo(401);
		assertThat(this.control.post("users/" + myId() + "/deactivate/", Map.of()).status()).isEqualTo(400);
		assertThat(this.close.get("organization/" + organizationId() + "/?_expand=contacts").status()).isEqualTo(400);
	}

	@Test
	void listsAndFetchesUsersInClosesShape() {
		String busterId = addUser("Buster", "buster.listed@bluth.test").get("id").asString();

		ObjectNode list = this.close.get("user/?_skip=0").ok();
		ObjectNode fetched = this.close.get("user/" + busterId + "/?_fields=id,email").ok();
		ObjectNode whole = this.close.get("user/" + busterId + "/").ok();

		assertThat(list.get("data").findValuesAsString("email")).startsWith("admin@sandbox.invalid")
			.contains("buster.listed@bluth.test");
		assertThat(list.get("has_more").asBoolean()).isFalse();
		assertThat(fetched.propertyNames()).containsExactly("id", "email");
		assertThat(whole.get("first_name").asString()).isEqualTo("Buster");
		assertThat(whole.get("organizations").get(0).asString()).isEqualTo(organizationId());
		assertThat(whole.has("role")).isFalse();
		assertThat(whole.has("date_created")).isTrue();
		assertThat(this.close.get("user/user_doesNotExist/").status()).isEqualTo(404);
	}

	@Test
	void describesTheCallerWithTheirOrganizationAndPhoneNumbers() {
		this.close.post("phone_number/request/internal/", Map.of("country", "US", "with_sms", true)).ok();

		ObjectNode me = this.close.get("me/").ok();

		assertThat(me.get("id").asString()).startsWith("user_");
		assertThat(me.get("email").asString()).isEqualTo("admin@sandbox.invalid");
		assertThat(me.get("organization_id").asString()).isEqualTo(me.at("/organizations/0/id").asString());
		assertThat(me.at("/organizations/0/memberships/0/user_id").asString()).isEqualTo(me.get("id").asString());
		assertThat(me.get("phone_numbers").size()).isEqualTo(1);
	}

	/** Records name any member, even an inactive one; an unknown user is a 400. */
	@Test
	void letsRecordsNameAnyMemberAndRefusesAnUnknownUser() {
		String busterId = addUser("Buster", "buster.former@bluth.test").get("id").asString();
		this.control.post("users/" + busterId + "/deactivate/", Map.of()).ok();
		String leadId = this.close.post("lead/", Map.of("name", "Acme")).ok().get("id").asString();

		SandboxClient.Response task = this.close.post("task/",
				Map.of("lead_id", leadId, "text", "Call", "assigned_to", busterId));
		SandboxClient.Response note = this.close.post("activity/note/",
				Map.of("lead_id", leadId, "note", "Hi", "user_id", busterId, "created_by", busterId));
		SandboxClient.Response unknownTask = this.close.post("task/",
				Map.of("lead_id", leadId, "text", "Call", "assigned_to", "user_nobody"));
		SandboxClient.Response unknownNote = this.close.post("activity/note/",
				Map.of("lead_id", leadId, "note", "Hi", "user_id", "user_nobody"));
		SandboxClient.Response unknownCreator = this.close.post("lead/",
				Map.of("name", "Bluth", "created_by", "user_nobody"));
		SandboxClient.Response unknownOwner = this.close.post("opportunity/",
				Map.of("lead_id", leadId, "user_id", "user_nobody"));

		assertThat(task.ok().get("assigned_to").asString()).isEqualTo(busterId);
		assertThat(note.ok().get("user_id").asString()).isEqualTo(busterId);
		assertThat(unknownTask.status()).isEqualTo(400);
		assertThat(unknownTask.body().at("/field-errors/assigned_to").isMissingNode()).isFalse();
		assertThat(unknownNote.body().at("/field-errors/user_id").isMissingNode()).isFalse();
		assertThat(unknownCreator.body().at("/field-errors/created_by").isMissingNode()).isFalse();
		assertThat(unknownOwner.body().at("/field-errors/user_id").isMissingNode()).isFalse();
	}

	private JsonNode addUser(String first, String email) {
		ObjectNode created = this.control
			.post("users/", Map.of("first_name", first, "last_name", "Bluth", "email", email))
			.ok();
		ObjectNode user = (ObjectNode) created.get("user").deepCopy();
		user.put("api_key", created.get("api_key").asString());
		return user;
	}

	private static JsonNode member(JsonNode memberships, String userId) {
		for (JsonNode membership : memberships) {
			if (membership.get("user_id").asString().equals(userId)) {
				return membership;
			}
		}
		throw new AssertionError(userId + " is not in " + memberships);
	}

	private String myId() {
		return this.close.get("me/").ok().get("id").asString();
	}

	private String organizationId() {
		return this.close.get("me/").ok().get("organization_id").asString();
	}

}
