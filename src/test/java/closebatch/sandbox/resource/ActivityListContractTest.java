package closebatch.sandbox.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import closebatch.sandbox.SandboxClient;
import closebatch.sandbox.SandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The activity lists: {@code GET /activity/} as the docs' "Activities" section (docs/003)
 * and Close's OpenAPI document describe it, and the lists of one type.
 */
class ActivityListContractTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	private final SandboxClient close = sandbox.client();

	@Test
	void listsEveryTypeNewestFirst() {
		String leadId = lead("Acme");
		ObjectNode oldNote = note(leadId, "2019-01-01T00:00:00+00:00");
		ObjectNode call = call(leadId, "2020-01-01T00:00:00+00:00");
		ObjectNode newNote = note(leadId, "2021-01-01T00:00:00+00:00");

		JsonNode all = this.close.get("activity/").ok();

		assertThat(ids(all)).containsExactly(id(newNote), id(call), id(oldNote));
		assertThat(all.get("has_more").asBoolean()).isFalse();
		assertThat(all.has("total_results")).isFalse();
		assertThat(all.at("/data/1/_type").asString()).isEqualTo("Call");
	}

	@Test
	void filtersByLeadTypeUserAndContactOfOneLead() {
		String acme = lead("Acme");
		String contactId = contact(acme, "Gob");
		String other = OrganizationSeed.addUser(sandbox.sandbox().store(), "Other", "User", "other@sandbox.invalid")
			.get("id")
			.asString();
		ObjectNode note = note(acme, "2020-01-01T00:00:00+00:00");
		ObjectNode call = this.close
			.post("activity/call/", Map.of("lead_id", acme, "contact_id", contactId, "user_id", other))
			.ok();
		ObjectNode elsewhere = note(lead("Bluth"), "2020-01-02T00:00:00+00:00");

		assertThat(ids(this.close.get("activity/?lead_id=" + acme).ok())).containsExactlyInAnyOrder(id(note), id(call));
		assertThat(ids(this.close.get("activity/?lead_id=" + acme + "&_type=Note").ok())).containsExactly(id(note));
		assertThat(ids(this.close.get("activity/?lead_id=" + acme + "&_type__in=Note,Call").ok()))
			.containsExactlyInAnyOrder(id(note), id(call));
		assertThat(ids(this.close.get("activity/?lead_id=" + acme + "&user_id=" + other).ok()))
			.containsExactly(id(call));
		assertThat(ids(this.close.get("activity/?lead_id=" + acme + "&contact_id__in=" + contactId).ok()))
			.containsExactly(id(call));
		assertThat(ids(this.close.get("activity/?lead_id__in=" + acme + "," + lead("Empty")).ok()))
			.doesNotContain(id(elsewhere))
			.hasSize(2);
		assertThat(
				this.close.get("activity/?lead_id=" + acme + "&_type=note").body().at("/field-errors/_type").isString())
			.isTrue();
	}

	/**
	 * Docs: "The following filtering parameters can only be used for listing activities
	 * on a single lead (using the lead_id parameter): user_id, user_id__in, contact_id,
	 * contact_id__in, _type, _type__in."
	 */
	@ParameterizedTest
	@ValueSource(strings = { "user_id", "user_id__in", "contact_id", "contact_id__in", "_type", "_type__in" })
	void refusesSingleLeadFiltersWithoutALead(String parameter) {
		SandboxClient.Response refused = this.close.get("activity/?" + parameter + "=Note");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().get("field-errors").propertyNames()).containsExactly(parameter);
		assertThat(refused.body().at("/field-errors/" + parameter).asString()).contains("lead_id");
	}

	@Test
	void refusesSingleLeadFiltersForSeveralLeads() {
		String first = lead("First");
		String second = lead("Second");

		assertThat(this.close.get("activity/?lead_id=" + first + "," + second + "&_type=Note").status()).isEqualTo(400);
	}

	@Test
	void filtersByCreationDate() {
		String leadId = lead("Acme");
		ObjectNode old = note(leadId, "2019-01-01T00:00:00+00:00");
		ObjectNode middle = call(leadId, "2020-01-01T00:00:00+00:00");
		ObjectNode recent = note(leadId, "2021-01-01T00:00:00+00:00");

		assertThat(ids(this.close.get("activity/?date_created__gt=2019-06-01&date_created__lt=2020-06-01").ok()))
			.containsExactly(id(middle));
		assertThat(ids(this.close.get("activity/?date_created__gt=2020-01-01T00:00:00%2B00:00").ok()))
			.containsExactly(id(recent));
		assertThat(ids(this.close.get("activity/?date_created__lt=2019-01-02").ok())).containsExactly(id(old));
	}

	/**
	 * Close's OpenAPI: "Sorting by -activity_at can only be used when listing activities
	 * on a single lead" and "you can only use the date-based filters of the field you're
	 * currently sorting on".
	 */
	@Test
	void sortsByActivityTimeOnlyForOneLeadAndFiltersOnlyTheSortedField() {
		String leadId = lead("Acme");
		ObjectNode happenedLate = this.close
			.post("activity/note/", Map.of("lead_id", leadId, "activity_at", "2022-01-01T00:00:00+00:00"))
			.ok();
		ObjectNode happenedEarly = this.close
			.post("activity/note/", Map.of("lead_id", leadId, "activity_at", "2018-01-01T00:00:00+00:00"))
			.ok();
		String byActivity = "activity/?lead_id=" + leadId + "&_order_by=-activity_at";

		assertThat(ids(this.close.get(byActivity).ok())).containsExactly(id(happenedLate), id(happenedEarly));
		assertThat(ids(this.close.get(byActivity + "&activity_at__lt=2020-01-01").ok()))
			.containsExactly(id(happenedEarly));
		assertThat(this.close.get("activity/?_order_by=-activity_at").body().at("/field-errors/_order_by").isString())
			.isTrue();
		assertThat(this.close.get("activity/?lead_id=" + leadId + "&activity_at__lt=2020-01-01")
			.body()
			.at("/field-errors/activity_at__lt")
			.isString()).isTrue();
		assertThat(this.close.get(byActivity + "&date_created__gt=2020-01-01")
			.body()
			.at("/field-errors/date_created__gt")
			.isString()).isTrue();
	}

	@Test
	void pagesSelectsFieldsAndCapsThePageSize() {
		String leadId = lead("Acme");
		for (int year = 2015; year <= 2019; year++) {
			note(leadId, year + "-01-01T00:00:00+00:00");
		}

		ObjectNode page = this.close.get("activity/?_limit=2&_skip=1&_fields=id,date_created").ok();

		assertThat(page.get("data")).extracting(activity -> activity.get("date_created").asString())
			.containsExactly("2018-01-01T00:00:00.000000+00:00", "2017-01-01T00:00:00.000000+00:00");
		assertThat(page.at("/data/0").propertyNames()).containsExactly("id", "date_created");
		assertThat(page.get("has_more").asBoolean()).isTrue();
		assertThat(this.close.get("activity/?_limit=101").body().at("/field-errors/_limit").isString()).isTrue();
	}

	/**
	 * The lists of one type document user_id and contact_id without the single-lead rule.
	 */
	@Test
	void listsOneTypeWithItsFilters() {
		String leadId = lead("Acme");
		ObjectNode note = note(leadId, "2020-01-01T00:00:00+00:00");
		ObjectNode call = call(leadId, "2020-01-02T00:00:00+00:00");
		String me = this.close.get("me/").ok().get("id").asString();

		assertThat(ids(this.close.get("activity/note/").ok())).containsExactly(id(note));
		assertThat(ids(this.close.get("activity/call/?user_id=" + me).ok())).containsExactly(id(call));
		assertThat(ids(this.close.get("activity/call/?lead_id=" + lead("Empty")).ok())).isEmpty();
		assertThat(ids(this.close.get("activity/note/?date_created__gte=2020-01-02").ok())).isEmpty();
	}

	private String lead(String name) {
		return this.close.post("lead/", Map.of("name", name)).ok().get("id").asString();
	}

	private String contact(String leadId, String name) {
		return this.close.post("contact/", Map.of("lead_id", leadId, "name", name)).ok().get("id").asString();
	}

	private ObjectNode note(String leadId, String dateCreated) {
		return this.close.post("activity/note/", Map.of("lead_id", leadId, "date_created", dateCreated)).ok();
	}

	private ObjectNode call(String leadId, String dateCreated) {
		return this.close.post("activity/call/", Map.of("lead_id", leadId, "date_created", dateCreated)).ok();
	}

	private static String id(JsonNode object) {
		return object.get("id").asString();
	}

	private static List<String> ids(JsonNode list) {
		List<String> ids = new ArrayList<>();
		list.get("data").forEach(item -> ids.add(id(item)));
		return ids;
	}

}
