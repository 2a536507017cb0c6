package closebatch.sandbox.search;

import static closebatch.sandbox.search.Queries.objectType;
import static closebatch.sandbox.search.Queries.search;
import static closebatch.sandbox.search.Queries.sortBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import closebatch.sandbox.SandboxClient;
import closebatch.sandbox.SandboxExtension;
import closebatch.sandbox.http.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Output control, results limit and count, sorting and pagination of the Advanced
 * Filtering API (docs/003, "Advanced Filtering": "Output control", "Results limit",
 * "Results count", "Sorting", "Pagination"; NOTES.md §3 "Cursor pagination").
 */
class SearchPagingContractTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	private final SandboxClient close = sandbox.client();

	@Test
	void pagesThroughEveryResultExactlyOnceWhileLeadsAreAddedAndDeleted() {
		List<String> created = createLeads(25);
		List<String> seen = new ArrayList<>();
		Map<String, Object> body = search(objectType("lead"), "_limit", 7);
		ObjectNode page = this.close.post("data/search/", body).ok();
		List<Integer> pageSizes = new ArrayList<>();
		while (true) {
			page.get("data").forEach(result -> seen.add(result.get("id").asString()));
			pageSizes.add(page.get("data").size());
			if (page.get("cursor").isNull()) {
				break;
			}
			this.close.post("lead/", Map.of("name", "Added while paging")).ok();
			body.put("cursor", page.get("cursor").asString());
			page = this.close.post("data/search/", body).ok();
		}

		assertThat(pageSizes).containsExactly(7, 7, 7, 4);
		assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(created);
		assertThat(page.has("has_more")).isFalse();
	}

	@Test
	void aPageLeavesOutObjectsDeletedSinceTheQueryRan() {
		List<String> created = createLeads(4);
		ObjectNode first = this.close.post("data/search/", search(objectType("lead"), "_limit", 2)).ok();
		String deleted = created.get(0);
		this.close.delete("lead/" + deleted + "/").ok();

		ObjectNode second = this.close
			.post("data/search/", search(objectType("lead"), "_limit", 2, "cursor", first.get("cursor").asString()))
			.ok();

		assertThat(ids(first)).containsExactly(created.get(3), created.get(2));
		assertThat(ids(second)).containsExactly(created.get(1));
		assertThat(second.get("cursor").isNull()).isTrue();
	}

	@Test
	void withoutASortResultsComeNewestFirstAndPagesDefaultToAHundred() {
		List<String> created = createLeads(105);

		ObjectNode page = this.close.post("data/search/", search(objectType("lead"))).ok();

		assertThat(ids(page)).hasSize(100).startsWith(created.get(104), created.get(103));
		assertThat(page.get("cursor").isString()).isTrue();
	}

	@Test
	void resultsLimitBoundsTheWholeResultSetAndCountsReportBoth() {
		createLeads(10);

		ObjectNode limited = this.close
			.post("data/search/", search(objectType("lead"), "results_limit", 4, "_limit", 3, "include_counts", true))
			.ok();
		ObjectNode rest = this.close
			.post("data/search/", Map.of("cursor", limited.get("cursor").asString(), "include_counts", true))
			.ok();
		ObjectNode onlyCount = this.close
			.post("data/search/", search(objectType("lead"), "results_limit", 0, "include_counts", true))
			.ok();
		ObjectNode withoutCounts = this.close.post("data/search/", search(objectType("lead"))).ok();

		assertThat(limited.get("data")).hasSize(3);
		assertThat(rest.get("data")).hasSize(1);
		assertThat(rest.get("cursor").isNull()).isTrue();
		assertThat(limited.get("count")).isEqualTo(Json.MAPPER.valueToTree(Map.of("limited", 4, "total", 10)));
		assertThat(onlyCount.get("data")).isEmpty();
		assertThat(onlyCount.at("/count/limited").asInt()).isZero();
		assertThat(onlyCount.at("/count/total").asInt()).isEqualTo(10);
		assertThat(withoutCounts.has("count")).isFalse();
	}

	@Test
	void fieldsSelectRestFieldsPerObjectTypeIncludingCustomValues() {
		String tier = this.close.post("custom_field/lead/", Map.of("name", "Tier", "type", "text"))
			.ok()
			.get("id")
			.asString();
		this.close.post("lead/", Map.of("name", "Gold Co", "custom." + tier, "gold", "contacts",
				List.of(Map.of("name", "Goldie", "title", "Owner"))))
			.ok();

		ObjectNode response = this.close
			.post("data/search/",
					search(Map.of("type", "match_all"), "_fields",
							Map.of("lead", List.of("id", "display_name", "custom"), "contact",
									List.of("name", "title"))))
			.ok();

		JsonNode contact = response.get("data").get(0);
		JsonNode lead = response.get("data").get(1);
		assertThat(fieldNames(contact)).containsExactly("__object_type", "name", "title");
		assertThat(contact.get("title").asString()).isEqualTo("Owner");
		assertThat(fieldNames(lead)).containsExactly("__object_type", "id", "display_name", "custom." + tier);
		assertThat(lead.get("custom." + tier).asString()).isEqualTo("gold");
	}

	@Test
	void fieldsAreRenderedAsTheRestApiRendersThem() {
		String tier = this.close.post("custom_field/contact/", Map.of("name", "Tier", "type", "text"))
			.ok()
			.get("id")
			.asString();
		ObjectNode lead = this.close.post("lead/",
				Map.of("name", "Same Co", "url", "https://same.example", "addresses",
						List.of(Map.of("city", "Paris", "country", "FR")), "contacts",
						List.of(Map.of("name", "Sam", "title", "CTO", "custom." + tier, "gold", "phones",
								List.of(Map.of("phone", "+33142685300")), "emails",
								List.of(Map.of("email", "s@same.example"))))))
			.ok();
		String contactId = lead.at("/contacts/0/id").asString();
		List<String> storedLeadFields = List.of("id", "name", "url", "status_id", "addresses", "date_created",
				"created_by", "custom");
		List<String> storedContactFields = List.of("id", "lead_id", "name", "title", "phones", "urls", "date_updated",
				"updated_by", "custom");
		Map<List<String>, List<String>> leadAndContactFields = Map.of(storedLeadFields, storedContactFields,
				concat(storedLeadFields, "status_label", "created_by_name", "contacts"),
				concat(storedContactFields, "emails", "display_name"));

		leadAndContactFields.forEach((leadFields, contactFields) -> {
			ObjectNode response = this.close
				.post("data/search/",
						search(Map.of("type", "match_all"), "_fields",
								Map.of("lead", leadFields, "contact", contactFields)))
				.ok();
			ObjectNode contactResult = (ObjectNode) response.get("data").get(0);
			ObjectNode leadResult = (ObjectNode) response.get("data").get(1);
			contactResult.remove("__object_type");
			leadResult.remove("__object_type");
			assertThat(leadResult).isEqualTo(
					this.close.get("lead/" + lead.get("id").asString() + "/?_fields=" + String.join(",", leadFields))
						.ok());
			assertThat(contactResult).isEqualTo(
					this.close.get("contact/" + contactId + "/?_fields=" + String.join(",", contactFields)).ok());
			assertThat(contactResult.get("custom." + tier).asString()).isEqualTo("gold");
		});
	}

	private static List<String> concat(List<String> names, String... more) {
		List<String> all = new ArrayList<>(names);
		all.addAll(List.of(more));
		return all;
	}

	@Test
	void sortsByATextFieldInEitherDirectionWithMissingValuesLast() {
		this.close.post("lead/", Map.of("contacts", List.of(Map.of("name", "No title")))).ok();
		for (String title : List.of("b Manager", "A Director", "C Engineer")) {
			this.close.post("lead/", Map.of("contacts", List.of(Map.of("name", title, "title", title)))).ok();
		}
		Map<String, Object> contacts = objectType("contact");
		Map<String, Object> names = Map.of("contact", List.of("name"));

		ObjectNode ascending = this.close
			.post("data/search/",
					search(contacts, "_fields", names, "sort", List.of(sortBy("contact", "title", "asc"))))
			.ok();
		ObjectNode descending = this.close
			.post("data/search/",
					search(contacts, "_fields", names, "sort", List.of(sortBy("contact", "title", "desc"))))
			.ok();

		assertThat(ascending.get("data").findValuesAsString("name")).containsExactly("A Director", "b Manager",
				"C Engineer", "No title");
		assertThat(descending.get("data").findValuesAsString("name")).containsExactly("C Engineer", "b Manager",
				"A Director", "No title");
	}

	@Test
	void sortsByANumberAsANumberAndBreaksTiesNewestFirst() {
		String few = this.close.post("lead/", Map.of("name", "Few", "contacts", List.of(Map.of("name", "1"))))
			.ok()
			.get("id")
			.asString();
		String many = this.close.post("lead/", Map.of("name", "Many", "contacts", contacts(11)))
			.ok()
			.get("id")
			.asString();
		String alsoFew = this.close.post("lead/", Map.of("name", "Also few", "contacts", List.of(Map.of("name", "2"))))
			.ok()
			.get("id")
			.asString();

		ObjectNode sorted = this.close
			.post("data/search/", search(objectType("lead"), "sort", List.of(sortBy("lead", "contacts_count", "desc"))))
			.ok();

		assertThat(ids(sorted)).containsExactly(many, alsoFew, few);
	}

	@Test
	void sortsByACustomFieldOfLeads() {
		String revenue = this.close.post("custom_field/lead/", Map.of("name", "Revenue", "type", "number"))
			.ok()
			.get("id")
			.asString();
		for (Object amount : List.of(9, 1000, 80)) {
			this.close.post("lead/", Map.of("name", "Makes " + amount, "custom." + revenue, amount)).ok();
		}
		Map<String, Object> byRevenue = Map.of("direction", "desc", "field",
				Map.of("type", "custom_field", "custom_field_id", revenue));

		ObjectNode sorted = this.close
			.post("data/search/",
					search(objectType("lead"), "_fields", Map.of("lead", List.of("name")), "sort", List.of(byRevenue)))
			.ok();

		assertThat(sorted.get("data").findValuesAsString("name")).containsExactly("Makes 1000", "Makes 80", "Makes 9");
	}

	@Test
	void limitAboveTwoHundredIsRefusedAsOnLeads() {
		SandboxClient.Response response = this.close.post("data/search/", search(objectType("lead"), "_limit", 201));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().at("/field-errors/_limit").asString())
			.isEqualTo("Input should be less than or equal to 200");
		assertThat(response.body().get("errors")).isEmpty();
	}

	@Test
	void anUnknownCursorIsRefused() {
		SandboxClient.Response response = this.close.post("data/search/",
				search(objectType("lead"), "cursor", "not-a-cursor"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().at("/field-errors/cursor").asString()).isEqualTo("Invalid cursor");
	}

	@Test
	void aSandboxResetForgetsCursors() {
		createLeads(3);
		String cursor = this.close.post("data/search/", search(objectType("lead"), "_limit", 1))
			.ok()
			.get("cursor")
			.asString();

		SandboxClient.withKey(sandbox.sandbox().controlUrl(), SandboxExtension.API_KEY).post("reset/", Map.of()).ok();

		assertThat(this.close.post("data/search/", Map.of("cursor", cursor)).status()).isEqualTo(400);
	}

	private List<String> createLeads(int count) {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ids.add(this.close.post("lead/", Map.of("name", "Lead " + i)).ok().get("id").asString());
		}
		return ids;
	}

	private static List<Map<String, Object>> contacts(int count) {
		List<Map<String, Object>> contacts = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			contacts.add(Map.of("name", "Contact " + i));
		}
		return contacts;
	}

	private static List<String> ids(ObjectNode response) {
		return response.get("data").findValuesAsString("id");
	}

	private static Set<String> fieldNames(JsonNode result) {
		Set<String> names = new LinkedHashSet<>();
		result.properties().forEach(entry -> names.add(entry.getKey()));
		return names;
	}

}
