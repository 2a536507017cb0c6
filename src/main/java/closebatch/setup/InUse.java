package closebatch.setup;

import java.util.List;
import java.util.Optional;

import closebatch.close.CloseClient;
import closebatch.close.model.SearchPage;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Finds records that still hold a status or a custom field value, so that {@code --prune}
 * names them instead of deleting what is in use. Asks Close's Advanced Filtering, which
 * returns leads and contacts: an opportunity or a custom activity is found through its
 * lead.
 */
final class InUse {

	private static final int NAMED = 5;

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private final CloseClient client;

	InUse(CloseClient client) {
		this.client = client;
	}

	Optional<String> leadStatus(String id) {
		return holders("lead", condition(regular("lead", "status_id"), term(id)));
	}

	Optional<String> opportunityStatus(String id) {
		return holders("lead", related("opportunity", condition(regular("opportunity", "status_id"), term(id))));
	}

	Optional<String> customActivityType(String id) {
		return holders("lead", related("activity.custom_activity",
				condition(regular("activity", "custom_activity_type_id"), term(id))));
	}

	/**
	 * Records holding a value of a custom field of leads, contacts, opportunities or
	 * custom activities ({@code objectType} as an association names it).
	 */
	Optional<String> field(String objectType, String fieldId) {
		ObjectNode has = condition(JSON.objectNode().put("type", "custom_field").put("custom_field_id", fieldId),
				JSON.objectNode().put("type", "exists"));
		return switch (objectType) {
			case "lead" -> holders("lead", has);
			case "contact" -> holders("contact", has);
			case "opportunity" -> holders("lead", related("opportunity", has));
			default -> holders("lead", related("activity.custom_activity", has));
		};
	}

	/** Up to five holders as "leads such as Acme (lead_…)", or empty when none. */
	private Optional<String> holders(String objectType, ObjectNode condition) {
		ObjectNode request = JSON.objectNode();
		ObjectNode query = request.putObject("query").put("type", "and");
		query.putArray("queries")
			.add(JSON.objectNode().put("type", "object_type").put("object_type", objectType))
			.add(condition);
		request.put("_limit", NAMED);
		request.putObject("_fields").set(objectType, JSON.arrayNode().add("id").add("display_name"));
		SearchPage page = this.client.search(request);
		if (page.data().isEmpty()) {
			return Optional.empty();
		}
		List<String> named = page.data()
			.stream()
			.map((record) -> record.path("display_name").asString("") + " (" + record.path("id").asString() + ")")
			.toList();
		return Optional
			.of(objectType + "s such as " + String.join(", ", named) + (page.cursor() == null ? "" : ", and more"));
	}

	private static ObjectNode related(String relatedType, ObjectNode relatedQuery) {
		return JSON.objectNode()
			.put("type", "has_related")
			.put("this_object_type", "lead")
			.put("related_object_type", relatedType)
			.set("related_query", relatedQuery);
	}

	private static ObjectNode condition(ObjectNode field, ObjectNode condition) {
		ObjectNode node = JSON.objectNode().put("type", "field_condition");
		node.set("field", field);
		node.set("condition", condition);
		return node;
	}

	private static ObjectNode regular(String objectType, String fieldName) {
		return JSON.objectNode()
			.put("type", "regular_field")
			.put("object_type", objectType)
			.put("field_name", fieldName);
	}

	private static ObjectNode term(String id) {
		ObjectNode term = JSON.objectNode().put("type", "term");
		term.putArray("values").add(id);
		return term;
	}

}
