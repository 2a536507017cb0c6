package closebatch.sandbox.search;

import static closebatch.sandbox.search.Queries.and;
import static closebatch.sandbox.search.Queries.condition;
import static closebatch.sandbox.search.Queries.customField;
import static closebatch.sandbox.search.Queries.field;
import static closebatch.sandbox.search.Queries.hasRelated;
import static closebatch.sandbox.search.Queries.numberRange;
import static closebatch.sandbox.search.Queries.objectType;
import static closebatch.sandbox.search.Queries.search;
import static closebatch.sandbox.search.Queries.term;
import static closebatch.sandbox.search.Queries.textCondition;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import closebatch.sandbox.SandboxClient;
import closebatch.sandbox.SandboxExtension;
import closebatch.sandbox.http.Json;
import closebatch.sandbox.store.Ids;
import closebatch.sandbox.store.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.node.ObjectNode;

/**
 * Field conditions (docs/003, "Field Conditions"), custom fields of leads, contacts and
 * shared ones, and {@code has_related} to the other children of a lead.
 */
class SearchConditionContractTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	private final SandboxClient close = sandbox.client();

	@Test
	void currentUserConditionMatchesObjectsThatNameTheCaller() {
		ObjectNode added = SandboxClient.withKey(sandbox.sandbox().controlUrl(), SandboxExtension.API_KEY)
			.post("users/", Map.of("first_name", "Dana", "last_name", "Scully"))
			.ok();
		SandboxClient dana = SandboxClient.withKey(sandbox.baseUrl(), added.get("api_key").asString());
		this.close.post("lead/", Map.of("name", "Made by the admin")).ok();
		dana.post("lead/", Map.of("name", "Made by Dana")).ok();
		Map<String, Object> mine = field("lead", "created_by", condition("current_user"));

		assertThat(found(this.close, mine)).containsExactly("Made by the admin");
		assertThat(found(dana, mine)).containsExactly("Made by Dana");
	}

	@Test
	void momentRangeConditionMatchesDatesFromOnOrAfterUntilBefore() {
		this.close.post("lead/", Map.of("name", "Imported", "date_created", "2020-01-15T02:00:00+00:00")).ok();
		this.close.post("lead/", Map.of("name", "New")).ok();

		assertThat(found(this.close,
				createdBetween(fixedUtc("2020-01-01T00:00:00+00:00"), fixedUtc("2020-02-01T00:00:00+00:00"))))
			.containsExactly("Imported");
		assertThat(found(this.close, createdBetween(Map.of("type", "offset", "direction", "past", "moment",
				Map.of("type", "now"), "offset", Map.of("days", 1)), null)))
			.containsExactly("New");
	}

	@Test
	void fixedLocalDatesAreDaysInTheCallersTimeZone() {
		this.close.post("lead/", Map.of("name", "Imported", "date_created", "2020-01-15T02:00:00+00:00")).ok();
		Map<String, Object> onTheFifteenth = createdBetween(localDate("2020-01-15", "start"),
				localDate("2020-01-15", "end"));

		assertThat(found(this.close, onTheFifteenth)).containsExactly("Imported");
		ObjectNode inNewYork = this.close
			.send("POST", "data/search/", search(onTheFifteenth), Map.of("x-tz-offset", "-5"))
			.ok();
		assertThat(inNewYork.get("data")).isEmpty();
	}

	@Test
	void customFieldsOfContactsAndSharedFieldsCanBeSearched() {
		String nickname = this.close.post("custom_field/contact/", Map.of("name", "Nickname", "type", "text"))
			.ok()
			.get("id")
			.asString();
		String score = this.close.post("custom_field/shared/", Map.of("name", "Score", "type", "number"))
			.ok()
			.get("id")
			.asString();
		this.close.post("custom_field/shared/" + score + "/association/", Map.of("object_type", "lead")).ok();
		this.close.post("custom_field/shared/" + score + "/association/", Map.of("object_type", "contact")).ok();
		this.close.post("lead/",
				Map.of("name", "Scored lead", "custom." + score, 7, "contacts",
						List.of(Map.of("name", "Fox Mulder", "custom." + nickname, "Spooky", "custom." + score, 3))))
			.ok();

		assertThat(found(this.close, customField(nickname, textCondition("full_words", "spooky"))))
			.containsExactly("Fox Mulder");
		assertThat(found(this.close, customField(score, numberRange("gt", 5)))).containsExactly("Scored lead");
		assertThat(found(this.close, and(objectType("contact"), customField(score, condition("exists")))))
			.containsExactly("Fox Mulder");
	}

	@Test
	void hasRelatedReachesOpportunitiesTasksAndActivitiesOfALead() {
		String won = this.close.post("lead/", Map.of("name", "Won deal", "contacts", List.of(Map.of("name", "Ann"))))
			.ok()
			.get("id")
			.asString();
		String quiet = this.close.post("lead/", Map.of("name", "Quiet")).ok().get("id").asString();
		String ann = this.close.get("contact/?lead_id=" + won).ok().at("/data/0/id").asString();
		storeChild(Kind.OPPORTUNITY, won, Map.of("value", 50_000, "status_type", "won"));
		storeChild(Kind.OPPORTUNITY, quiet, Map.of("value", 900, "status_type", "active"));
		storeChild(Kind.TASK, quiet, Map.of("_type", "lead", "is_complete", false, "text", "Call back"));
		storeChild(Kind.ACTIVITY, won, Map.of("_type", "Email", "contact_id", ann, "subject", "Contract"));

		assertThat(
				found(this.close,
						hasRelated("lead", "opportunity",
								and(field("opportunity", "value", numberRange("gte", 10_000)),
										field("opportunity", "status_type", term("won"))))))
			.containsExactly("Won deal");
		assertThat(found(this.close,
				hasRelated("lead", "task.lead",
						field("task", "is_complete", Map.of("type", "boolean", "value", false)))))
			.containsExactly("Quiet");
		assertThat(found(this.close, hasRelated("lead", "activity.email", Map.of("type", "match_all"))))
			.containsExactly("Won deal");
		assertThat(found(this.close, hasRelated("lead", "activity.call", Map.of("type", "match_all")))).isEmpty();
		assertThat(found(this.close,
				hasRelated("contact", "activity",
						field("activity.email", "subject", textCondition("full_words", "contract")))))
			.containsExactly("Ann");
	}

	@Test
	void countsOfALeadIncludeItsAddressesAndItsContactsUrls() {
		this.close
			.post("lead/",
					Map.of("name", "With address", "url", "https://a.example", "addresses",
							List.of(Map.of("city", "Boston")), "contacts",
							List.of(Map.of("name", "Url owner", "urls", List.of(Map.of("url", "https://b.example"))))))
			.ok();
		this.close.post("lead/", Map.of("name", "Bare")).ok();

		assertThat(found(this.close, field("lead", "addresses_count", numberRange("gte", 1))))
			.containsExactly("With address");
		assertThat(found(this.close, field("lead", "all_urls_count", numberRange("gte", 2))))
			.containsExactly("With address");
		assertThat(found(this.close, hasRelated("lead", "address", field("address", "city", term("Boston")))))
			.containsExactly("With address");
	}

	private void storeChild(Kind kind, String leadId, Map<String, Object> fields) {
		sandbox.sandbox().store().write(tx -> {
			ObjectNode doc = Json.MAPPER.valueToTree(fields);
			doc.put("id", Ids.newId(kind));
			doc.put("lead_id", leadId);
			doc.put("date_created", tx.timestamps().now());
			tx.put(kind, doc);
			return null;
		});
	}

	private static Map<String, Object> createdBetween(Map<String, Object> onOrAfter, Map<String, Object> before) {
		Map<String, Object> range = new java.util.HashMap<>();
		range.put("type", "moment_range");
		range.put("on_or_after", onOrAfter);
		range.put("before", before);
		return field("lead", "date_created", range);
	}

	private static Map<String, Object> fixedUtc(String value) {
		return Map.of("type", "fixed_utc", "value", value);
	}

	private static Map<String, Object> localDate(String value, String which) {
		return Map.of("type", "fixed_local_date", "value", value, "which", which);
	}

	private static List<String> found(SandboxClient client, Map<String, Object> query) {
		ObjectNode response = client
			.post("data/search/", search(query, "_fields", Map.of("lead", List.of("name"), "contact", List.of("name"))))
			.ok();
		List<String> names = new ArrayList<>();
		response.get("data").forEach(result -> names.add(result.path("name").asString()));
		return names;
	}

}
