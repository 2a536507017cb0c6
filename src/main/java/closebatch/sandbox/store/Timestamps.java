package closebatch.sandbox.store;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Close's timestamp format ({@code 2013-02-20T05:30:24.844000+00:00}: UTC, microseconds)
 * and a clock that never hands out the same timestamp twice.
 *
 * <p>
 * Timestamps in this fixed-width UTC form sort lexicographically in time order, which the
 * store's creation-order index relies on. Strictly increasing values keep "newest first"
 * lists stable.
 */
public final class Timestamps {

	private static final DateTimeFormatter CLOSE_FORMAT = DateTimeFormatter
		.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx");

	private final Clock clock;

	private final AtomicLong lastMicros = new AtomicLong();

	public Timestamps(Clock clock) {
		this.clock = clock;
	}

	/** The current time in Close's format, later than any value returned before. */
	public String now() {
		long micros = ChronoUnit.MICROS.between(Instant.EPOCH, this.clock.instant());
		long unique = this.lastMicros.accumulateAndGet(micros, (last, next) -> Math.max(last + 1, next));
		return format(Instant.EPOCH.plus(unique, ChronoUnit.MICROS));
	}

	/** The current instant of this clock. */
	public Instant instant() {
		return this.clock.instant();
	}

	/** An instant in Close's format. */
	public static String format(Instant instant) {
		return CLOSE_FORMAT.format(instant.atOffset(ZoneOffset.UTC));
	}

	/**
	 * Reads a datetime as a client may send it: with an offset, naive (taken as UTC), or
	 * a date alone (midnight UTC).
	 */
	public static Optional<Instant> parseDateTime(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String value = text.trim();
		try {
			return Optional.of(OffsetDateTime.parse(value.replace(' ', 'T')).toInstant());
		}
		catch (DateTimeParseException notOffset) {
			try {
				return Optional.of(LocalDateTime.parse(value.replace(' ', 'T')).toInstant(ZoneOffset.UTC));
			}
			catch (DateTimeParseException notNaive) {
				return parseDate(value).map(date -> date.atStartOfDay().toInstant(ZoneOffset.UTC));
			}
		}
	}

	/** Reads a date-only value such as {@code 2015-01-05}. */
	public static Optional<LocalDate> parseDate(String text) {
		if (text == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(text.trim()));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
