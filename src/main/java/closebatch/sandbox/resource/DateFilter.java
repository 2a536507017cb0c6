package closebatch.sandbox.resource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import closebatch.sandbox.http.FieldErrors;
import closebatch.sandbox.http.QueryParams;
import closebatch.sandbox.store.Timestamps;

/**
 * Date filters of list endpoints: {@code field}, {@code field__gt}, {@code __gte},
 * {@code __lt} and {@code __lte}, with ISO datetimes or dates as values.
 *
 * <p>
 * For a datetime field a date-only value means midnight at the caller's
 * {@code x-tz-offset} (the docs: the header applies to date filters), and the bare
 * {@code field=date} matches that whole day. A date field ({@code date_won}) compares
 * dates; a datetime value counts by the date it is written with.
 */
final class DateFilter {

	private static final String[] OPERATORS = { "", "__gt", "__gte", "__lt", "__lte" };

	private DateFilter() {
	}

	/**
	 * Filters on a datetime field stored in Close's format.
	 * @param valueOf reads the field of an object
	 */
	static <T> List<Predicate<T>> instants(QueryParams query, String field, Function<T, String> valueOf,
			double tzOffsetHours, FieldErrors errors) {
		List<Predicate<T>> filters = new ArrayList<>();
		for (String operator : OPERATORS) {
			String parameter = field + operator;
			Optional<String> raw = query.first(parameter);
			if (raw.isEmpty()) {
				continue;
			}
			Optional<Instant> bound = instant(raw.get(), tzOffsetHours);
			if (bound.isEmpty()) {
				errors.field(parameter, "Input should be a valid datetime or date");
				continue;
			}
			boolean wholeDay = operator.isEmpty() && Timestamps.parseDate(raw.get()).isPresent();
			Instant from = bound.get();
			Instant to = wholeDay ? from.plusSeconds(86_400) : from;
			filters.add(row -> {
				Optional<Instant> value = Timestamps.parseDateTime(valueOf.apply(row));
				return value.isPresent() && compare(value.get(), operator, from, to);
			});
		}
		return filters;
	}

	/** Filters on a date-only field such as {@code date_won}. */
	static <T> List<Predicate<T>> dates(QueryParams query, String field, Function<T, String> valueOf,
			FieldErrors errors) {
		List<Predicate<T>> filters = new ArrayList<>();
		for (String operator : OPERATORS) {
			String parameter = field + operator;
			Optional<String> raw = query.first(parameter);
			if (raw.isEmpty()) {
				continue;
			}
			Optional<LocalDate> bound = date(raw.get());
			if (bound.isEmpty()) {
				errors.field(parameter, "Input should be a valid date");
				continue;
			}
			filters.add(row -> {
				Optional<LocalDate> value = Timestamps.parseDate(valueOf.apply(row));
				if (value.isEmpty()) {
					return false;
				}
				int comparison = value.get().compareTo(bound.get());
				return matches(comparison, operator);
			});
		}
		return filters;
	}

	private static boolean compare(Instant value, String operator, Instant from, Instant to) {
		if (operator.isEmpty()) {
			return from.equals(to) ? value.equals(from) : !value.isBefore(from) && value.isBefore(to);
		}
		return matches(value.compareTo(from), operator);
	}

	private static boolean matches(int comparison, String operator) {
		return switch (operator) {
			case "__gt" -> comparison > 0;
			case "__gte" -> comparison >= 0;
			case "__lt" -> comparison < 0;
			case "__lte" -> comparison <= 0;
			default -> comparison == 0;
		};
	}

	/** A datetime value; a date alone is midnight at the given offset from UTC. */
	static Optional<Instant> instant(String text, double tzOffsetHours) {
		Optional<LocalDate> date = Timestamps.parseDate(text);
		if (date.isPresent()) {
			int seconds = (int) Math.max(-64_800, Math.min(64_800, Math.round(tzOffsetHours * 3600)));
			return Optional.of(date.get().atStartOfDay().toInstant(ZoneOffset.ofTotalSeconds(seconds)));
		}
		return Timestamps.parseDateTime(text);
	}

	/** A date value; a datetime counts by the date it is written with. */
	static Optional<LocalDate> date(String text) {
		Optional<LocalDate> date = Timestamps.parseDate(text);
		if (date.isPresent()) {
			return date;
		}
		String iso = text.trim().replace(' ', 'T');
		try {
			return Optional.of(OffsetDateTime.parse(iso).toLocalDate());
		}
		catch (DateTimeParseException notOffset) {
			try {
				return Optional.of(LocalDateTime.parse(iso).toLocalDate());
			}
			catch (DateTimeParseException notNaive) {
				return Optional.empty();
			}
		}
	}

}
