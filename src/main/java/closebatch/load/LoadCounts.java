package closebatch.load;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Leads and contacts a run wrote, and rows it gave an outcome, kept in the step's
 * execution context so that a restarted run goes on counting.
 *
 * @param rows rows given an outcome
 * @param leadsCreated leads created
 * @param leadsUpdated leads updated
 * @param leadsUnchanged leads found unchanged
 * @param contactsCreated contacts created
 * @param contactsUpdated contacts updated
 */
public record LoadCounts(long rows, long leadsCreated, long leadsUpdated, long leadsUnchanged, long contactsCreated,
		long contactsUpdated) {

	static final LoadCounts NONE = new LoadCounts(0, 0, 0, 0, 0, 0);

	private static final String PREFIX = "load.count.";

	public static LoadCounts from(ExecutionContext context) {
		return new LoadCounts(context.getLong(PREFIX + "rows", 0), context.getLong(PREFIX + "leads.created", 0),
				context.getLong(PREFIX + "leads.updated", 0), context.getLong(PREFIX + "leads.unchanged", 0),
				context.getLong(PREFIX + "contacts.created", 0), context.getLong(PREFIX + "contacts.updated", 0));
	}

	void saveTo(ExecutionContext context) {
		context.putLong(PREFIX + "rows", this.rows);
		context.putLong(PREFIX + "leads.created", this.leadsCreated);
		context.putLong(PREFIX + "leads.updated", this.leadsUpdated);
		context.putLong(PREFIX + "leads.unchanged", this.leadsUnchanged);
		context.putLong(PREFIX + "contacts.created", this.contactsCreated);
		context.putLong(PREFIX + "contacts.updated", this.contactsUpdated);
	}

	LoadCounts plus(GroupResult result) {
		return new LoadCounts(this.rows, this.leadsCreated + is(result, GroupResult.LeadChange.CREATED),
				this.leadsUpdated + is(result, GroupResult.LeadChange.UPDATED),
				this.leadsUnchanged + is(result, GroupResult.LeadChange.UNCHANGED),
				this.contactsCreated + result.contactsCreated(), this.contactsUpdated + result.contactsUpdated());
	}

	LoadCounts plusRows(long more) {
		return new LoadCounts(this.rows + more, this.leadsCreated, this.leadsUpdated, this.leadsUnchanged,
				this.contactsCreated, this.contactsUpdated);
	}

	private static long is(GroupResult result, GroupResult.LeadChange change) {
		return (result.lead() == change) ? 1 : 0;
	}

}
