package closebatch.load;

import closebatch.error.ErrorCode;

/** Why the load stage rejected or skipped a row. */
public enum LoadError implements ErrorCode {

	INVALID_VALUE("ROW-201",
			"Fix the value in the input file (or the mapping's transforms) and load the rejects file again."),

	UNKNOWN_STATUS("LOAD-301",
			"Use one of the organization's statuses, or map the value to one with the mapping's status transforms."),

	UNKNOWN_USER("LOAD-302",
			"Use the email address of a user of the organization, or map the value to one with the mapping's transforms."),

	LINK_NOT_FOUND("LINK-NOT-FOUND",
			"Load the lead (or contact) first, in an earlier step of the job or its own job, or fix the row's link "
					+ "columns, and load the rejects file again."),

	REFUSED_BY_CLOSE("LOAD-400", "Fix the values Close names and load the rejects file again."),

	NO_SUCH_LEAD("LOAD-404",
			"In update mode a row must name a lead an earlier run created; use 'mode: upsert' to create it."),

	ALREADY_CREATED("LOAD-409",
			"In create mode a lead an earlier run created is left as it is; use 'mode: upsert' to update it."),

	IDENTITY_AMBIGUOUS("IDENTITY-AMBIGUOUS",
			"Several Close records match this one: merge or delete the duplicates in Close, or give the mapping "
					+ "a stricter match rule, and load the rejects file again."),

	NO_KEY_OF_USER("PHONE-KEY",
			"Close rents, updates and releases a user's personal numbers only with that user's own API key: add "
					+ "the user's key to the key file (or CLOSE_API_KEYS) and run retry-failed."),

	NO_SUCH_NUMBER("PHONE-404",
			"No number of the user has the row's label: check the user and the label, or rent it with action 'rent'."),

	SAME_NUMBER_TWICE("PHONE-DUPLICATE",
			"Two rows name the same number (user and label): give each number its own label, or remove the copy."),

	RENT_NEEDS_MORE_INFO("RENT-NEEDS-MORE-INFO",
			"Close needs more information (a regulatory bundle, proof of address) to rent in this country: "
					+ "give the row a bundle_id, or ask Close support, then load the rejects file again."),

	RENT_VOICE_ONLY("RENT-HAS-VOICE-ONLY",
			"Only numbers without SMS exist there: set with_sms to no in the row, or 'has-voice-only: "
					+ "retry-without-sms' in the mapping, and load the rejects file again."),

	RENT_BILLING("RENT-BILLING-ERROR",
			"The organization's telephony budget or funds are exhausted: raise the budget in Close (Settings > "
					+ "Billing), then run retry-failed; the rows after it in this run were not tried."),

	RENT_ERROR("RENT-ERROR",
			"Close could not rent a number as asked (its message says why): change the country, prefix or "
					+ "carrier type, and load the rejects file again."),

	NOT_WRITTEN("LOAD-000", "A dry run (validate or --dry-run) writes nothing; run without --dry-run to load it.");

	private final String code;

	private final String hint;

	LoadError(String code, String hint) {
		this.code = code;
		this.hint = hint;
	}

	@Override
	public String code() {
		return this.code;
	}

	@Override
	public String hint() {
		return this.hint;
	}

}
