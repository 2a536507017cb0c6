package closebatch.load;

import java.util.ArrayList;
import java.util.List;

import closebatch.load.GroupResult.LeadChange;
import closebatch.report.PlanWriter;
import closebatch.report.RowAction;
import closebatch.report.RowError;
import closebatch.report.RowOutcome;

/**
 * What became of one phone-number record: rented (created), updated or released
 * (updated), unchanged, or why its row is rejected or skipped; with the number's id when
 * one is known.
 *
 * @param change what happened to the number
 * @param numberId the Close id of the number, or {@code null}
 * @param changes for a plan, what a run would do: rent, release, or the fields that
 * change
 * @param error why the row is rejected or skipped, or {@code null}
 * @param skipped whether the row is skipped rather than rejected
 */
record PhoneResult(LeadChange change, String numberId, String changes, RowError error, boolean skipped) {

	static PhoneResult of(LeadChange change, String numberId, String changes) {
		return new PhoneResult(change, numberId, changes, null, false);
	}

	static PhoneResult rejected(RowError error) {
		return new PhoneResult(LeadChange.NONE, null, "", error, false);
	}

	static PhoneResult skipped(RowError reason) {
		return new PhoneResult(LeadChange.NONE, null, "", reason, true);
	}

	/** This result naming the number the row holds (rented, though its row failed). */
	PhoneResult withNumber(String id) {
		return new PhoneResult(this.change, id, this.changes, this.error, this.skipped);
	}

	/**
	 * The outcome of each row: the first row's is this result's, and every later row of
	 * the same number is rejected as naming it twice.
	 */
	GroupResult of(List<Long> rows, RowError twice) {
		List<RowOutcome> outcomes = new ArrayList<>();
		outcomes.add(new RowOutcome(rows.get(0), action(), null, List.of(), this.numberId, this.error));
		for (long row : rows.subList(1, rows.size())) {
			outcomes.add(RowOutcome.rejected(row, null, twice));
		}
		return new GroupResult(outcomes, this.change, 0, 0);
	}

	PlanWriter.Action planAction() {
		return switch (this.change) {
			case CREATED -> PlanWriter.Action.CREATE;
			case UPDATED -> PlanWriter.Action.UPDATE;
			case UNCHANGED -> PlanWriter.Action.UNCHANGED;
			case NONE -> this.skipped ? PlanWriter.Action.SKIP : PlanWriter.Action.REJECT;
		};
	}

	private RowAction action() {
		return switch (this.change) {
			case CREATED -> RowAction.CREATED;
			case UPDATED -> RowAction.UPDATED;
			case UNCHANGED -> RowAction.UNCHANGED;
			case NONE -> this.skipped ? RowAction.SKIPPED : RowAction.REJECTED;
		};
	}

}
