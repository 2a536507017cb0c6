package closebatch.sandbox.resource;

import java.util.HashSet;
import java.util.Set;

import closebatch.sandbox.http.Caller;
import closebatch.sandbox.http.FieldErrors;
import closebatch.sandbox.store.Kind;
import closebatch.sandbox.store.Transaction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a historical status change from a create body of
 * {@code /activity/status_change/lead/} or {@code /activity/status_change/opportunity/}:
 * the lead (or opportunity), a {@code new_status_id} and optionally an
 * {@code old_status_id}, each a status of that object's kind. As the docs say, it only
 * logs the change: the object keeps its current status.
 */
final class StatusChangeInput {

	private static final Set<String> COMMON_FIELDS = Set.of("old_status_id", "new_status_id", "contact_id", "user_id",
			"activity_at", "date_created", "created_by", "created_by_id", "organization_id");

	private StatusChangeInput() {
	}

	static ObjectNode lead(Transaction tx, ObjectNode input, Caller caller, FieldErrors errors) {
		ActivityInput.refuseUnknown(input, with("lead_id"), errors);
		String leadId = LeadResource.requiredLeadId(tx, input, errors);
		ObjectNode activity = common(tx, ActivityLog.LEAD_STATUS_CHANGE, leadId, input, caller, errors);
		ActivityLog.leadStatuses(tx, status(tx, Kind.LEAD_STATUS, input, "old_status_id", false, errors),
				status(tx, Kind.LEAD_STATUS, input, "new_status_id", true, errors), activity);
		return activity;
	}

	static ObjectNode opportunity(Transaction tx, ObjectNode input, Caller caller, FieldErrors errors) {
		ActivityInput.refuseUnknown(input, with("opportunity_id"), errors);
		JsonNode opportunityId = input.path("opportunity_id");
		ObjectNode opportunity = opportunityId.isString() ? tx.get(Kind.OPPORTUNITY, opportunityId.asString()) : null;
		if (opportunity == null) {
			errors.field("opportunity_id", opportunityId.isMissingNode() ? "This field is required."
					: "Opportunity \"" + opportunityId.asString("") + "\" does not exist.");
			errors.throwIfAny();
		}
		String leadId = opportunity.get("lead_id").asString();
		ObjectNode activity = common(tx, ActivityLog.OPPORTUNITY_STATUS_CHANGE, leadId, input, caller, errors);
		ActivityLog.opportunityStatuses(tx, opportunity,
				status(tx, Kind.OPPORTUNITY_STATUS, input, "old_status_id", false, errors),
				status(tx, Kind.OPPORTUNITY_STATUS, input, "new_status_id", true, errors), activity);
		return activity;
	}

	private static ObjectNode common(Transaction tx, String type, String leadId, ObjectNode input, Caller caller,
			FieldErrors errors) {
		ObjectNode activity = ActivityInput.create(tx, type, leadId, input, caller, errors);
		ActivityInput.user(tx, input, activity, errors);
		ActivityInput.contact(tx, input, activity, errors);
		ActivityInput.activityAt(input, activity, errors);
		return activity;
	}

	private static String status(Transaction tx, Kind kind, ObjectNode input, String field, boolean required,
			FieldErrors errors) {
		JsonNode value = input.get(field);
		if (value == null || value.isNull()) {
			if (required) {
				errors.field(field, "This field is required.");
			}
			return null;
		}
		if (!value.isString() || tx.get(kind, value.asString()) == null) {
			errors.field(field, "Status \"" + value.asString("") + "\" does not exist.");
			return null;
		}
		return value.asString();
	}

	private static Set<String> with(String objectField) {
		Set<String> fields = new HashSet<>(COMMON_FIELDS);
		fields.add(objectField);
		return fields;
	}

}
