package closebatch.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The file an export writes and how its rows are laid out.
 *
 * @param path the file, as written
 * @param format CSV, XLSX or JSON Lines, given or implied by the extension
 * @param explodeContacts one row per contact (the lead's columns repeated) instead of
 * numbered contact columns
 * @param escapeFormulas whether a cell that a spreadsheet would evaluate gets a leading
 * {@code '} (CSV and XLSX)
 * @param multiValueSeparator what joins the values of a multi-value field in one cell
 * @param contactColumns how many contacts get numbered columns ({@code contact1_...})
 * @param valueColumns how many emails, phones and urls of a contact, and addresses of a
 * lead, get numbered columns
 */
public record OutputSpec(Path path, OutputFormat format, boolean explodeContacts, boolean escapeFormulas,
		String multiValueSeparator, int contactColumns, int valueColumns) {

	/** The separator of multiple values in one cell unless a job sets another. */
	public static final String DEFAULT_SEPARATOR = ";";

	/** Contacts with numbered columns unless a job sets another number. */
	public static final int DEFAULT_CONTACT_COLUMNS = 3;

	/** Emails, phones, urls and addresses with numbered columns unless a job says. */
	public static final int DEFAULT_VALUE_COLUMNS = 2;

	public OutputSpec {
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(format, "format");
		Objects.requireNonNull(multiValueSeparator, "multiValueSeparator");
		if (contactColumns < 0 || valueColumns < 1) {
			throw new IllegalArgumentException("contactColumns must be >= 0 and valueColumns >= 1");
		}
	}

	/** A file written with the default layout. */
	public OutputSpec(Path path, OutputFormat format) {
		this(path, format, false, true, DEFAULT_SEPARATOR, DEFAULT_CONTACT_COLUMNS, DEFAULT_VALUE_COLUMNS);
	}

}
