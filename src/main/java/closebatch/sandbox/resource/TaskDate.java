package closebatch.sandbox.resource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;

import closebatch.sandbox.store.Timestamps;

/**
 * When a task is actionable: a day ({@code 2015-01-05}) or a point in time
 * ({@code 2015-01-10T05:00:00+00:00}), as the docs' "Tasks" section describes (docs/003).
 *
 * <p>
 * A day begins at midnight in the caller's time zone, so where a date-only task falls
 * among dated ones depends on {@code x-tz-offset}: in Pacific time (-8) a task dated
 * 2015-01-12 comes after 2015-01-12T07:00:00+00:00 and before 2015-01-12T08:00:00+00:00,
 * and it comes first when a point in time equals its midnight.
 *
 * @param day the day of a date-only task, or null
 * @param instant the point in time of a datetime task, or null
 */
record TaskDate(LocalDate day, Instant instant) {

	private static final DateTimeFormatter WHOLE_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

	/**
	 * Reads a date ({@code YYYY-MM-DD}) or a datetime (naive ones are UTC); empty when it
	 * is neither.
	 */
	static Optional<TaskDate> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String value = text.trim();
		if (value.length() == 10) {
			return Timestamps.parseDate(value).map(day -> new TaskDate(day, null));
		}
		return Timestamps.parseDateTime(value).map(instant -> new TaskDate(null, instant));
	}

	/** The date of a stored task, or null for a dateless one. */
	static TaskDate of(String stored) {
		return parse(stored).orElse(null);
	}

	boolean isDateOnly() {
		return this.day != null;
	}

	/** The form Close returns: the day as given, or the instant in UTC. */
	String format() {
		if (this.day != null) {
			return this.day.toString();
		}
		return (this.instant.getNano() == 0) ? WHOLE_SECONDS.format(this.instant.atOffset(ZoneOffset.UTC))
				: Timestamps.format(this.instant);
	}

	/** When the task becomes actionable for a caller in this time zone. */
	Instant moment(UserTimeZone zone) {
		return (this.day != null) ? zone.startOf(this.day) : this.instant;
	}

	/**
	 * Ascending order of task dates for a caller: by moment, a date-only task before a
	 * datetime one at the same moment.
	 */
	static Comparator<TaskDate> order(UserTimeZone zone) {
		return Comparator.<TaskDate, Instant>comparing(date -> date.moment(zone))
			.thenComparing(date -> date.isDateOnly() ? 0 : 1);
	}

}
