package closebatch.sandbox.resource;

import java.util.List;

import closebatch.sandbox.http.FieldErrors;
import closebatch.sandbox.store.Kind;
import closebatch.sandbox.store.Transaction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The status an opportunity create or update asks for, from {@code status_id},
 * {@code pipeline_id} and the deprecated {@code status} label (OpenAPI
 * {@code CreateOpportunity}).
 *
 * <ul>
 * <li>{@code status_id}: that status; with {@code pipeline_id} too, the status must be in
 * that pipeline (else 400).</li>
 * <li>{@code status} (a label, not with {@code status_id}): the status of that label, in
 * {@code pipeline_id} if given, else the first in the organization's order.</li>
 * <li>{@code pipeline_id} alone: the pipeline's first status, unless the opportunity
 * already is in that pipeline (an update then keeps its status).</li>
 * <li>nothing: on create, the organization's default (first) status; on update, no
 * change.</li>
 * </ul>
 * An unknown status or pipeline is a 400 naming the field.
 */
final class OpportunityStatusInput {

	private OpportunityStatusInput() {
	}

	/**
	 * The status to set, or null to keep the current one (or when errors were added).
	 * @param current the opportunity's current status, null on create
	 */
	static ObjectNode choose(Transaction tx, ObjectNode input, ObjectNode current, FieldErrors errors) {
		String statusId = text(input, "status_id", errors);
		String label = text(input, "status", errors);
		String pipelineId = text(input, "pipeline_id", errors);
		if (!errors.isEmpty()) {
			return null;
		}
		if (pipelineId != null && tx.get(Kind.PIPELINE, pipelineId) == null) {
			errors.field("pipeline_id", "Pipeline \"" + pipelineId + "\" does not exist.");
			return null;
		}
		if (statusId != null && label != null) {
			errors.error("Specify either status or status_id, not both.");
			return null;
		}
		if (statusId != null) {
			return byId(tx, statusId, pipelineId, errors);
		}
		if (label != null) {
			return byLabel(tx, label, pipelineId, errors);
		}
		if (pipelineId != null) {
			if (current != null && pipelineId.equals(current.path("pipeline_id").asString(null))) {
				return null;
			}
			List<ObjectNode> statuses = PipelineStatuses.of(tx, pipelineId);
			if (statuses.isEmpty()) {
				errors.field("pipeline_id", "Pipeline \"" + pipelineId + "\" has no statuses.");
				return null;
			}
			return statuses.get(0);
		}
		if (current == null) {
			ObjectNode status = PipelineStatuses.defaultStatus(tx).orElse(null);
			if (status == null) {
				errors.error("The organization has no opportunity statuses.");
			}
			return status;
		}
		return null;
	}

	private static ObjectNode byId(Transaction tx, String statusId, String pipelineId, FieldErrors errors) {
		ObjectNode status = tx.get(Kind.OPPORTUNITY_STATUS, statusId);
		if (status == null) {
			errors.field("status_id", "Opportunity status \"" + statusId + "\" does not exist.");
			return null;
		}
		if (pipelineId != null && !pipelineId.equals(status.path("pipeline_id").asString(null))) {
			errors.field("status_id", "Opportunity status \"" + status.get("label").asString()
					+ "\" is not in pipeline \"" + pipelineId + "\".");
			return null;
		}
		return status;
	}

	private static ObjectNode byLabel(Transaction tx, String label, String pipelineId, FieldErrors errors) {
		List<ObjectNode> candidates = (pipelineId == null) ? PipelineStatuses.all(tx)
				: PipelineStatuses.of(tx, pipelineId);
		for (ObjectNode status : candidates) {
			if (status.get("label").asString().equalsIgnoreCase(label.trim())) {
				return status;
			}
		}
		errors.field("status", "Opportunity status \"" + label + "\" does not exist"
				+ ((pipelineId == null) ? "." : " in pipeline \"" + pipelineId + "\"."));
		return null;
	}

	/** A string field, null when absent, null or empty. */
	private static String text(ObjectNode input, String field, FieldErrors errors) {
		JsonNode value = input.path(field);
		if (value.isMissingNode() || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			errors.field(field, "Input should be a valid string");
			return null;
		}
		return value.asString().isBlank() ? null : value.asString();
	}

}
