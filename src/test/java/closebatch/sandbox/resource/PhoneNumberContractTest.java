package closebatch.sandbox.resource;

import java.util.HashMap;
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
 * Listing, reading, updating and releasing phone numbers, as the docs pages "Phone
 * Numbers", "Retrieve a single phone number" and the OpenAPI {@code /phone_number/} paths
 * describe them, with the newer fields of NOTES §7.
 */
class PhoneNumberContractTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	private final SandboxClient close = sandbox.client();

	@Test
	void aNewOrganizationHasNoNumbers() {
		ObjectNode list = this.close.get("phone_number/").ok();

		assertThat(list.get("data")).isEmpty();
		assertThat(list.get("has_more").asBoolean()).isFalse();
	}

	@Test
	void findsANumberByItsNumberInAnyNotation() {
		String us = rent(Map.of("country", "US", "prefix", "650")).get("number").asString();
		String london = rent(Map.of("country", "GB", "prefix", "20")).get("number").asString();

		assertThat(numbers("phone_number/?number=%2B" + london.substring(1))).containsExactly(london);
		assertThat(numbers("phone_number/?number=+" + london.substring(1))).containsExactly(london);
		assertThat(numbers("phone_number/?number=" + us.substring(2))).containsExactly(us);
		assertThat(numbers("phone_number/?number=%2B15550000000")).isEmpty();
	}

	/**
	 * NOTES §7: {@code user_id} and {@code is_group_number} filters are deprecated;
	 * {@code participant_user_id} also matches group numbers the user takes part in.
	 */
	@Test
	void filtersByOwnerGroupAndParticipant() {
		String me = this.close.get("me/").ok().get("id").asString();
		String personal = rent(Map.of("country", "US")).get("number").asString();
		ObjectNode group = rent(Map.of("country", "US", "sharing", "group"));
		ObjectNode otherGroup = rent(Map.of("country", "US", "sharing", "group"));
		this.close.put("phone_number/" + group.get("id").asString() + "/", Map.of("participants", List.of(me))).ok();

		assertThat(numbers("phone_number/?user_id=" + me)).containsExactly(personal);
		assertThat(numbers("phone_number/?is_group_number=true")).containsExactly(group.get("number").asString(),
				otherGroup.get("number").asString());
		assertThat(numbers("phone_number/?participant_user_id=" + me)).containsExactly(personal,
				group.get("number").asString());
	}

	@Test
	void pagesAndSelectsFields() {
		rent(Map.of("country", "US"));
		rent(Map.of("country", "US"));

		ObjectNode page = this.close.get("phone_number/?_limit=1&_fields=id,number").ok();

		assertThat(page.get("data")).hasSize(1);
		assertThat(page.get("has_more").asBoolean()).isTrue();
		assertThat(page.at("/data/0").properties()).extracting(Map.Entry::getKey).containsExactly("id", "number");
	}

	/** OpenAPI {@code PUT /phone_number/{id}/}: label, forwarding, voicemail greeting. */
	@Test
	void updatesLabelForwardingGreetingAndRingDuration() {
		String id = rent(Map.of("country", "US")).get("id").asString();

		ObjectNode updated = this.close.put("phone_number/" + id + "/",
				Map.of("label", "Sales line", "forward_to", "(650) 333-4444", "forward_to_enabled", true,
						"voicemail_greeting_url", "https://example.com/greeting.mp3", "press_1_to_accept", true,
						"inbound_ring_duration", 45))
			.ok();

		assertThat(updated.get("label").asString()).isEqualTo("Sales line");
		assertThat(updated.get("forward_to").asString()).isEqualTo("+16503334444");
		assertThat(updated.get("forward_to_formatted").asString()).isEqualTo("+1 650-333-4444");
		assertThat(updated.get("forward_to_enabled").asBoolean()).isTrue();
		assertThat(updated.get("voicemail_greeting_url").asString()).isEqualTo("https://example.com/greeting.mp3");
		assertThat(updated.get("press_1_to_accept").asBoolean()).isTrue();
		assertThat(updated.get("inbound_ring_duration").asInt()).isEqualTo(45);
		assertThat(this.close.get("phone_number/" + id + "/").ok().get("label").asString()).isEqualTo("Sales line");
	}

	/**
	 * The docs require a secure greeting URL; NOTES §7: ring duration 15–90 and
	 * {@code additionalProperties: false}.
	 */
	@Test
	void refusesAnInsecureGreetingARingDurationOutOfRangeAndUnknownKeys() {
		String id = rent(Map.of("country", "US")).get("id").asString();

		SandboxClient.Response response = this.close.put("phone_number/" + id + "/", Map.of("voicemail_greeting_url",
				"http://example.com/greeting.mp3", "inbound_ring_duration", 10, "colour", "blue"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().at("/field-errors/voicemail_greeting_url").asString()).contains("https://");
		assertThat(response.body().at("/field-errors/inbound_ring_duration").asString())
			.isEqualTo("Input should be greater than or equal to 15");
		assertThat(response.body().at("/field-errors/colour").asString()).isEqualTo("Extra inputs are not permitted");
	}

	@Test
	void refusesForwardingWithoutANumberToForwardTo() {
		String id = rent(Map.of("country", "US")).get("id").asString();

		SandboxClient.Response response = this.close.put("phone_number/" + id + "/",
				Map.of("forward_to_enabled", true));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().at("/field-errors/forward_to_enabled").asString()).contains("forward_to");
	}

	/**
	 * The docs: "Modify which team members are part of a group number via participants
	 * ... external phone numbers ... via phone_numbers ... in E.164".
	 */
	@Test
	void setsTheMembersOfAGroupNumber() {
		String me = this.close.get("me/").ok().get("id").asString();
		String id = rent(Map.of("country", "US", "sharing", "group")).get("id").asString();

		ObjectNode updated = this.close
			.put("phone_number/" + id + "/",
					Map.of("participants", List.of(me), "phone_numbers", List.of("+16503334444")))
			.ok();

		assertThat(updated.get("participants").valueStream().map(JsonNode::asString)).containsExactly(me);
		assertThat(updated.get("phone_numbers_formatted").valueStream().map(JsonNode::asString))
			.containsExactly("+1 650-333-4444");
	}

	@Test
	void refusesUnknownMembersNonE164NumbersGroupsAndMembersOfPersonalNumbers() {
		String group = rent(Map.of("country", "US", "sharing", "group")).get("id").asString();
		String personal = rent(Map.of("country", "US")).get("id").asString();

		SandboxClient.Response badMembers = this.close.put("phone_number/" + group + "/",
				Map.of("participants", List.of("user_missing"), "phone_numbers", List.of("650-333-4444"),
						"participant_groups", List.of("group_x")));
		SandboxClient.Response personalMembers = this.close.put("phone_number/" + personal + "/",
				Map.of("participants", List.of(this.close.get("me/").ok().get("id").asString())));

		assertThat(badMembers.body().at("/field-errors/participants").asString()).contains("user_missing");
		assertThat(badMembers.body().at("/field-errors/phone_numbers").asString()).contains("E.164");
		assertThat(badMembers.body().at("/field-errors/participant_groups").asString()).contains("group_x");
		assertThat(personalMembers.status()).isEqualTo(400);
		assertThat(personalMembers.body().at("/field-errors/participants").asString())
			.isEqualTo("Only group numbers have participants.");
	}

	/** The docs: "You can only update your own personal numbers." */
	@Test
	void letsOnlyTheOwnerChangeAPersonalNumber() {
		String personal = rent(Map.of("country", "US")).get("id").asString();
		String group = rent(Map.of("country", "US", "sharing", "group")).get("id").asString();
		SandboxClient colleague = colleague();

		SandboxClient.Response update = colleague.put("phone_number/" + personal + "/", Map.of("label", "Mine now"));
		SandboxClient.Response release = colleague.delete("phone_number/" + personal + "/");
		SandboxClient.Response groupUpdate = colleague.put("phone_number/" + group + "/", Map.of("label", "Team"));

		assertThat(update.status()).isEqualTo(403);
		assertThat(update.body().get("error").asString())
			.isEqualTo("You can only update your own personal phone numbers.");
		assertThat(release.status()).isEqualTo(403);
		assertThat(groupUpdate.status()).isEqualTo(200);
	}

	@Test
	void releasesANumber() {
		String id = rent(Map.of("country", "US")).get("id").asString();

		SandboxClient.Response deleted = this.close.delete("phone_number/" + id + "/");

		assertThat(deleted.status()).isEqualTo(200);
		assertThat(deleted.body().isEmpty()).isTrue();
		assertThat(this.close.get("phone_number/" + id + "/").status()).isEqualTo(404);
	}

	@Test
	void clearsALabelAndForwardingWithNull() {
		String id = rent(Map.of("country", "US")).get("id").asString();
		this.close.put("phone_number/" + id + "/", Map.of("label", "Old", "forward_to", "+16503334444")).ok();
		Map<String, Object> clear = new HashMap<>();
		clear.put("label", null);
		clear.put("forward_to", null);

		ObjectNode cleared = this.close.put("phone_number/" + id + "/", clear).ok();

		assertThat(cleared.get("label").asString()).isEmpty();
		assertThat(cleared.get("forward_to").isNull()).isTrue();
		assertThat(cleared.get("forward_to_formatted").isNull()).isTrue();
	}

	private SandboxClient colleague() {
		SandboxClient control = SandboxClient.withAuthorization(sandbox.sandbox().controlUrl(), null);
		String key = control.post("users/", Map.of("first_name", "Buster", "last_name", "Bluth"))
			.ok()
			.get("api_key")
			.asString();
		return SandboxClient.withKey(sandbox.baseUrl(), key);
	}

	private ObjectNode rent(Map<String, Object> request) {
		SandboxClient.Response response = this.close.post("phone_number/request/internal/", request);
		assertThat(response.status()).as("rental answer %s", response.body()).isEqualTo(201);
		return (ObjectNode) response.body();
	}

	private List<String> numbers(String path) {
		return this.close.get(path).ok().get("data").findValuesAsString("number");
	}

}
