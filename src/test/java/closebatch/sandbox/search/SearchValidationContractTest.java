package closebatch.sandbox.search;

import static closebatch.sandbox.search.Queries.and;
import static closebatch.sandbox.search.Queries.condition;
import static closebatch.sandbox.search.Queries.customField;
import static closebatch.sandbox.search.Queries.field;
import static closebatch.sandbox.search.Queries.hasRelated;
import static closebatch.sandbox.search.Queries.objectType;
import static closebatch.sandbox.search.Queries.search;
import static closebatch.sandbox.search.Queries.sortBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import closebatch.sandbox.SandboxClient;
import closebatch.sandbox.SandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Bad search requests get a 400 in Close's shape ({@code {"errors": [], "field-errors":
 * {...}}}) whose key is the path of the part at fault and whose message names it.
 */
class SearchValidationContractTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	private final SandboxClient close = sandbox.client();

	@Test
	void refusesAnUnknownQueryType() {
		assertThat(fieldErrors(search(and(objectType("lead"), Map.of("type", "saved_search")))))
			.isEqualTo(Map.of("query.queries.1.type",
					"Unknown query type \"saved_search\"; expected one of and, or, object_type, id, text, "
							+ "has_related, field_condition, match_all, match_none"));
	}

	@Test
	void refusesAnUnknownObjectType() {
		assertThat(fieldErrors(search(objectType("company"))))
			.isEqualTo(Map.of("query.object_type", "Unknown object type \"company\""));
	}

	@Test
	void refusesAnUnknownFieldOfAnObjectType() {
		assertThat(fieldErrors(search(field("contact", "shoe_size", condition("exists")))))
			.isEqualTo(Map.of("query.field.field_name", "Unknown field \"shoe_size\" for object type \"contact\""));
	}

	@Test
	void refusesACustomFieldThatDoesNotExist() {
		assertThat(fieldErrors(search(customField("cf_missing", condition("exists")))))
			.isEqualTo(Map.of("query.field.custom_field_id", "Custom field \"cf_missing\" does not exist"));
	}

	@Test
	void refusesAnUnknownConditionOrTextMode() {
		assertThat(fieldErrors(search(field("lead", "name", condition("regex")))).keySet())
			.containsExactly("query.condition.type");
		assertThat(fieldErrors(search(field("lead", "name", Map.of("type", "text", "mode", "fuzzy", "value", "x")))))
			.containsKey("query.condition.mode");
	}

	@Test
	void refusesARelationTheSandboxDoesNotHave() {
		assertThat(fieldErrors(search(hasRelated("contact", "address", Map.of("type", "match_all")))))
			.isEqualTo(Map.of("query.related_object_type", "Objects of type \"contact\" have no related \"address\""));
	}

	@Test
	void refusesMalformedValues() {
		assertThat(fieldErrors(search(field("lead", "contacts_count", Map.of("type", "number_range", "gt", "many")))))
			.isEqualTo(Map.of("query.condition.gt", "Input should be a valid number"));
		assertThat(fieldErrors(search(Map.of("type", "and", "queries", "all"))))
			.isEqualTo(Map.of("query.queries", "Input should be a valid list"));
		assertThat(fieldErrors(Map.of("_limit", 10))).isEqualTo(Map.of("query", "Field required"));
		assertThat(fieldErrors(search(objectType("lead"), "results_limit", -1)))
			.isEqualTo(Map.of("results_limit", "Input should be greater than or equal to 0"));
	}

	@Test
	void refusesSortingByReferencesAndFieldsOfOtherObjects() {
		assertThat(fieldErrors(search(objectType("lead"), "sort", List.of(sortBy("lead", "status_id", "asc")))))
			.containsOnlyKeys("sort.0.field.field_name");
		assertThat(fieldErrors(search(objectType("lead"), "sort", List.of(sortBy("lead", "name", "up")))))
			.containsOnlyKeys("sort.0.direction");
		assertThat(fieldErrors(search(objectType("lead"), "sort", List.of(sortBy("opportunity", "value", "asc")))))
			.containsOnlyKeys("sort.0.field.object_type");
	}

	@Test
	void refusesFieldsForObjectTypesASearchDoesNotReturn() {
		assertThat(fieldErrors(search(objectType("lead"), "_fields", Map.of("opportunity", List.of("id")))))
			.containsOnlyKeys("_fields.opportunity");
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> fieldErrors(Map<String, Object> body) {
		SandboxClient.Response response = this.close.post("data/search/", body);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().get("errors")).isEmpty();
		JsonNode errors = response.body().get("field-errors");
		return closebatch.sandbox.http.Json.MAPPER.convertValue(errors, Map.class);
	}

}
