package closebatch.mapping;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The value conversions of a mapping's transforms, one value at a time, for tools that
 * propose a mapping from a file's values ({@code closebatch.guess}). A value passes a
 * check here exactly when the transform of the same name would take it in an import.
 */
public final class ValueChecks {

	private ValueChecks() {
	}

	/** Whether a value passes the {@code email} transform. */
	public static Predicate<String> email() {
		return passes(new EmailConverter());
	}

	/** Whether a value passes the {@code url} transform. */
	public static Predicate<String> url() {
		return passes(new UrlConverter());
	}

	/**
	 * Whether a value passes the {@code phone} transform with a default country.
	 * @param region an ISO 3166 country code such as {@code US}
	 * @return the check
	 */
	public static Predicate<String> phone(String region) {
		return passes(new PhoneConverter(region));
	}

	/**
	 * Whether a value passes the {@code date} transform with one format.
	 * @param pattern a {@link java.time.format.DateTimeFormatter} pattern such as
	 * {@code MM/dd/yyyy}
	 * @return the check
	 */
	public static Predicate<String> date(String pattern) {
		return passes(new DateConverter(List.of(pattern)));
	}

	/**
	 * Whether a value passes the {@code number} transform with a locale.
	 * @param locale the locale, such as {@code en-US}
	 * @return the check
	 */
	public static Predicate<String> number(Locale locale) {
		return passes(new NumberConverter(locale));
	}

	private static Predicate<String> passes(Transform.ValueConverter converter) {
		return (value) -> {
			try {
				converter.convert(value);
				return true;
			}
			catch (ValueRejected ex) {
				return false;
			}
		};
	}

}
