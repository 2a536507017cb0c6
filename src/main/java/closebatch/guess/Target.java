package closebatch.guess;

/**
 * Where a column goes in a Close lead: a lead field, an address part, a contact field.
 */
public enum Target {

	LEAD_NAME, LEAD_URL, LEAD_DESCRIPTION, ADDRESS_1, ADDRESS_2, CITY, STATE, ZIPCODE, COUNTRY, LEAD_CUSTOM,
	CONTACT_NAME, CONTACT_TITLE, CONTACT_EMAIL, CONTACT_PHONE, CONTACT_URL;

	/** Whether the column fills a contact rather than the lead. */
	boolean ofContact() {
		return ordinal() >= CONTACT_NAME.ordinal();
	}

	/** Whether the column fills the lead's address. */
	boolean ofAddress() {
		return ordinal() >= ADDRESS_1.ordinal() && ordinal() <= COUNTRY.ordinal();
	}

}
