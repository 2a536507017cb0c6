package closebatch.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

/**
 * A field of a Close object other than a lead, as a mapping names it, with the kind of
 * value Close takes there. Values are checked (and written as Close takes them) when a
 * row is mapped, so a bad cell rejects its row naming the column before any request.
 *
 * @param name the key in the mapping ({@code value}, {@code user}, {@code date})
 * @param kind what the value is
 * @param choices the values Close accepts, for {@link Kind#CHOICE}
 */
public record ObjectField(String name, Kind kind, Set<String> choices) {

	/** What a field's value is, and what the load stage resolves it to. */
	public enum Kind {

		/** Text, as it is. */
		TEXT,

		/** A whole number (an opportunity's value in cents, a call's seconds). */
		WHOLE_NUMBER,

		/** A whole number from 0 to 100; a trailing {@code %} is allowed. */
		PERCENT,

		/** A date, {@code yyyy-MM-dd}. */
		DATE,

		/** A date and time with its offset (ISO-8601). */
		DATETIME,

		/** A date, or a date and time (a task's due date). */
		DATE_OR_DATETIME,

		/** Yes or no. */
		BOOLEAN,

		/** A user of the organization, by email; resolved to the user's id. */
		USER,

		/** An opportunity status, by label; resolved to its id. */
		STATUS,

		/** One of {@link ObjectField#choices}. */
		CHOICE

	}

	private static final Set<String> YES = Set.of("true", "yes", "y", "1", "x", "done", "completed");

	private static final Set<String> NO = Set.of("false", "no", "n", "0", "open", "");

	ObjectField(String name, Kind kind) {
		this(name, kind, Set.of());
	}

	/** The key of the request body the field is sent under. */
	public String bodyName() {
		return switch (this.kind) {
			case USER -> this.name.equals("user") ? "user_id" : this.name;
			case STATUS -> "status_id";
			default -> this.name;
		};
	}

	/**
	 * The value as Close takes it.
	 * @throws ValueRejected if it is not a value of this kind
	 */
	String check(String value) throws ValueRejected {
		String text = value.strip();
		return switch (this.kind) {
			case TEXT, STATUS -> value;
			case WHOLE_NUMBER -> wholeNumber(text);
			case PERCENT -> percent(text);
			case DATE -> date(text);
			case DATETIME -> dateTime(text);
			case DATE_OR_DATETIME -> text.contains("T") ? dateTime(text) : date(text);
			case BOOLEAN -> yesOrNo(text);
			case USER -> user(text);
			case CHOICE -> choice(text);
		};
	}

	private static String wholeNumber(String text) throws ValueRejected {
		try {
			BigDecimal number = new BigDecimal(text);
			if (number.stripTrailingZeros().scale() <= 0) {
				return number.toBigInteger().toString();
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw new ValueRejected("'" + text + "' is not a whole number");
	}

	private static String percent(String text) throws ValueRejected {
		String number = text.endsWith("%") ? text.substring(0, text.length() - 1).strip() : text;
		try {
			String whole = wholeNumber(number);
			if (Integer.parseInt(whole) >= 0 && Integer.parseInt(whole) <= 100) {
				return whole;
			}
		}
		catch (ValueRejected | NumberFormatException ex) {
			// refused below
		}
		throw new ValueRejected("'" + text + "' is not a whole percentage from 0 to 100");
	}

	private static String date(String text) throws ValueRejected {
		try {
			return LocalDate.parse(text).toString();
		}
		catch (DateTimeParseException ex) {
			throw new ValueRejected(
					"'" + text + "' is not a date as yyyy-MM-dd; add a 'date' transform with its format");
		}
	}

	private static String dateTime(String text) throws ValueRejected {
		try {
			return OffsetDateTime.parse(text).toString();
		}
		catch (DateTimeParseException ex) {
			throw new ValueRejected("'" + text
					+ "' is not a date and time with its offset; add a 'datetime' transform with its format and zone");
		}
	}

	private static String yesOrNo(String text) throws ValueRejected {
		String lower = text.toLowerCase(Locale.ROOT);
		if (YES.contains(lower)) {
			return "true";
		}
		if (NO.contains(lower)) {
			return "false";
		}
		throw new ValueRejected("'" + text + "' is not yes or no (true/false, yes/no, 1/0)");
	}

	private static String user(String text) throws ValueRejected {
		if (!text.matches("[^@\\s]+@[^@\\s]+")) {
			throw new ValueRejected("'" + text + "' is not a user's email address");
		}
		return text.toLowerCase(Locale.ROOT);
	}

	private String choice(String text) throws ValueRejected {
		for (String choice : this.choices) {
			if (choice.equalsIgnoreCase(text)) {
				return choice;
			}
		}
		throw new ValueRejected(
				"'" + text + "' is not one of " + String.join(", ", this.choices.stream().sorted().toList()));
	}

}
