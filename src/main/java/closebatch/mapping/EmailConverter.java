package closebatch.mapping;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks that a value is one email address and writes it with its domain in lower case.
 * The check is deliberately plain (one {@code @}, a dotted domain, no spaces): it catches
 * the mistakes of spreadsheets, not every corner of RFC 5322.
 */
final class EmailConverter implements Transform.ValueConverter {

	private static final Pattern EMAIL = Pattern.compile(
			"[^@\\s,;<>\"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

	@Override
	public String convert(String value) throws ValueRejected {
		String email = value.strip();
		if (email.regionMatches(true, 0, "mailto:", 0, 7)) {
			email = email.substring(7);
		}
		if (!EMAIL.matcher(email).matches()) {
			throw new ValueRejected("'" + value + "' is not a valid email address");
		}
		int at = email.lastIndexOf('@');
		return email.substring(0, at + 1) + email.substring(at + 1).toLowerCase(Locale.ROOT);
	}

}
