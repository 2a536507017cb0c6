package closebatch.sandbox.store;

/**
 * The kinds of documents the sandbox stores, each with the id prefix Close uses for it.
 *
 * <p>
 * Kinds that share a prefix in Close (lead and opportunity statuses, the custom fields of
 * each object type, SMS and email templates) are separate kinds here, so that the kind
 * alone says where a document belongs.
 */
public enum Kind {

	ORGANIZATION("orga", false), USER("user", false), API_KEY("", false), LEAD("lead", false), CONTACT("cont", true),
	OPPORTUNITY("oppo", true), TASK("task", true), ACTIVITY("acti", true), LEAD_STATUS("stat", false),
	OPPORTUNITY_STATUS("stat", false), PIPELINE("pipe", false), LEAD_CUSTOM_FIELD("cf", false),
	CONTACT_CUSTOM_FIELD("cf", false), OPPORTUNITY_CUSTOM_FIELD("cf", false), ACTIVITY_CUSTOM_FIELD("cf", false),
	SHARED_CUSTOM_FIELD("cf", false), CUSTOM_FIELD_SCHEMA("", false), PHONE_NUMBER("phon", false),
	SMS_TEMPLATE("tmpl", false), EMAIL_TEMPLATE("tmpl", false), CUSTOM_ACTIVITY_TYPE("actitype", false);

	private final String idPrefix;

	private final boolean childOfLead;

	Kind(String idPrefix, boolean childOfLead) {
		this.idPrefix = idPrefix;
		this.childOfLead = childOfLead;
	}

	/**
	 * The prefix of this kind's ids, without the underscore ({@code lead},
	 * {@code cont}...).
	 */
	public String idPrefix() {
		return this.idPrefix;
	}

	/**
	 * Whether documents of this kind carry a {@code lead_id} and are deleted with their
	 * lead.
	 */
	public boolean childOfLead() {
		return this.childOfLead;
	}

}
