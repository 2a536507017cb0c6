package closebatch.mapping;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;

/**
 * Parses a date with the first of its formats that fits the whole value and writes it as
 * ISO ({@code 2024-03-01}), the form Close's date fields take.
 *
 * <p>
 * Dates are resolved strictly: {@code 02/30/2024} is refused rather than moved to March.
 */
final class DateConverter implements Transform.ValueConverter {

	private final List<String> patterns;

	private final List<DateTimeFormatter> formats;

	/**
	 * @throws IllegalArgumentException when a pattern is not a valid date pattern
	 */
	DateConverter(List<String> patterns) {
		this.patterns = List.copyOf(patterns);
		this.formats = patterns.stream().map(DateConverter::strict).toList();
	}

	static DateTimeFormatter strict(String pattern) {
		return new DateTimeFormatterBuilder().parseCaseInsensitive()
			.appendPattern(pattern)
			.parseDefaulting(ChronoField.ERA, 1)
			.toFormatter(Locale.ENGLISH)
			.withResolverStyle(ResolverStyle.STRICT);
	}

	@Override
	public String convert(String value) throws ValueRejected {
		String text = value.strip();
		for (DateTimeFormatter format : this.formats) {
			try {
				return LocalDate.parse(text, format).toString();
			}
			catch (DateTimeParseException ex) {
				// try the next format
			}
		}
		throw new ValueRejected("'" + value + "' is not a date in the format " + describe(this.patterns));
	}

	static String describe(List<String> patterns) {
		return String.join(" or ", patterns);
	}

}
