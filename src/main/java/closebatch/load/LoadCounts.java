package closebatch.load;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The records (leads, or the step's objects of leads) and contacts a step wrote, and rows
 * it gave an outcome, kept in the step's execution context so that a restarted run goes
 * on counting.
 *
 * @param rows rows given an outcome
 * @param recordsCreated records created
 * @param recordsUpdated records updated
 * @param recordsUnchanged records found unchanged
 * @param contactsCreated contacts created
 * @param contactsUpdated contacts updated
 */
public record LoadCounts(long rows, long recordsCreated, long recordsUpdated, long recordsUnchanged,
		long contactsCreated, long contactsUpdated) {

	public static final LoadCounts NONE = new LoadCounts(0, 0, 0, 0, 0, 0);

	private static final String PREFIX = "load.count.";

	public static LoadCounts from(ExecutionContext context) {
		return new LoadCounts(context.getLong(PREFIX + "rows", 0), context.getLong(PREFIX + "leads.created", 0),
				context.getLong(PREFIX + "leads.updated", 0), context.getLong(PREFIX + "leads.unchanged", 0),
				context.getLong(PREFIX + "contacts.created", 0), context.getLong(PREFIX + "contacts.updated", 0));
	}

	void saveTo(ExecutionContext context) {
		context.putLong(PREFIX + "rows", this.rows);
		context.putLong(PREFIX + "leads.created", this.recordsCreated);
		context.putLong(PREFIX + "leads.updated", this.recordsUpdated);
		context.putLong(PREFIX + "leads.unchanged", this.recordsUnchanged);
		context.putLong(PREFIX + "contacts.created", this.contactsCreated);
		context.putLong(PREFIX + "contacts.updated", this.contactsUpdated);
	}

	LoadCounts plus(GroupResult result) {
		return new LoadCounts(this.rows, this.recordsCreated + is(result, GroupResult.LeadChange.CREATED),
				this.recordsUpdated + is(result, GroupResult.LeadChange.UPDATED),
				this.recordsUnchanged + is(result, GroupResult.LeadChange.UNCHANGED),
				this.contactsCreated + result.contactsCreated(), this.contactsUpdated + result.contactsUpdated());
	}

	LoadCounts plusRows(long more) {
		return new LoadCounts(this.rows + more, this.recordsCreated, this.recordsUpdated, this.recordsUnchanged,
				this.contactsCreated, this.contactsUpdated);
	}

	/** These counts and another step's together. */
	public LoadCounts plus(LoadCounts other) {
		return new LoadCounts(this.rows + other.rows, this.recordsCreated + other.recordsCreated,
				this.recordsUpdated + other.recordsUpdated, this.recordsUnchanged + other.recordsUnchanged,
				this.contactsCreated + other.contactsCreated, this.contactsUpdated + other.contactsUpdated);
	}

	private static long is(GroupResult result, GroupResult.LeadChange change) {
		return (result.lead() == change) ? 1 : 0;
	}

}
