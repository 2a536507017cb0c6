package closebatch.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import closebatch.checkpoint.Ledger;
import closebatch.checkpoint.LedgerEntry;
import closebatch.checkpoint.LedgerKey;
import closebatch.close.CloseClient;
import closebatch.mapping.LeadLink;
import closebatch.report.RowError;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Finds the leads the objects of a chunk belong to, in bulk: a link by key through the
 * ledger of the lead mapping's namespace first, then in Close by the leads' hidden key
 * field (one search for all the keys the ledger does not know); a link by Close id as
 * given. A key no lead holds, or several do, is the row's error, never a guess.
 */
final class LeadsOfObjects {

	private static final int VALUES_PER_SEARCH = 100;

	private final Ledger ledger;

	private final String target;

	private final CloseSchema fields;

	LeadsOfObjects(Ledger ledger, String target, CloseSchema fields) {
		this.ledger = ledger;
		this.target = target;
		this.fields = fields;
	}

	/** What each link names: a lead id, or why there is none. */
	record Found(Map<LeadLink, String> leadIds, Map<LeadLink, RowError> errors) {
	}

	Found find(CloseClient client, List<LeadLink> links) {
		Map<LeadLink, String> ids = new HashMap<>();
		Map<LeadLink, RowError> errors = new HashMap<>();
		Map<LedgerKey, LeadLink> byLedgerKey = new HashMap<>();
		for (LeadLink link : links) {
			if (link.closeId() != null) {
				ids.put(link, link.closeId());
			}
			else {
				byLedgerKey.put(new LedgerKey(this.target, link.namespace(), link.key()), link);
			}
		}
		Map<LedgerKey, LedgerEntry> known = this.ledger.findAll(byLedgerKey.keySet());
		Map<String, LeadLink> unknown = new HashMap<>();
		byLedgerKey.forEach((key, link) -> {
			LedgerEntry entry = known.get(key);
			if (entry != null && entry.closeId() != null) {
				ids.put(link, entry.closeId());
			}
			else {
				unknown.put(link.namespace() + ":" + link.key(), link);
			}
		});
		Map<String, List<String>> found = unknown.isEmpty() || this.fields.isNew(this.fields.keyFieldId()) ? Map.of()
				: search(client, List.copyOf(unknown.keySet()));
		unknown.forEach((value, link) -> {
			List<String> leads = found.getOrDefault(value, List.of());
			if (leads.size() == 1) {
				ids.put(link, leads.get(0));
			}
			else {
				errors.put(link, leads.isEmpty()
						? RowError.of(LoadError.LINK_NOT_FOUND, "",
								"no lead has the key " + link.describe()
										+ " (neither the state file nor Close knows it)")
						: RowError.of(LoadError.IDENTITY_AMBIGUOUS, "", leads.size() + " Close leads have the key "
								+ link.describe() + ": " + String.join(", ", leads)));
			}
		});
		return new Found(ids, errors);
	}

	/** The ids of the leads holding each key value, by value. */
	private Map<String, List<String>> search(CloseClient client, List<String> values) {
		String keyField = "custom." + this.fields.keyFieldId();
		Map<String, List<String>> leads = new HashMap<>();
		for (int from = 0; from < values.size(); from += VALUES_PER_SEARCH) {
			List<String> slice = values.subList(from, Math.min(values.size(), from + VALUES_PER_SEARCH));
			ObjectNode request = JsonNodeFactory.instance.objectNode();
			ObjectNode query = request.putObject("query").put("type", "and");
			ArrayNode queries = query.putArray("queries");
			queries.addObject().put("type", "object_type").put("object_type", "lead");
			queries.add(IdentityLookup.term(this.fields.keyFieldId(), slice));
			request.putObject("_fields").putArray("lead").add("id").add(keyField);
			request.put("_limit", 200);
			for (JsonNode lead : IdentityLookup.search(client, request)) {
				for (String value : IdentityLookup.texts(lead.path(keyField))) {
					leads.computeIfAbsent(value, (v) -> new ArrayList<>()).add(lead.path("id").asString());
				}
			}
		}
		return leads;
	}

	/** Which of the leads the run's own creates made. */
	Set<String> createdInRun(Iterable<String> leadIds, String run) {
		List<String> ids = new ArrayList<>();
		leadIds.forEach(ids::add);
		return this.ledger.createdLeads(this.target, ids, run);
	}

}
