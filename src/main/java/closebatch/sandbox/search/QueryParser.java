package closebatch.sandbox.search;

import static closebatch.sandbox.search.JsonInput.error;
import static closebatch.sandbox.search.JsonInput.path;

import java.util.ArrayList;
import java.util.List;

import closebatch.sandbox.store.Kind;
import closebatch.sandbox.store.SandboxStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the {@code query} of a search into a {@link SearchQuery}, refusing unknown query
 * types, object types, fields, custom fields, relations and conditions with a 400 that
 * names the path of the offending part.
 */
final class QueryParser {

	static final List<String> QUERY_TYPES = List.of("and", "or", "object_type", "id", "text", "has_related",
			"field_condition", "match_all", "match_none");

	private static final List<Kind> CUSTOM_FIELD_KINDS = List.of(Kind.LEAD_CUSTOM_FIELD, Kind.CONTACT_CUSTOM_FIELD,
			Kind.OPPORTUNITY_CUSTOM_FIELD, Kind.SHARED_CUSTOM_FIELD);

	private final SandboxStore store;

	private final ConditionParser conditions = new ConditionParser();

	QueryParser(SandboxStore store) {
		this.store = store;
	}

	SearchQuery query(JsonNode node, String path) {
		JsonInput.object(node, path);
		String type = JsonInput.string(node, path, "type");
		boolean negate = JsonInput.bool(node, path, "negate", false);
		SearchQuery query = switch (type) {
			case "and" -> new SearchQuery.And(queries(node, path));
			case "or" -> new SearchQuery.Or(queries(node, path));
			case "match_all" -> new SearchQuery.MatchAll();
			case "match_none" -> new SearchQuery.MatchNone();
			case "object_type" -> new SearchQuery.OfType(objectType(node, path, "object_type"));
			case "id" -> new SearchQuery.Id(JsonInput.string(node, path, "value"));
			case "text" ->
				new SearchQuery.Text(this.conditions.mode(node, path), JsonInput.string(node, path, "value"));
			case "has_related" -> hasRelated(node, path);
			case "field_condition" ->
				new SearchQuery.OnField(field(JsonInput.required(node, path, "field"), path(path, "field")),
						this.conditions.condition(node, path));
			default -> throw error(path(path, "type"),
					"Unknown query type \"" + type + "\"; expected one of " + String.join(", ", QUERY_TYPES));
		};
		return negate ? new SearchQuery.Not(query) : query;
	}

	private List<SearchQuery> queries(JsonNode node, String path) {
		JsonNode items = JsonInput.array(node, path, "queries");
		List<SearchQuery> queries = new ArrayList<>();
		for (int index = 0; index < items.size(); index++) {
			queries.add(query(items.get(index), path(path, "queries") + "." + index));
		}
		return queries;
	}

	private SearchQuery hasRelated(JsonNode node, String path) {
		ObjectType thisType = objectType(node, path, "this_object_type");
		ObjectType relatedType = objectType(node, path, "related_object_type");
		if (!Relations.supports(thisType.kind(), relatedType.kind())) {
			throw error(path(path, "related_object_type"),
					"Objects of type \"" + thisType + "\" have no related \"" + relatedType + "\"");
		}
		SearchQuery related = query(JsonInput.required(node, path, "related_query"), path(path, "related_query"));
		return new SearchQuery.HasRelated(thisType, relatedType, related);
	}

	/** A {@code regular_field} or {@code custom_field}, checked against what exists. */
	SearchField field(JsonNode node, String path) {
		JsonInput.object(node, path);
		String type = JsonInput.string(node, path, "type");
		if (type.equals("regular_field")) {
			ObjectType objectType = objectType(node, path, "object_type");
			String name = JsonInput.string(node, path, "field_name");
			if (!RegularFields.isKnown(objectType.kind(), name)) {
				throw error(path(path, "field_name"),
						"Unknown field \"" + name + "\" for object type \"" + objectType + "\"");
			}
			return new SearchField.Regular(objectType, name);
		}
		if (type.equals("custom_field")) {
			String id = JsonInput.string(node, path, "custom_field_id");
			if (customField(id) == null) {
				throw error(path(path, "custom_field_id"), "Custom field \"" + id + "\" does not exist");
			}
			return new SearchField.Custom(id);
		}
		throw error(path(path, "type"),
				"Unknown field type \"" + type + "\"; expected one of regular_field, custom_field");
	}

	/** The definition of a lead, contact, opportunity or shared custom field; or null. */
	ObjectNode customField(String id) {
		for (Kind kind : CUSTOM_FIELD_KINDS) {
			ObjectNode field = this.store.get(kind, id);
			if (field != null) {
				return field;
			}
		}
		return null;
	}

	static ObjectType objectType(JsonNode node, String path, String key) {
		String name = JsonInput.string(node, path, key);
		ObjectType type = ObjectType.parse(name);
		if (type == null) {
			throw error(path(path, key), "Unknown object type \"" + name + "\"");
		}
		return type;
	}

}
