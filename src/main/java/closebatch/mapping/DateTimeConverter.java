package closebatch.mapping;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;

/**
 * Parses a date and time with the first of its formats that fits and writes it as ISO
 * with an offset ({@code 2024-03-01T09:30:00+01:00}). A value without an offset or zone
 * of its own is taken in the mapping's time zone.
 */
final class DateTimeConverter implements Transform.ValueConverter {

	private final List<String> patterns;

	private final List<DateTimeFormatter> formats;

	private final ZoneId zone;

	/**
	 * @throws IllegalArgumentException when a pattern is not a valid date-time pattern
	 */
	DateTimeConverter(List<String> patterns, ZoneId zone) {
		this.patterns = List.copyOf(patterns);
		this.formats = patterns.stream().map(DateConverter::strict).toList();
		this.zone = zone;
	}

	@Override
	public String convert(String value) throws ValueRejected {
		String text = value.strip();
		for (DateTimeFormatter format : this.formats) {
			try {
				TemporalAccessor parsed = format.parseBest(text, ZonedDateTime::from, OffsetDateTime::from,
						LocalDateTime::from, LocalDate::from);
				return moment(parsed).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
			}
			catch (DateTimeException ex) {
				// try the next format
			}
		}
		throw new ValueRejected(
				"'" + value + "' is not a date and time in the format " + DateConverter.describe(this.patterns));
	}

	private OffsetDateTime moment(TemporalAccessor parsed) {
		if (parsed instanceof ZonedDateTime zoned) {
			return zoned.toOffsetDateTime();
		}
		if (parsed instanceof OffsetDateTime offset) {
			return offset;
		}
		if (parsed instanceof LocalDateTime local) {
			return local.atZone(this.zone).toOffsetDateTime();
		}
		return ((LocalDate) parsed).atStartOfDay(this.zone).toOffsetDateTime();
	}

}
