package closebatch.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import closebatch.mapping.Identity;
import closebatch.close.ValidationException;
import closebatch.close.model.FieldError;
import closebatch.load.GroupResult.LeadChange;
import closebatch.mapping.ContactRecord;
import closebatch.mapping.LeadRecord;
import closebatch.mapping.MatchRule;
import closebatch.report.RowError;
import closebatch.report.RowOutcome;

/**
 * Turns what loading a group did into each of its rows' outcome: created or updated with
 * its lead, else updated when one of its own contacts was written, else unchanged;
 * rejected when Close refused its contact.
 */
final class RowOutcomes {

	private final LeadPayloads payloads;

	RowOutcomes(LeadPayloads payloads) {
		this.payloads = payloads;
	}

	/** The outcome of each row of a group whose lead was written (or left alone). */
	GroupResult of(LeadWrite write, String leadId, LeadChange change, SyncedContacts contacts) {
		Map<ContactRecord, String> planned = new HashMap<>();
		write.contacts().forEach((contact) -> planned.put(contact.contact(), contact.matchKey()));
		List<RowOutcome> outcomes = new ArrayList<>();
		for (LeadRecord row : write.group().rows()) {
			List<String> rowIds = new ArrayList<>();
			RowError error = null;
			boolean contactWritten = false;
			for (ContactRecord contact : row.contacts()) {
				String matchKey = planned.computeIfAbsent(contact,
						(other) -> PlannedContact.of(other, this.payloads).matchKey());
				error = (error != null) ? error : contacts.refused().get(matchKey);
				contactWritten |= contacts.changed().contains(matchKey);
				if (contacts.ids().containsKey(matchKey)) {
					rowIds.add(contacts.ids().get(matchKey));
				}
			}
			long number = row.rowNumber();
			if (error != null) {
				outcomes.add(RowOutcome.rejected(number, leadId, error));
			}
			else if (change == LeadChange.CREATED) {
				outcomes.add(RowOutcome.created(number, leadId, rowIds));
			}
			else if (change == LeadChange.UPDATED || contactWritten) {
				outcomes.add(RowOutcome.updated(number, leadId, rowIds));
			}
			else {
				outcomes.add(RowOutcome.unchanged(number, leadId, rowIds));
			}
		}
		return new GroupResult(outcomes, change, contacts.created(), contacts.updated());
	}

	static GroupResult rejectAll(LeadGroup group, String leadId, RowError error) {
		return new GroupResult(
				group.rows().stream().map((row) -> RowOutcome.rejected(row.rowNumber(), leadId, error)).toList(),
				LeadChange.NONE, 0, 0);
	}

	static GroupResult skipAll(LeadGroup group, String leadId, RowError reason) {
		return new GroupResult(group.rows().stream().map((row) -> RowOutcome.skipped(row.rowNumber(), reason)).toList(),
				LeadChange.NONE, 0, 0);
	}

	/** Why Close refused a write, as a row's error. */
	static RowError refusedByClose(ValidationException ex) {
		List<FieldError> fieldErrors = ex.allFieldErrors();
		String field = fieldErrors.isEmpty() ? "" : fieldErrors.get(0).path();
		String reason = ex.validationErrors().isEmpty() ? ex.errorText() : ex.validationErrors().summary();
		return RowError.of(LoadError.REFUSED_BY_CLOSE, field, "Close refused it: " + reason);
	}

	/** How a match rule found a lead, in a reason's words. */
	static String describe(MatchRule rule) {
		if (rule instanceof MatchRule.CloseId id) {
			return "the Close id in column '" + id.column() + "'";
		}
		if (rule instanceof MatchRule.Custom custom) {
			return "the custom field '" + custom.field() + "'";
		}
		return (rule instanceof MatchRule.Name) ? "name" : "the hidden key field " + Identity.KEY_FIELD;
	}

}
