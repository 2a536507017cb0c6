package closebatch.close.model;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Close's 400 bodies, flat and nested (NOTES §2). */
class ValidationErrorsTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void readsRequestAndFieldErrors() {
		ValidationErrors errors = ValidationErrors.from(json(
				"{\"errors\": [\"Bad\"], \"field-errors\": {\"_limit\": \"Input should be less than or equal to 200\"}}"));

		assertThat(errors.errors()).containsExactly("Bad");
		assertThat(errors.fieldErrors())
			.containsExactly(Map.entry("_limit", "Input should be less than or equal to 200"));
		assertThat(errors.summary()).isEqualTo("Bad; _limit: Input should be less than or equal to 200");
	}

	@Test
	void readsTheErrorsOfNestedContactsWithTheirPaths() {
		// the shape of a real Close answer (taylorbrooks/closeio#64), one level deeper
		ValidationErrors errors = ValidationErrors.from(
				json("""
						{"errors": [], "field-errors": {"contacts": {"errors": {
						  "0": {"errors": [], "field-errors": {"custom.LinkedIn": "The Custom Field \\"LinkedIn\\" does not exist."}},
						  "2": {"errors": [], "field-errors": {"emails": {"errors": {
						    "1": {"errors": [], "field-errors": {"email": "Invalid email address."}}}}}}}}}}
						"""));

		assertThat(errors.fieldErrors()).isEmpty();
		assertThat(errors.nested().get("contacts")).containsOnlyKeys("0", "2");
		assertThat(errors.flatten()).containsExactly(
				new FieldError("contacts[0].custom.LinkedIn", "The Custom Field \"LinkedIn\" does not exist."),
				new FieldError("contacts[2].emails[1].email", "Invalid email address."));
	}

	@Test
	void readsTheOlderSingleErrorShapeAndListsOfMessages() {
		assertThat(ValidationErrors.from(json("{\"error\": \"max_skip = 35000\"}")).errors())
			.containsExactly("max_skip = 35000");
		assertThat(ValidationErrors.from(json("{\"field-errors\": {\"name\": [\"Too long\", \"Bad\"]}}")).fieldErrors())
			.containsEntry("name", "Too long; Bad");
	}

	@Test
	void anUnreadableBodyHasNoErrors() {
		assertThat(ValidationErrors.from(null).isEmpty()).isTrue();
		assertThat(ValidationErrors.from(json("[1]")).isEmpty()).isTrue();
	}

	@Test
	void aSearchPageWithoutACursorIsTheLast() {
		SearchPage page = SearchPage.from(json("{\"data\": [{\"id\": \"lead_1\"}], \"cursor\": \"\"}"));

		assertThat(page.hasMore()).isFalse();
		assertThat(page.data()).hasSize(1);
	}

	private static JsonNode json(String text) {
		return JSON.readTree(text);
	}

}
