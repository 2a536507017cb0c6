package closebatch.guess;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A column that fills no Close field of its own, as a lead custom field named after it: a
 * date field when 80% of its values are dates in the formats found, a number field when
 * 80% are numbers in one locale, a choices field when a few values repeat, text
 * otherwise. An id column stays text whatever its values.
 */
final class CustomFieldGuess {

	private CustomFieldGuess() {
	}

	static ColumnGuess of(String column, ColumnName name, List<String> values, FileSample sample) {
		if (values.isEmpty()) {
			return custom(column, "text", List.of(new Step.Trim()), List.of(),
					"no value in the first " + sample.rows().size() + " rows: text");
		}
		if (name != ColumnName.ID) {
			Optional<ValueFormats.Dates> dates = ValueFormats.dates(values);
			if (dates.isPresent() && dates.get().share() >= MappingGuesser.BY_VALUES) {
				ValueFormats.Dates found = dates.get();
				String reason = "dates: " + MappingGuesser.percent(found.share()) + " of " + values.size()
						+ " values are dates written " + String.join(" or ", found.patterns());
				if (found.alsoReadAs() != null) {
					reason += "; every one also reads as " + found.alsoReadAs()
							+ ", so check which order of day and month the file means";
				}
				return custom(column, "date", List.of(new Step.Date(found.patterns())), List.of(), reason);
			}
			Optional<ValueFormats.Numbers> numbers = ValueFormats.numbers(values);
			if (numbers.isPresent() && numbers.get().share() >= MappingGuesser.BY_VALUES) {
				String locale = numbers.get().locale().toLanguageTag();
				return custom(column, "number", List.of(new Step.Number(locale)), List.of(),
						"numbers: " + MappingGuesser.percent(numbers.get().share()) + " of " + values.size()
								+ " values are numbers as " + locale + " writes them");
			}
		}
		Map<String, Long> counts = values.stream()
			.map((value) -> value.replaceAll("\\s+", " "))
			.collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
		Map<String, String> spellings = spellings(counts);
		boolean few = spellings.size() <= MappingGuesser.MAX_CHOICES && values.size() >= 2L * spellings.size()
				&& spellings.values().stream().allMatch((value) -> value.length() <= 40);
		if (name != ColumnName.ID && few) {
			List<String> choices = List.copyOf(spellings.values());
			List<Step> steps = new ArrayList<>(List.of(new Step.Trim()));
			String reason = "choices: " + choices.size() + " different values in " + values.size() + " rows";
			if (counts.size() > choices.size()) {
				// The map matches regardless of case, so each choice mapped to itself
				// folds its other spellings.
				steps.add(new Step.MapValues(
						choices.stream().collect(Collectors.toMap(Function.identity(), Function.identity()))));
				reason += ", those that differ only in case written as the most frequent spelling";
			}
			if (!sample.wholeFile()) {
				reason += " (a value past the rows read is refused by Close: add it here)";
			}
			if (name == ColumnName.STATUS) {
				reason += ". Close lead statuses belong to the organization: to set the lead's status instead,"
						+ " map these values to yours under lead.status, as mappings/leads.yaml does";
			}
			return custom(column, "choices", steps, choices, reason);
		}
		// Long text keeps its line breaks, which trim would fold into spaces.
		boolean longText = values.stream().anyMatch((value) -> value.contains("\n") || value.length() > 200);
		return custom(column, longText ? "textarea" : "text", longText ? List.of() : List.of(new Step.Trim()),
				List.of(), (longText ? "long text" : "text") + ": " + spellings.size() + " different values in "
						+ values.size() + " rows" + ((name == ColumnName.ID) ? ", an id kept as text" : ""));
	}

	/**
	 * The values by their lower case, each as its most frequent spelling, the most
	 * frequent value first.
	 */
	private static Map<String, String> spellings(Map<String, Long> counts) {
		Map<String, Long> byValue = new LinkedHashMap<>();
		Map<String, String> spelling = new LinkedHashMap<>();
		counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).forEach((entry) -> {
			String key = entry.getKey().toLowerCase(Locale.ROOT);
			spelling.putIfAbsent(key, entry.getKey());
			byValue.merge(key, entry.getValue(), Long::sum);
		});
		Map<String, String> ordered = new LinkedHashMap<>();
		byValue.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.forEach((entry) -> ordered.put(entry.getKey(), spelling.get(entry.getKey())));
		return ordered;
	}

	private static ColumnGuess custom(String column, String type, List<Step> steps, List<String> choices,
			String reason) {
		return new ColumnGuess(column, Target.LEAD_CUSTOM, type, steps, choices, reason);
	}

}
