package closebatch.sandbox.search;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * The field a condition or a sort looks at: a {@code regular_field} of an object type or
 * a {@code custom_field} by id.
 */
sealed interface SearchField {

	/**
	 * The field's values on a candidate: each item of a list, the value itself otherwise;
	 * none when the field is null, missing, or belongs to another object type.
	 */
	List<JsonNode> values(Candidate candidate, EvaluationContext context);

	/**
	 * {@code {"type": "regular_field", "object_type": "contact", "field_name": "title"}}
	 */
	record Regular(ObjectType objectType, String name) implements SearchField {

		@Override
		public List<JsonNode> values(Candidate candidate, EvaluationContext context) {
			if (!this.objectType.matches(candidate)) {
				return List.of();
			}
			return flatten(candidate.field(this.name, context));
		}

	}

	/**
	 * {@code {"type": "custom_field", "custom_field_id": "cf_..."}}: the value an object
	 * holds under {@code custom.cf_...}, whichever object types the field belongs to.
	 */
	record Custom(String fieldId) implements SearchField {

		@Override
		public List<JsonNode> values(Candidate candidate, EvaluationContext context) {
			return flatten(candidate.doc().path("custom." + this.fieldId));
		}

	}

	private static List<JsonNode> flatten(JsonNode value) {
		List<JsonNode> values = new ArrayList<>();
		if (value.isArray()) {
			value.values().forEach(item -> {
				if (!item.isNull()) {
					values.add(item);
				}
			});
		}
		else if (!value.isNull() && !value.isMissingNode()) {
			values.add(value);
		}
		return values;
	}

}
