package closebatch.sandbox.resource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import closebatch.sandbox.http.FieldErrors;
import closebatch.sandbox.http.QueryParams;
import closebatch.sandbox.store.Timestamps;

/**
 * The comparison filters of one date field: {@code <field>} (equal), {@code <field>__lt},
 * {@code __lte}, {@code __gt} and {@code __gte}, each given a datetime or a date.
 *
 * <p>
 * A datetime (an offset, or UTC when naive) is compared as an instant. A date stands for
 * the caller's whole day in their time zone ({@code x-tz-offset}), which is what someone
 * filtering by day means: {@code __lte=2015-01-12} takes in the 12th's afternoon,
 * {@code __gt=2015-01-12} starts on the 13th, and {@code <field>=2015-01-12} is the 12th.
 */
final class DateRangeFilter {

	/** The operators Close accepts, {@code ""} being equality. */
	static final List<String> ALL_OPERATORS = List.of("", "lt", "lte", "gt", "gte");

	private final List<Predicate<Instant>> conditions;

	private DateRangeFilter(List<Predicate<Instant>> conditions) {
		this.conditions = conditions;
	}

	/**
	 * Reads the filters of {@code field} for the given operators; a value that is neither
	 * a datetime nor a date is a field error naming the parameter.
	 */
	static DateRangeFilter read(QueryParams query, String field, List<String> operators, UserTimeZone zone,
			FieldErrors errors) {
		List<Predicate<Instant>> conditions = new ArrayList<>();
		for (String operator : operators) {
			String name = operator.isEmpty() ? field : field + "__" + operator;
			Optional<String> value = query.first(name).filter(text -> !text.isBlank());
			if (value.isEmpty()) {
				continue;
			}
			Predicate<Instant> condition = condition(operator, value.get().trim(), zone);
			if (condition == null) {
				errors.field(name, "Input should be a valid datetime or date");
			}
			else {
				conditions.add(condition);
			}
		}
		return new DateRangeFilter(conditions);
	}

	boolean isEmpty() {
		return this.conditions.isEmpty();
	}

	/**
	 * Whether a value passes every condition; a missing value passes only when there are
	 * none.
	 */
	boolean test(Instant value) {
		if (value == null) {
			return this.conditions.isEmpty();
		}
		return this.conditions.stream().allMatch(condition -> condition.test(value));
	}

	private static Predicate<Instant> condition(String operator, String text, UserTimeZone zone) {
		Optional<LocalDate> day = text.length() == 10 ? Timestamps.parseDate(text) : Optional.empty();
		if (day.isPresent()) {
			Instant start = zone.startOf(day.get());
			Instant next = zone.startOf(day.get().plusDays(1));
			return switch (operator) {
				case "lt" -> value -> value.isBefore(start);
				case "lte" -> value -> value.isBefore(next);
				case "gt" -> value -> !value.isBefore(next);
				case "gte" -> value -> !value.isBefore(start);
				default -> value -> !value.isBefore(start) && value.isBefore(next);
			};
		}
		Instant bound = Timestamps.parseDateTime(text).orElse(null);
		if (bound == null) {
			return null;
		}
		return switch (operator) {
			case "lt" -> value -> value.isBefore(bound);
			case "lte" -> value -> !value.isAfter(bound);
			case "gt" -> value -> value.isAfter(bound);
			case "gte" -> value -> !value.isBefore(bound);
			default -> value -> value.equals(bound);
		};
	}

}
