package closebatch.sandbox.search;

import static closebatch.sandbox.search.Queries.and;
import static closebatch.sandbox.search.Queries.condition;
import static closebatch.sandbox.search.Queries.customField;
import static closebatch.sandbox.search.Queries.field;
import static closebatch.sandbox.search.Queries.hasRelated;
import static closebatch.sandbox.search.Queries.id;
import static closebatch.sandbox.search.Queries.negate;
import static closebatch.sandbox.search.Queries.numberRange;
import static closebatch.sandbox.search.Queries.objectType;
import static closebatch.sandbox.search.Queries.or;
import static closebatch.sandbox.search.Queries.reference;
import static closebatch.sandbox.search.Queries.search;
import static closebatch.sandbox.search.Queries.term;
import static closebatch.sandbox.search.Queries.text;
import static closebatch.sandbox.search.Queries.textCondition;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import closebatch.sandbox.SandboxClient;
import closebatch.sandbox.SandboxExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The query types of the Advanced Filtering API (docs/003, "Advanced Filtering":
 * "Tutorial", "Available query types"), over three companies and their contacts.
 */
class SearchQueryContractTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	private final SandboxClient close = sandbox.client();

	private String industry;

	private ObjectNode wayne;

	private ObjectNode acme;

	@BeforeEach
	void seedThreeCompanies() {
		this.industry = this.close
			.post("custom_field/lead/",
					Map.of("name", "Industry", "type", "choices", "choices",
							List.of("Software as a service", "Retail")))
			.ok()
			.get("id")
			.asString();
		this.wayne = this.close.post("lead/",
				Map.of("name", "Wayne Enterprises", "description", "Gotham based conglomerate",
						"custom." + this.industry, "Software as a service", "contacts", List.of(
								Map.of("name", "Bruce Wayne", "title", "CEO", "emails",
										List.of(Map.of("email", "bruce@wayne.example"),
												Map.of("email", "batman@wayne.example"))),
								Map.of("name", "Alfred Pennyworth", "title", "Butler", "emails",
										List.of(Map.of("email", "alfred@wayne.example")), "phones",
										List.of(Map.of("phone", "8004445555"))))))
			.ok();
		this.acme = this.close
			.post("lead/", Map
				.of("name", "Acme Retail", "custom." + this.industry, "Retail", "contacts",
						List.of(Map.of("name", "Wile Coyote", "title", "CEO", "emails",
								List.of(Map.of("email", "wile@acme.example"), Map.of("email", "ceo@acme.example"))))))
			.ok();
		this.close.post("lead/",
				Map.of("name", "Initech", "custom." + this.industry, "Software as a service", "contacts",
						List.of(Map.of("name", "Bill Lumbergh", "title", "CEO & Co-Founder", "emails",
								List.of(Map.of("email", "bill@initech.example"))))))
			.ok();
	}

	/** docs/003, "Tutorial": the first example, finding all contacts who are CEOs. */
	@Test
	void findsContactsWhoseTitleHasTheWordCeoAsTheFirstDocsExample() {
		String docsExample = """
				{
				  "query": {
				    "type": "and",
				    "queries": [
				      {"type": "object_type", "object_type": "contact"},
				      {
				        "type": "field_condition",
				        "field": {"type": "regular_field", "object_type": "contact", "field_name": "title"},
				        "condition": {"type": "text", "mode": "full_words", "value": "CEO"}
				      }
				    ]
				  }
				}""";

		ObjectNode response = this.close.post("data/search/", docsExample).ok();

		assertThat(response.get("data")).hasSize(3)
			.allSatisfy(result -> assertThat(result.properties()).extracting(Map.Entry::getKey)
				.containsExactly("__object_type", "id"));
		assertThat(response.get("data").findValuesAsString("__object_type")).containsOnly("contact");
		assertThat(response.get("cursor").isNull()).isTrue();
		assertThat(namesOf(response)).isEmpty();
		assertThat(names(this.close
			.post("data/search/", docsExample.replace("\"query\"", "\"_fields\": {\"contact\": [\"name\"]}, \"query\""))
			.ok())).containsExactlyInAnyOrder("Bruce Wayne", "Wile Coyote", "Bill Lumbergh");
	}

	/**
	 * docs/003, "More complex query": CEOs of SaaS companies with more than one email
	 * ({@code gt: 1}; the docs' prose says "at least one", the query says more than one).
	 */
	@Test
	void findsCeosOfSaasCompaniesWithMoreThanOneEmailAsTheSecondDocsExample() {
		String docsExample = """
				{
				  "_fields": {"contact": ["name"]},
				  "query": {
				    "type": "and",
				    "queries": [
				      {"type": "object_type", "object_type": "contact"},
				      {
				        "type": "field_condition",
				        "field": {"type": "regular_field", "object_type": "contact", "field_name": "emails_count"},
				        "condition": {"type": "number_range", "gt": 1}
				      },
				      {
				        "type": "field_condition",
				        "field": {"type": "regular_field", "object_type": "contact", "field_name": "title"},
				        "condition": {"type": "text", "mode": "full_words", "value": "CEO"}
				      },
				      {
				        "type": "has_related",
				        "this_object_type": "contact",
				        "related_object_type": "lead",
				        "related_query": {
				          "type": "field_condition",
				          "field": {"type": "custom_field", "custom_field_id": "INDUSTRY"},
				          "condition": {"type": "term", "values": ["Software as a service"]},
				          "negate": false
				        }
				      }
				    ]
				  }
				}""".replace("INDUSTRY", this.industry);

		assertThat(names(this.close.post("data/search/", docsExample).ok())).containsExactly("Bruce Wayne");
	}

	@Test
	void objectTypeQueryReturnsOnlyObjectsOfThatType() {
		assertThat(found(objectType("lead"))).containsExactlyInAnyOrder("Wayne Enterprises", "Acme Retail", "Initech");
		assertThat(found(objectType("contact"))).hasSize(4);
	}

	@Test
	void idQueryMatchesTheObjectWithThatId() {
		String alfred = this.wayne.at("/contacts/1/id").asString();

		assertThat(found(id(alfred))).containsExactly("Alfred Pennyworth");
		assertThat(found(id(this.acme.get("id").asString()))).containsExactly("Acme Retail");
	}

	@Test
	void textQueryInFullWordsModeFindsEveryWordAnywhereInAnyOrder() {
		assertThat(found(and(objectType("lead"), text("full_words", "conglomerate gotham"))))
			.containsExactly("Wayne Enterprises");
		assertThat(found(and(objectType("lead"), text("full_words", "gotham retail")))).isEmpty();
	}

	@Test
	void textQueryInPhraseModeNeedsTheWordsNextToEachOtherInOrder() {
		assertThat(found(text("phrase", "bruce wayne"))).containsExactlyInAnyOrder("Wayne Enterprises", "Bruce Wayne");
		assertThat(found(text("phrase", "wayne bruce"))).isEmpty();
	}

	@Test
	void textQueryFindsALeadByItsContactsEmailsAndPhones() {
		assertThat(found(and(objectType("lead"), text("beginning_of_words", "alfred@wayne"))))
			.containsExactly("Wayne Enterprises");
		assertThat(found(and(objectType("lead"), text("full_words", "8004445555"))))
			.containsExactly("Wayne Enterprises");
		assertThat(found(and(objectType("contact"), text("full_words", "+1 800-444-5555"))))
			.containsExactly("Alfred Pennyworth");
	}

	@Test
	void hasRelatedFindsLeadsByTheirContactsAndContactsByTheirLead() {
		assertThat(
				found(hasRelated("lead", "contact", field("contact", "title", textCondition("exact_value", "butler")))))
			.containsExactly("Wayne Enterprises");
		assertThat(found(hasRelated("contact", "lead", field("lead", "name", textCondition("phrase", "acme")))))
			.containsExactly("Wile Coyote");
	}

	@Test
	void hasRelatedReachesTheEmailAndPhoneRecordsOfContacts() {
		assertThat(found(hasRelated("contact", "contact_email",
				field("contact_email", "email", textCondition("exact_value", "CEO@acme.example")))))
			.containsExactly("Wile Coyote");
		assertThat(found(hasRelated("lead", "contact",
				hasRelated("contact", "contact_phone", field("contact_phone", "phone", condition("exists"))))))
			.containsExactly("Wayne Enterprises");
	}

	@Test
	void negateReturnsEverythingTheQueryDoesNotMatch() {
		assertThat(found(
				and(objectType("contact"), negate(field("contact", "title", textCondition("full_words", "ceo"))))))
			.containsExactly("Alfred Pennyworth");
		assertThat(found(negate(or(objectType("contact"), id(this.acme.get("id").asString())))))
			.containsExactlyInAnyOrder("Wayne Enterprises", "Initech");
	}

	@Test
	void orMatchesEitherQueryAndAnEmptyAndMatchesEverything() {
		assertThat(found(or(id(this.acme.get("id").asString()),
				field("contact", "name", textCondition("full_words", "alfred")))))
			.containsExactlyInAnyOrder("Acme Retail", "Alfred Pennyworth");
		assertThat(found(and())).hasSize(7);
		assertThat(found(or())).isEmpty();
		assertThat(found(Map.of("type", "match_all"))).hasSize(7);
		assertThat(found(Map.of("type", "match_none"))).isEmpty();
	}

	@Test
	void termConditionMatchesOneOfTheValuesExactly() {
		assertThat(found(customField(this.industry, term("Retail", "Agriculture")))).containsExactly("Acme Retail");
		assertThat(found(customField(this.industry, term("retail")))).isEmpty();
	}

	@Test
	void numberRangeConditionComparesCountsWithEachBound() {
		assertThat(found(field("lead", "contacts_count", numberRange("gte", 2)))).containsExactly("Wayne Enterprises");
		assertThat(found(field("contact", "emails_count", numberRange("lt", 2))))
			.containsExactlyInAnyOrder("Alfred Pennyworth", "Bill Lumbergh");
		assertThat(found(field("contact", "phones_count", Map.of("type", "number_range", "gte", 1, "lte", 1))))
			.containsExactly("Alfred Pennyworth");
	}

	@Test
	void existsConditionMatchesFieldsWithAValue() {
		this.close.post("contact/", Map.of("lead_id", this.acme.get("id").asString(), "name", "Road Runner")).ok();

		assertThat(found(and(objectType("contact"), negate(field("contact", "title", condition("exists"))))))
			.containsExactly("Road Runner");
		assertThat(found(and(objectType("lead"), field("lead", "description", condition("exists")))))
			.containsExactly("Wayne Enterprises");
	}

	@Test
	void referenceConditionMatchesStatusIds() {
		JsonNode statuses = this.close.get("status/lead/").ok().get("data");
		String qualified = statuses.get(2).get("id").asString();
		this.close.put("lead/" + this.acme.get("id").asString() + "/", Map.of("status_id", qualified)).ok();

		assertThat(found(field("lead", "status_id", reference("status.lead", qualified))))
			.containsExactly("Acme Retail");
		assertThat(found(field("lead", "status_label", term("Potential"))))
			.containsExactlyInAnyOrder("Wayne Enterprises", "Initech");
	}

	/** Names of the leads and contacts a query finds, in result order. */
	private List<String> found(Map<String, Object> query) {
		return names(this.close
			.post("data/search/", search(query, "_fields", Map.of("lead", List.of("name"), "contact", List.of("name"))))
			.ok());
	}

	private static List<String> names(ObjectNode response) {
		List<String> names = new ArrayList<>();
		response.get("data").forEach(result -> names.add(result.path("name").asString()));
		return names;
	}

	private static List<String> namesOf(ObjectNode response) {
		return response.get("data").findValuesAsString("name");
	}

}
