package closebatch.sandbox.resource;

import java.util.Objects;

import closebatch.sandbox.http.Caller;
import closebatch.sandbox.http.FieldErrors;
import closebatch.sandbox.http.Json;
import closebatch.sandbox.store.Kind;
import closebatch.sandbox.store.Transaction;
import tools.jackson.databind.node.ObjectNode;

/**
 * The activities Close logs by itself: a {@code LeadStatusChange} when a lead's status
 * changes, an {@code OpportunityStatusChange} when an opportunity's does, a
 * {@code TaskCompleted} when a task is completed and a {@code LeadMerge} on the
 * destination of a merge. Each is written in the transaction of the change it records.
 */
final class ActivityLog {

	static final String LEAD_STATUS_CHANGE = "LeadStatusChange";

	static final String OPPORTUNITY_STATUS_CHANGE = "OpportunityStatusChange";

	static final String TASK_COMPLETED = "TaskCompleted";

	static final String LEAD_MERGE = "LeadMerge";

	private ActivityLog() {
	}

	/** Logs a lead's status change, if its status changed. */
	static void leadUpdated(Transaction tx, ObjectNode before, ObjectNode after, Caller caller) {
		String oldStatus = before.path("status_id").asString(null);
		String newStatus = after.path("status_id").asString(null);
		if (!Objects.equals(oldStatus, newStatus)) {
			ObjectNode activity = newActivity(tx, LEAD_STATUS_CHANGE, after.get("id").asString(), caller);
			leadStatuses(tx, oldStatus, newStatus, activity);
			tx.put(Kind.ACTIVITY, activity);
		}
	}

	/** Logs an opportunity's status change, if its status changed. */
	static void opportunityUpdated(Transaction tx, ObjectNode before, ObjectNode after, Caller caller) {
		String oldStatus = before.path("status_id").asString(null);
		String newStatus = after.path("status_id").asString(null);
		if (!Objects.equals(oldStatus, newStatus)) {
			ObjectNode activity = newActivity(tx, OPPORTUNITY_STATUS_CHANGE, after.get("lead_id").asString(), caller);
			opportunityStatuses(tx, after, oldStatus, newStatus, activity);
			tx.put(Kind.ACTIVITY, activity);
		}
	}

	/** Logs a task's completion, if it was incomplete and is now complete. */
	static void taskUpdated(Transaction tx, ObjectNode before, ObjectNode after, Caller caller) {
		if (!before.path("is_complete").asBoolean(false) && after.path("is_complete").asBoolean(false)) {
			ObjectNode activity = newActivity(tx, TASK_COMPLETED, after.get("lead_id").asString(), caller);
			activity.put("task_id", after.get("id").asString());
			activity.put("task_text", after.path("text").asString(""));
			activity.put("task_assigned_to", after.path("assigned_to").asString(null));
			activity.put("contact_id", after.path("contact_id").asString(null));
			tx.put(Kind.ACTIVITY, activity);
		}
	}

	/** Logs a merge on its destination lead, which keeps the source's activities. */
	static void leadsMerged(Transaction tx, ObjectNode source, ObjectNode destination, Caller caller) {
		ObjectNode activity = newActivity(tx, LEAD_MERGE, destination.get("id").asString(), caller);
		activity.put("source_lead_id", source.get("id").asString());
		activity.put("source_lead_name", source.path("name").asString(""));
		activity.put("destination_lead_id", destination.get("id").asString());
		activity.put("destination_lead_name", destination.path("name").asString(""));
		activity.put("status", "completed");
		tx.put(Kind.ACTIVITY, activity);
	}

	/** Sets the old and new status of a {@code LeadStatusChange}, ids and labels. */
	static void leadStatuses(Transaction tx, String oldStatusId, String newStatusId, ObjectNode activity) {
		putStatus(tx.get(Kind.LEAD_STATUS, oldStatusId), "old", oldStatusId, activity);
		putStatus(tx.get(Kind.LEAD_STATUS, newStatusId), "new", newStatusId, activity);
	}

	/**
	 * Sets the opportunity, its value and its old and new status (ids, labels and types)
	 * of an {@code OpportunityStatusChange}.
	 */
	static void opportunityStatuses(Transaction tx, ObjectNode opportunity, String oldStatusId, String newStatusId,
			ObjectNode activity) {
		activity.put("opportunity_id", opportunity.get("id").asString());
		activity.set("opportunity_value", opportunity.path("value").deepCopy());
		activity.put("opportunity_value_period", opportunity.path("value_period").asString(null));
		ObjectNode organization = tx.get(Kind.ORGANIZATION, opportunity.path("organization_id").asString(""));
		activity.put("opportunity_value_currency",
				(organization == null) ? "USD" : organization.path("currency").asString("USD"));
		activity.set("opportunity_confidence", opportunity.path("confidence").deepCopy());
		activity.put("opportunity_date_won", opportunity.path("date_won").asString(null));
		for (String side : new String[] { "old", "new" }) {
			String statusId = side.equals("old") ? oldStatusId : newStatusId;
			ObjectNode status = tx.get(Kind.OPPORTUNITY_STATUS, statusId);
			putStatus(status, side, statusId, activity);
			activity.put(side + "_status_type", (status == null) ? null : status.path("status_type").asString(null));
			activity.put(side + "_pipeline_id", (status == null) ? null : status.path("pipeline_id").asString(null));
		}
	}

	private static void putStatus(ObjectNode status, String side, String statusId, ObjectNode activity) {
		activity.put(side + "_status_id", statusId);
		activity.put(side + "_status_label", (status == null) ? null : status.path("label").asString(null));
	}

	private static ObjectNode newActivity(Transaction tx, String type, String leadId, Caller caller) {
		FieldErrors none = new FieldErrors();
		ObjectNode activity = ActivityInput.create(tx, type, leadId, Json.object(), caller, none);
		none.throwIfAny();
		return activity;
	}

}
