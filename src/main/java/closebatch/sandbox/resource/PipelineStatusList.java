package closebatch.sandbox.resource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import closebatch.sandbox.http.FieldErrors;
import closebatch.sandbox.store.Kind;
import closebatch.sandbox.store.Transaction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code statuses} list of a pipeline create or update: the pipeline's statuses in
 * their new order.
 *
 * <p>
 * An item {@code {"id": "stat_…"}} names an existing status; one of another pipeline is
 * moved into this one (its opportunities go with it), as the docs describe. An item
 * without {@code id} is a new status ({@code {label, status_type}}). An update must list
 * every status the pipeline has: dropping one silently would leave its fate (deleted?
 * kept last?) to a guess, so it is a 400.
 */
final class PipelineStatusList {

	private PipelineStatusList() {
	}

	/**
	 * Applies the list to the pipeline: moves and creates statuses and writes the order
	 * into {@code pipeline} (which the caller stores).
	 */
	static void apply(Transaction tx, JsonNode list, ObjectNode pipeline, boolean creating, FieldErrors errors) {
		if (!list.isArray()) {
			errors.field("statuses", "Input should be a valid list");
			return;
		}
		String pipelineId = pipeline.get("id").asString();
		List<ObjectNode> listed = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		Set<String> labels = new HashSet<>();
		int index = 0;
		for (JsonNode item : list) {
			FieldErrors itemErrors = new FieldErrors();
			ObjectNode status = item.isObject() ? status(tx, (ObjectNode) item, pipeline, itemErrors) : null;
			if (!item.isObject()) {
				itemErrors.error("Input should be a valid dictionary");
			}
			if (status != null && !ids.add(status.get("id").asString())) {
				itemErrors.field("id", "This status is listed twice.");
			}
			if (status != null && !labels.add(status.get("label").asString().toLowerCase(Locale.ROOT))) {
				itemErrors.field("label",
						"This pipeline already has a status labelled \"" + status.get("label").asString() + "\".");
			}
			if (status != null) {
				listed.add(status);
			}
			errors.nested("statuses", index++, itemErrors);
		}
		if (!creating) {
			List<String> missing = new ArrayList<>();
			for (ObjectNode current : PipelineStatuses.of(tx, pipelineId)) {
				if (!ids.contains(current.get("id").asString())) {
					missing.add(current.get("label").asString());
				}
			}
			if (!missing.isEmpty()) {
				errors.field("statuses",
						"List every status of the pipeline; missing: " + String.join(", ", missing) + ".");
			}
		}
		if (!errors.isEmpty()) {
			return;
		}
		ArrayNode order = pipeline.putArray(PipelineStatuses.ORDER_FIELD);
		for (ObjectNode status : listed) {
			String id = status.get("id").asString();
			if (tx.get(Kind.OPPORTUNITY_STATUS, id) != status) {
				tx.put(Kind.OPPORTUNITY_STATUS, status);
			}
			order.add(id);
		}
	}

	/** The status an item names or describes, as it will be stored. */
	private static ObjectNode status(Transaction tx, ObjectNode item, ObjectNode pipeline, FieldErrors errors) {
		String pipelineId = pipeline.get("id").asString();
		if (!item.has("id")) {
			ObjectNode status = OpportunityStatusResource.newStatus(tx, item, pipelineId,
					pipeline.get("organization_id").asString(), errors);
			return errors.isEmpty() ? status : null;
		}
		ObjectNode existing = tx.get(Kind.OPPORTUNITY_STATUS, item.get("id").asString(""));
		if (existing == null) {
			errors.field("id", "Status \"" + item.get("id").asString("") + "\" does not exist.");
			return null;
		}
		if (pipelineId.equals(existing.get("pipeline_id").asString())) {
			return existing;
		}
		ObjectNode moved = existing.deepCopy();
		moved.put("pipeline_id", pipelineId);
		return moved;
	}

}
