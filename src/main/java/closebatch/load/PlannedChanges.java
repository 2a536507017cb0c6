package closebatch.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import closebatch.close.CloseClient;
import closebatch.close.PlannedWrites;
import closebatch.mapping.LeadRecord;
import closebatch.report.PlanWriter;
import closebatch.report.RowAction;
import closebatch.report.RowOutcome;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns what a dry run's loader did with a record, and the writes it would have sent,
 * into the record's line of {@code plan.csv}: the action, and for an update each field
 * that would change, old value → new value, in the names the mapping uses.
 */
public final class PlannedChanges {

	private final PlannedWrites writes;

	private final CloseClient client;

	private final Map<String, String> fieldNames = new HashMap<>();

	private final Map<String, String> statusLabels = new HashMap<>();

	/**
	 * @param writes the writes the dry run kept
	 * @param client a client of the target, for a lead the loader knew from the state
	 * file and so did not look up
	 * @param schema the run's names and ids
	 */
	public PlannedChanges(PlannedWrites writes, CloseClient client, CloseSchema schema) {
		this.writes = writes;
		this.client = client;
		schema.fieldIds().values().forEach((ids) -> ids.forEach((name, id) -> this.fieldNames.put(id, name)));
		schema.statusLabels()
			.forEach((label) -> schema.statusId(label).ifPresent((id) -> this.statusLabels.put(id, label)));
	}

	/** The line of a group the loader went through. */
	public PlanWriter.Line line(LeadGroup group, LeadMatch match, GroupResult result) {
		List<Long> rows = group.lead().rowNumbers();
		String record = group.key().value();
		String leadId = result.outcomes()
			.stream()
			.map(RowOutcome::leadId)
			.filter((id) -> id != null)
			.findFirst()
			.orElse(null);
		List<String> reasons = result.outcomes()
			.stream()
			.filter((outcome) -> outcome.error() != null)
			.map((outcome) -> outcome.error().describe())
			.distinct()
			.toList();
		if (result.lead() == GroupResult.LeadChange.CREATED) {
			return new PlanWriter.Line(rows, record, PlanWriter.Action.CREATE, null, created(group.lead()),
					String.join("; ", reasons));
		}
		boolean loaded = result.outcomes()
			.stream()
			.anyMatch((outcome) -> outcome.action() != RowAction.REJECTED && outcome.action() != RowAction.SKIPPED);
		if (result.lead() == GroupResult.LeadChange.NONE && !loaded) {
			boolean skipped = result.outcomes().stream().allMatch((outcome) -> outcome.action() == RowAction.SKIPPED);
			return new PlanWriter.Line(rows, record, skipped ? PlanWriter.Action.SKIP : PlanWriter.Action.REJECT,
					leadId, "", String.join("; ", reasons));
		}
		boolean changed = result.lead() == GroupResult.LeadChange.UPDATED || result.contactsCreated() > 0
				|| result.contactsUpdated() > 0;
		if (!changed || leadId == null) {
			return new PlanWriter.Line(rows, record, PlanWriter.Action.UNCHANGED, leadId, "",
					String.join("; ", reasons));
		}
		return new PlanWriter.Line(rows, record, PlanWriter.Action.UPDATE, leadId,
				String.join("; ", changes(leadId, match)), String.join("; ", reasons));
	}

	private static String created(LeadRecord lead) {
		int contacts = lead.contacts().size();
		return (contacts == 1) ? "1 contact" : contacts + " contacts";
	}

	private List<String> changes(String leadId, LeadMatch match) {
		List<String> changes = new ArrayList<>();
		// A lead the state file knew was not looked up: read it for its values before.
		JsonNode before = (match instanceof LeadMatch.Found found) ? found.lead()
				: this.client.get("lead/" + leadId + "/");
		Set<String> described = new HashSet<>();
		for (PlannedWrites.Write write : this.writes.to("lead/" + leadId + "/")) {
			// An update of a lead the state file knew sends every field the file holds:
			// name only those that differ from what Close holds.
			ObjectNode differing = (write.body() instanceof ObjectNode body) ? CloseDiff.changes(body, before)
					: JsonNodeFactory.instance.objectNode();
			for (Map.Entry<String, JsonNode> field : differing.properties()) {
				if (described.add(field.getKey())) {
					changes.add(name(field.getKey()) + ": " + text(field.getKey(), before.path(field.getKey())) + " → "
							+ text(field.getKey(), field.getValue()));
				}
			}
		}
		long added = this.writes.to("contact/")
			.stream()
			.filter((write) -> leadId.equals(write.body().path("lead_id").asString()))
			.count();
		if (added > 0) {
			changes.add("contacts: +" + added);
		}
		long updated = 0;
		for (JsonNode contact : before.path("contacts")) {
			updated += this.writes.to("contact/" + contact.path("id").asString() + "/").isEmpty() ? 0 : 1;
		}
		if (updated > 0) {
			changes.add("contacts updated: " + updated);
		}
		return changes;
	}

	private String name(String field) {
		if (field.startsWith("custom.")) {
			return this.fieldNames.getOrDefault(field.substring("custom.".length()), field);
		}
		return field.equals("status_id") ? "status" : field;
	}

	private String text(String field, JsonNode value) {
		if (value.isMissingNode() || value.isNull()) {
			return "(empty)";
		}
		if (field.equals("status_id")) {
			return this.statusLabels.getOrDefault(value.asString(), value.asString());
		}
		return value.isValueNode() ? value.asString() : value.toString();
	}

}
