package closebatch.guess;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import closebatch.mapping.ValueChecks;

/**
 * Decides what each column of a file becomes in a Close lead, from its name and its
 * values.
 *
 * <p>
 * A name that says what a column is (company, first and last name, title, address parts,
 * description) places it. A name that says email, phone or web address places it only if
 * at least half of its values pass the import's conversion; values alone place a column
 * when 80% of them do. Each Close field is filled from one column; a second column of the
 * same kind, and every other column, becomes a lead custom field named after the column,
 * typed by its values (date, number, choices when a few values repeat, text) and created
 * when missing. The key is the company column, else a column named as an id whose values
 * are all there and all different.
 */
public final class MappingGuesser {

	/** Share of values that must pass when only the values say what a column is. */
	static final double BY_VALUES = 0.8;

	/** Share of values that must pass when the name says it too. */
	static final double BY_NAME = 0.5;

	/** The most values a choices field is guessed with. */
	static final int MAX_CHOICES = 10;

	private static final Pattern WEB_ADDRESS = Pattern
		.compile("(?i)(https?://)?(www\\.)?[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,}(:\\d+)?([/?#]\\S*)?");

	private final FileSample sample;

	private final Set<Target> taken = EnumSet.noneOf(Target.class);

	private MappingGuesser(FileSample sample) {
		this.sample = sample;
	}

	/**
	 * Guesses a mapping.
	 * @param sample the file's header and first rows
	 * @return what each column becomes, and the key
	 */
	public static GuessedMapping guess(FileSample sample) {
		return new MappingGuesser(sample).guess();
	}

	private GuessedMapping guess() {
		List<String> columns = this.sample.header().names();
		boolean splitName = columns.stream()
			.map(ColumnName::of)
			.anyMatch((name) -> name == ColumnName.FIRST_NAME || name == ColumnName.LAST_NAME);
		List<ColumnGuess> guesses = new ArrayList<>();
		for (String column : columns) {
			guesses.add(guess(column, ColumnName.of(column), splitName));
		}
		return key(guesses);
	}

	private ColumnGuess guess(String column, ColumnName name, boolean splitName) {
		List<String> values = this.sample.values(column);
		String filled = filled(values);
		ColumnGuess named = switch (name) {
			case COMPANY -> place(column, Target.LEAD_NAME, null, List.of(new Step.Trim()), "the company" + filled);
			case FIRST_NAME -> place(column, Target.CONTACT_NAME, "first", List.of(new Step.Trim()),
					"the contact's first name" + filled);
			case LAST_NAME -> place(column, Target.CONTACT_NAME, "last", List.of(new Step.Trim()),
					"the contact's last name" + filled);
			case FULL_NAME -> splitName ? null : place(column, Target.CONTACT_NAME, "full", List.of(new Step.Trim()),
					"the contact's name" + filled);
			case TITLE -> place(column, Target.CONTACT_TITLE, null, List.of(new Step.Trim()), "a job title" + filled);
			case DESCRIPTION -> place(column, Target.LEAD_DESCRIPTION, null, List.of(), "a description" + filled);
			case STREET -> place(column, Target.ADDRESS_1, null, List.of(new Step.Trim()), "a street" + filled);
			case STREET_2 ->
				place(column, Target.ADDRESS_2, null, List.of(new Step.Trim()), "a second address line" + filled);
			case CITY -> place(column, Target.CITY, null, List.of(new Step.Trim()), "a city" + filled);
			case STATE -> place(column, Target.STATE, null, List.of(new Step.Trim()), "a state or province" + filled);
			case ZIP -> place(column, Target.ZIPCODE, null, List.of(new Step.Trim()), "a postal code" + filled);
			case COUNTRY -> this.taken.contains(Target.COUNTRY) ? null : country(column, values);
			case EMAIL -> email(column, values, BY_NAME, emailType(column)).orElse(null);
			case PHONE -> phone(column, values, BY_NAME, phoneType(column)).orElse(null);
			case WEBSITE -> url(column, values, BY_NAME, false).orElse(null);
			case PROFILE_URL -> url(column, values, BY_NAME, true).orElse(null);
			case ID, STATUS, OTHER -> null;
		};
		if (named != null) {
			return named;
		}
		// Dates come first: 01/02/2021 is also a German phone number.
		boolean dates = ValueFormats.dates(values).filter((found) -> found.share() >= BY_VALUES).isPresent();
		if (name != ColumnName.ID && !values.isEmpty() && !dates) {
			Optional<ColumnGuess> byValues = email(column, values, BY_VALUES, "office");
			if (byValues.isEmpty() && ValueFormats.share(values, ValueFormats::phoneLike) >= BY_VALUES) {
				byValues = phone(column, values, BY_VALUES, "office");
			}
			if (byValues.isEmpty() && ValueFormats.share(values,
					(value) -> WEB_ADDRESS.matcher(value).matches() && !value.contains("@")) >= BY_VALUES) {
				byValues = url(column, values, BY_VALUES, false);
			}
			if (byValues.isPresent()) {
				return byValues.get();
			}
		}
		return CustomFieldGuess.of(column, name, values, this.sample);
	}

	/** The column placed in a field that no column fills yet, or null. */
	private ColumnGuess place(String column, Target target, String type, List<Step> steps, String reason) {
		if (target != Target.CONTACT_NAME && !this.taken.add(target)) {
			return null;
		}
		return new ColumnGuess(column, target, type, steps, List.of(), reason);
	}

	private ColumnGuess country(String column, List<String> values) {
		Map<String, String> codes = new LinkedHashMap<>();
		Set<String> unknown = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		long known = 0;
		for (String value : values) {
			if (CountryCodes.isCode(value)) {
				known++;
				continue;
			}
			Optional<String> code = CountryCodes.code(value);
			if (code.isPresent()) {
				known++;
				if (codes.keySet().stream().noneMatch(value::equalsIgnoreCase)) {
					codes.put(value, code.get());
				}
			}
			else {
				unknown.add(value);
			}
		}
		this.taken.add(Target.COUNTRY);
		List<Step> steps = new ArrayList<>(List.of(new Step.Trim()));
		if (!codes.isEmpty()) {
			steps.add(new Step.MapValues(codes));
		}
		steps.add(new Step.Upper());
		String reason = "a country: " + known + " of " + values.size()
				+ " values are countries, written as the two-letter codes Close takes";
		if (!unknown.isEmpty()) {
			reason += "; not known as countries: " + String.join(", ", unknown.stream().limit(5).toList())
					+ ((unknown.size() > 5) ? "..." : "");
		}
		return ColumnGuess.of(column, Target.COUNTRY, steps, reason);
	}

	private Optional<ColumnGuess> email(String column, List<String> values, double least, String type) {
		String separator = ValueFormats.separator(values);
		List<String> parts = ValueFormats.split(values, separator);
		double share = ValueFormats.share(parts, ValueChecks.email());
		if (separator != null && share < ValueFormats.share(values, ValueChecks.email())) {
			separator = null;
			parts = values;
			share = ValueFormats.share(values, ValueChecks.email());
		}
		if (values.isEmpty() || share < least) {
			return Optional.empty();
		}
		List<Step> steps = (separator != null) ? List.of(new Step.Split(separator), new Step.Email())
				: List.of(new Step.Email());
		String reason = "emails: " + percent(share) + " of " + parts.size() + " values are email addresses"
				+ ((separator != null) ? "; some cells hold several, split at '" + separator + "'" : "");
		return Optional.of(ColumnGuess.typed(column, Target.CONTACT_EMAIL, type, steps, reason));
	}

	private Optional<ColumnGuess> phone(String column, List<String> values, double least, String type) {
		if (values.isEmpty()) {
			return Optional.empty();
		}
		ValueFormats.Phones phones = ValueFormats.phones(values);
		if (phones.share() < least) {
			return Optional.empty();
		}
		String reason = "phone numbers: " + percent(phones.share()) + " of " + values.size()
				+ " values are valid numbers when those without +country are read as " + phones.region() + " numbers";
		return Optional.of(ColumnGuess.typed(column, Target.CONTACT_PHONE, type,
				List.of(new Step.Phone(phones.region())), reason));
	}

	private Optional<ColumnGuess> url(String column, List<String> values, double least, boolean profile) {
		double share = ValueFormats.share(values, ValueChecks.url());
		if (values.isEmpty() || share < least) {
			return Optional.empty();
		}
		Target target = (!profile && this.taken.add(Target.LEAD_URL)) ? Target.LEAD_URL : Target.CONTACT_URL;
		String reason = ((target == Target.LEAD_URL) ? "the website: " : "a contact's web address: ") + percent(share)
				+ " of " + values.size() + " values are web addresses";
		return Optional.of(ColumnGuess.typed(column, target, (target == Target.LEAD_URL) ? null : "url",
				List.of(new Step.Url()), reason));
	}

	/**
	 * The company column as the key, else an id column with a value on every row, each
	 * different.
	 */
	private GuessedMapping key(List<ColumnGuess> guesses) {
		for (ColumnGuess guess : guesses) {
			if (guess.target() == Target.LEAD_NAME) {
				return new GuessedMapping(this.sample, guesses, List.of(guess.column()),
						"Rows with the same " + guess.column() + " are one lead with several contacts");
			}
		}
		int rows = this.sample.rows().size();
		for (ColumnGuess guess : guesses) {
			List<String> values = this.sample.values(guess.column());
			if (ColumnName.of(guess.column()) == ColumnName.ID && rows > 0 && values.size() == rows
					&& values.stream().map((value) -> value.toLowerCase(Locale.ROOT)).distinct().count() == rows) {
				return new GuessedMapping(this.sample, guesses, List.of(guess.column()),
						guess.column() + " looks like the source system's id: every row has one, all different");
			}
		}
		return new GuessedMapping(this.sample, guesses, List.of(),
				"no company or id column was found, so every row is a lead of its own; name the columns that "
						+ "identify a lead here to load several rows into one lead and to find leads again");
	}

	private String filled(List<String> values) {
		return " (" + values.size() + " of " + this.sample.rows().size() + " rows have one)";
	}

	static String percent(double share) {
		return Math.round(share * 100) + "%";
	}

	private static String emailType(String column) {
		String name = ColumnName.normalise(column);
		return name.matches(".*\\b(home|personal|private)\\b.*") ? "home" : "office";
	}

	private static String phoneType(String column) {
		String name = ColumnName.normalise(column);
		if (name.matches(".*\\b(mobile|cell|cellphone)\\b.*")) {
			return "mobile";
		}
		if (name.matches(".*\\bfax\\b.*")) {
			return "fax";
		}
		if (name.matches(".*\\b(home|personal|private)\\b.*")) {
			return "home";
		}
		return name.matches(".*\\bdirect\\b.*") ? "direct" : "office";
	}

}
