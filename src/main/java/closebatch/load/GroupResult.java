package closebatch.load;

import java.util.List;

import closebatch.report.RowOutcome;

/**
 * What loading one {@link LeadGroup} did.
 *
 * @param outcomes one per row of the group
 * @param lead what happened to the lead itself
 * @param contactsCreated contacts created
 * @param contactsUpdated contacts updated
 */
public record GroupResult(List<RowOutcome> outcomes, LeadChange lead, int contactsCreated, int contactsUpdated) {

	public GroupResult {
		outcomes = List.copyOf(outcomes);
	}

	/** What happened to a lead. */
	public enum LeadChange {

		CREATED, UPDATED, UNCHANGED,

		/** Nothing was decided about it: its rows were rejected or skipped. */
		NONE

	}

}
