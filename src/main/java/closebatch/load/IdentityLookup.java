package closebatch.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import closebatch.close.CloseClient;
import closebatch.close.model.SearchPage;
import closebatch.mapping.CustomFieldSpec;
import closebatch.mapping.Identity;
import closebatch.mapping.MatchRule;
import closebatch.mapping.RecordKeys;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Finds in Close the leads that records the ledger does not know already are, in bulk:
 * for the records of a chunk, one search per match rule that applies (the hidden key
 * field first, then a Close id column, a custom field holding the source system's id, the
 * name), each rule asked only for the records the rules before it did not find. A rule
 * that finds several leads for a record decides too: the record is
 * {@link LeadMatch.Ambiguous}.
 *
 * <p>
 * The search returns each lead with its fields, addresses, contacts and custom values, so
 * that what the file would change is known without another request.
 */
public final class IdentityLookup {

	/** The lead fields a match needs to tell what an update would change. */
	static final List<String> LEAD_FIELDS = List.of("id", "name", "url", "description", "status_id", "addresses",
			"contacts", "custom");

	private static final int VALUES_PER_SEARCH = 100;

	private static final int PAGE = 200;

	private final Identity identity;

	private final CloseSchema schema;

	private final String job;

	/**
	 * @param identity the mapping's identity and rules
	 * @param schema the organization's fields (the hidden key field among them)
	 * @param job the job's name, for the key values release 0.1 wrote
	 */
	public IdentityLookup(Identity identity, CloseSchema schema, String job) {
		this.identity = identity;
		this.schema = schema;
		this.job = job;
	}

	/** What each group's record is in Close; every group gets an answer. */
	public Map<RecordKey, LeadMatch> find(CloseClient client, List<LeadGroup> groups) {
		Map<RecordKey, LeadMatch> found = new LinkedHashMap<>();
		List<LeadGroup> open = new ArrayList<>(groups);
		for (MatchRule rule : this.identity.match()) {
			Function<LeadGroup, List<String>> values = values(rule);
			List<LeadGroup> asked = open.stream().filter((group) -> !values.apply(group).isEmpty()).toList();
			if (asked.isEmpty() || searchesNewField(rule)) {
				continue;
			}
			Function<JsonNode, List<String>> matchedBy = leadValues(rule);
			Map<String, List<JsonNode>> leadsByValue = new LinkedHashMap<>();
			List<String> wanted = asked.stream().flatMap((group) -> values.apply(group).stream()).distinct().toList();
			for (int from = 0; from < wanted.size(); from += VALUES_PER_SEARCH) {
				List<String> slice = wanted.subList(from, Math.min(wanted.size(), from + VALUES_PER_SEARCH));
				for (JsonNode lead : search(client, query(rule, slice))) {
					for (String value : matchedBy.apply(lead)) {
						leadsByValue.computeIfAbsent(value, (v) -> new ArrayList<>()).add(lead);
					}
				}
			}
			for (LeadGroup group : asked) {
				Map<String, JsonNode> leads = new LinkedHashMap<>();
				values.apply(group)
					.forEach((value) -> leadsByValue.getOrDefault(value, List.of())
						.forEach((lead) -> leads.putIfAbsent(lead.path("id").asString(), lead)));
				if (leads.size() == 1) {
					found.put(group.key(), new LeadMatch.Found(leads.values().iterator().next(), rule));
				}
				else if (leads.size() > 1) {
					found.put(group.key(), new LeadMatch.Ambiguous(List.copyOf(leads.keySet()), rule));
				}
			}
			open.removeIf((group) -> found.containsKey(group.key()));
		}
		open.forEach((group) -> found.put(group.key(), LeadMatch.NONE));
		return found;
	}

	/** Whether the rule's field was just created, so that no lead can hold its values. */
	private boolean searchesNewField(MatchRule rule) {
		if (rule instanceof MatchRule.Key) {
			return this.schema.isNew(this.schema.keyFieldId());
		}
		return (rule instanceof MatchRule.Custom custom) && this.schema.isNew(customFieldId(custom));
	}

	/**
	 * The values a rule looks for, for one record: as a lead in Close would hold them.
	 */
	private Function<LeadGroup, List<String>> values(MatchRule rule) {
		if (rule instanceof MatchRule.Key) {
			return (group) -> List.of(group.key().fieldValue(), group.key().legacyFieldValue(this.job));
		}
		if (rule instanceof MatchRule.CloseId) {
			return (group) -> (group.lead().closeId() != null) ? List.of(group.lead().closeId()) : List.of();
		}
		if (rule instanceof MatchRule.Custom custom) {
			return (group) -> group.lead().custom().getOrDefault(custom.field(), List.of());
		}
		return (group) -> (group.lead().name() != null) ? List.of(RecordKeys.normalise(group.lead().name()))
				: List.of();
	}

	/** The values of a lead in Close that a rule compares with a record's. */
	private Function<JsonNode, List<String>> leadValues(MatchRule rule) {
		if (rule instanceof MatchRule.Key) {
			return (lead) -> texts(lead.path("custom." + this.schema.keyFieldId()));
		}
		if (rule instanceof MatchRule.CloseId) {
			return (lead) -> List.of(lead.path("id").asString());
		}
		if (rule instanceof MatchRule.Custom custom) {
			return (lead) -> texts(lead.path("custom." + customFieldId(custom)));
		}
		return (lead) -> List.of(RecordKeys.normalise(lead.path("name").asString("")));
	}

	private String customFieldId(MatchRule.Custom rule) {
		return this.schema.fieldId(CustomFieldSpec.Owner.LEAD, rule.field());
	}

	private ObjectNode query(MatchRule rule, List<String> values) {
		ObjectNode request = JsonNodeFactory.instance.objectNode();
		ObjectNode query = request.putObject("query");
		query.put("type", "and");
		ArrayNode queries = query.putArray("queries");
		queries.addObject().put("type", "object_type").put("object_type", "lead");
		if (rule instanceof MatchRule.Key) {
			queries.add(term(this.schema.keyFieldId(), values));
		}
		else if (rule instanceof MatchRule.Custom custom) {
			queries.add(term(customFieldId(custom), values));
		}
		else if (rule instanceof MatchRule.CloseId) {
			ArrayNode ids = queries.addObject().put("type", "or").putArray("queries");
			values.forEach((value) -> ids.addObject().put("type", "id").put("value", value));
		}
		else {
			// A phrase finds the name whatever its case and spacing; equality is checked
			// on the normalised names.
			ArrayNode names = queries.addObject().put("type", "or").putArray("queries");
			values.forEach((value) -> {
				ObjectNode condition = names.addObject().put("type", "field_condition");
				condition.putObject("field")
					.put("type", "regular_field")
					.put("object_type", "lead")
					.put("field_name", "name");
				condition.putObject("condition").put("type", "text").put("mode", "phrase").put("value", value);
			});
		}
		ArrayNode fields = request.putObject("_fields").putArray("lead");
		LEAD_FIELDS.forEach(fields::add);
		request.put("_limit", PAGE);
		return request;
	}

	static ObjectNode term(String fieldId, List<String> values) {
		ObjectNode condition = JsonNodeFactory.instance.objectNode().put("type", "field_condition");
		condition.putObject("field").put("type", "custom_field").put("custom_field_id", fieldId);
		ArrayNode terms = condition.putObject("condition").put("type", "term").putArray("values");
		values.forEach(terms::add);
		return condition;
	}

	static List<JsonNode> search(CloseClient client, ObjectNode request) {
		List<JsonNode> leads = new ArrayList<>();
		SearchPage page = client.search(request);
		leads.addAll(page.data());
		while (page.hasMore()) {
			page = client.search(page.nextRequest(request));
			leads.addAll(page.data());
		}
		return leads;
	}

	static List<String> texts(JsonNode value) {
		if (value.isArray()) {
			return value.values().stream().map(JsonNode::asString).toList();
		}
		return (value.isMissingNode() || value.isNull()) ? List.of() : List.of(value.asString());
	}

}
