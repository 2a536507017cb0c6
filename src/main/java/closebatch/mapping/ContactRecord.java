package closebatch.mapping;

import java.util.List;
import java.util.Map;

/**
 * A contact of a lead.
 *
 * @param name the full name, or {@code null}
 * @param title the job title, or {@code null}
 * @param emails email addresses
 * @param phones phone numbers
 * @param urls web addresses
 * @param custom contact custom field values by field name (one value unless split)
 * @param rules what only a create writes, and what an update clears
 */
public record ContactRecord(String name, String title, List<ContactEmail> emails, List<ContactPhone> phones,
		List<ContactUrl> urls, Map<String, List<String>> custom, WriteRules rules) {

	public ContactRecord {
		emails = List.copyOf(emails);
		phones = List.copyOf(phones);
		urls = List.copyOf(urls);
		custom = CustomValues.copy(custom);
		rules = (rules != null) ? rules : WriteRules.NONE;
	}

	/** A contact that writes the same on create and update. */
	public ContactRecord(String name, String title, List<ContactEmail> emails, List<ContactPhone> phones,
			List<ContactUrl> urls, Map<String, List<String>> custom) {
		this(name, title, emails, phones, urls, custom, WriteRules.NONE);
	}

	/** Whether the row gave this contact nothing at all (then it is left out). */
	public boolean isEmpty() {
		return this.name == null && this.title == null && this.emails.isEmpty() && this.phones.isEmpty()
				&& this.urls.isEmpty() && this.custom.isEmpty() && this.rules.createOnly().isEmpty();
	}

}
