package closebatch.report;

import java.util.List;
import java.util.Objects;

/**
 * The end of one input row: what was done with it and, where known, the Close ids of its
 * lead and contacts.
 *
 * <p>
 * A rejected row always carries its {@link RowError}; a skipped row may carry the reason
 * it was skipped; other rows carry none. Rows of one lead each get their own outcome with
 * the same lead id.
 *
 * @param row the physical row number in the input file
 * @param action what happened to the row
 * @param leadId the Close lead id, or null when none is known
 * @param contactIds the Close ids of the contacts this row made or matched, in order
 * @param objectId the Close id of the row's object when it is not a lead (an opportunity,
 * a note...), or null
 * @param error why the row was rejected or skipped; null otherwise
 */
public record RowOutcome(long row, RowAction action, String leadId, List<String> contactIds, String objectId,
		RowError error) {

	public RowOutcome {
		if (row < 1) {
			throw new IllegalArgumentException("row number must be positive, not " + row);
		}
		Objects.requireNonNull(action, "action");
		contactIds = (contactIds != null) ? List.copyOf(contactIds) : List.of();
		if (action == RowAction.REJECTED && error == null) {
			throw new IllegalArgumentException("a rejected row needs its error (row " + row + ")");
		}
		if (action != RowAction.REJECTED && action != RowAction.SKIPPED && error != null) {
			throw new IllegalArgumentException("a " + action.label() + " row has no error (row " + row + ")");
		}
	}

	public static RowOutcome created(long row, String leadId, List<String> contactIds) {
		return new RowOutcome(row, RowAction.CREATED, Objects.requireNonNull(leadId, "leadId"), contactIds, null, null);
	}

	public static RowOutcome updated(long row, String leadId, List<String> contactIds) {
		return new RowOutcome(row, RowAction.UPDATED, Objects.requireNonNull(leadId, "leadId"), contactIds, null, null);
	}

	public static RowOutcome unchanged(long row, String leadId, List<String> contactIds) {
		return new RowOutcome(row, RowAction.UNCHANGED, Objects.requireNonNull(leadId, "leadId"), contactIds, null,
				null);
	}

	/**
	 * A row whose object of a lead was written or found.
	 * @param action created, updated or unchanged
	 */
	public static RowOutcome ofObject(long row, RowAction action, String leadId, String objectId) {
		if (action == RowAction.REJECTED || action == RowAction.SKIPPED) {
			throw new IllegalArgumentException("a " + action.label() + " row has its reason");
		}
		return new RowOutcome(row, action, Objects.requireNonNull(leadId, "leadId"), List.of(),
				Objects.requireNonNull(objectId, "objectId"), null);
	}

	/**
	 * A row deliberately left out.
	 * @param row the row number
	 * @param reason why, or null
	 * @return the outcome
	 */
	public static RowOutcome skipped(long row, RowError reason) {
		return new RowOutcome(row, RowAction.SKIPPED, null, List.of(), null, reason);
	}

	/**
	 * A row that could not be loaded.
	 * @param row the row number
	 * @param leadId the lead id if the failure came after the lead was known, else null
	 * @param error why
	 * @return the outcome
	 */
	public static RowOutcome rejected(long row, String leadId, RowError error) {
		return new RowOutcome(row, RowAction.REJECTED, leadId, List.of(), null, error);
	}

}
