package closebatch.sandbox.resource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import closebatch.sandbox.http.FieldErrors;
import closebatch.sandbox.store.Kind;
import closebatch.sandbox.store.Transaction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The opportunity statuses of each pipeline in the pipeline's order, and the
 * organization's default status: the first status of the first pipeline.
 *
 * <p>
 * A pipeline document keeps the order its statuses were last put in
 * ({@value #ORDER_FIELD}, written by {@code PUT /pipeline/{id}/}); statuses it does not
 * list follow in creation order, so a new status goes last.
 */
final class PipelineStatuses {

	static final Set<String> TYPES = Set.of("active", "won", "lost");

	static final String TYPE_MESSAGE = "Input should be 'active', 'won' or 'lost'";

	/** The stored order of a pipeline's statuses; never rendered. */
	static final String ORDER_FIELD = "status_order";

	private PipelineStatuses() {
	}

	/** The statuses of a pipeline, in its order. */
	static List<ObjectNode> of(Transaction tx, String pipelineId) {
		List<ObjectNode> statuses = new ArrayList<>();
		for (ObjectNode status : tx.all(Kind.OPPORTUNITY_STATUS)) {
			if (pipelineId.equals(status.path("pipeline_id").asString(null))) {
				statuses.add(status);
			}
		}
		ObjectNode pipeline = tx.get(Kind.PIPELINE, pipelineId);
		Map<String, Integer> position = new HashMap<>();
		if (pipeline != null) {
			int index = 0;
			for (JsonNode id : pipeline.path(ORDER_FIELD)) {
				position.put(id.asString(), index++);
			}
		}
		// A stable sort keeps unlisted statuses in creation order after the listed ones.
		statuses.sort(Comparator
			.comparingInt(status -> position.getOrDefault(status.get("id").asString(), Integer.MAX_VALUE)));
		return statuses;
	}

	/** Every opportunity status, pipeline by pipeline. */
	static List<ObjectNode> all(Transaction tx) {
		List<ObjectNode> statuses = new ArrayList<>();
		for (ObjectNode pipeline : tx.all(Kind.PIPELINE)) {
			statuses.addAll(of(tx, pipeline.get("id").asString()));
		}
		return statuses;
	}

	/** The status an opportunity gets when the request names none. */
	static Optional<ObjectNode> defaultStatus(Transaction tx) {
		return all(tx).stream().findFirst();
	}

	/** The pipeline a status goes to when the request names none. */
	static Optional<ObjectNode> defaultPipeline(Transaction tx) {
		return tx.all(Kind.PIPELINE).stream().findFirst();
	}

	/**
	 * Checks a status label: required, and unique (ignoring case) within its pipeline.
	 * @param ownId the id of the status being renamed or moved, null for a new one
	 * @return the trimmed label
	 */
	static String label(Transaction tx, JsonNode value, String pipelineId, String ownId, FieldErrors errors) {
		String label = value.isString() ? value.asString().trim() : "";
		if (label.isEmpty()) {
			errors.field("label", value.isMissingNode() || value.isNull() ? "This field is required."
					: "Input should be a non-empty string");
			return label;
		}
		for (ObjectNode other : of(tx, pipelineId)) {
			if (other.get("label").asString().equalsIgnoreCase(label) && !other.get("id").asString().equals(ownId)) {
				errors.field("label", "This pipeline already has a status labelled \"" + label + "\".");
			}
		}
		return label;
	}

	/**
	 * Reads a status type from {@code status_type}, or from {@code type} as the docs'
	 * prose calls it.
	 */
	static String type(ObjectNode input, FieldErrors errors) {
		String field = input.has("status_type") ? "status_type" : "type";
		JsonNode value = input.path(field);
		if (value.isMissingNode() || value.isNull()) {
			errors.field("status_type", "This field is required.");
			return null;
		}
		String type = value.asString("");
		if (!TYPES.contains(type)) {
			errors.field(field, TYPE_MESSAGE);
			return null;
		}
		return type;
	}

}
