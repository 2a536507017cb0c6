package closebatch.checkpoint;

import java.util.Objects;

/**
 * One contact inside a lead record.
 *
 * @param lead the lead record the contact belongs to
 * @param matchKey how the contact is recognised inside its lead (normalised email, else
 * phone, else name)
 */
public record ContactKey(LedgerKey lead, String matchKey) {

	public ContactKey {
		Objects.requireNonNull(lead, "lead");
		LedgerKey.requireText(matchKey, "matchKey");
	}

}
