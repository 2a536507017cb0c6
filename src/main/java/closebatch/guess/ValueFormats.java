package closebatch.guess;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import closebatch.mapping.ValueChecks;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

/**
 * Recognises what a column's values are, judged by the import's own conversions: the
 * country its phone numbers parse in, the formats its dates are written in, the locale of
 * its numbers.
 */
final class ValueFormats {

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	/**
	 * Countries tried for numbers written without {@code +}, beside those seen with one.
	 */
	private static final List<String> COMMON_REGIONS = List.of("US", "GB", "CA", "AU", "DE", "FR", "NL", "ES", "IT",
			"IE", "IN", "BR", "MX", "CH", "AT", "BE", "SE", "NZ", "ZA", "SG");

	private static final Pattern PHONE_LIKE = Pattern.compile("\\+?[\\d\\s().\\-/]{7,}(\\s*(x|ext\\.?)\\s*\\d+)?",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern LEADING_ZERO = Pattern.compile("0\\d+");

	/** Date formats tried, each with the order of its day and month. */
	private static final Map<String, Character> DATE_PATTERNS = dates();

	private static final List<Locale> NUMBER_LOCALES = List.of(Locale.forLanguageTag("en-US"),
			Locale.forLanguageTag("de-DE"), Locale.forLanguageTag("fr-FR"), Locale.forLanguageTag("de-CH"));

	private ValueFormats() {
	}

	/** A share of values that pass a check, from 0 to 1 (0 for no values). */
	static double share(Collection<String> values, Predicate<String> check) {
		return values.isEmpty() ? 0 : values.stream().filter(check).count() / (double) values.size();
	}

	/** Whether values look like phone numbers: digits with the punctuation of one. */
	static boolean phoneLike(String value) {
		return PHONE_LIKE.matcher(value).matches() && value.chars().filter(Character::isDigit).count() >= 7
				&& !value.chars().allMatch(Character::isDigit);
	}

	/**
	 * The country that most of the numbers parse in.
	 *
	 * @param region the country for {@code phone: <region>}
	 * @param valid how many values are valid numbers read that way
	 * @param total how many values there are
	 */
	record Phones(String region, long valid, long total) {

		double share() {
			return (this.total > 0) ? this.valid / (double) this.total : 0;
		}

	}

	/**
	 * The country most values parse in as phone numbers: among the countries of the
	 * numbers written with {@code +}, the JVM's country and the common ones; a tie goes
	 * to the main country of its calling code (US before CA), then to the one seen most
	 * with {@code +}.
	 */
	static Phones phones(List<String> values) {
		Map<String, Integer> seen = new LinkedHashMap<>();
		for (String value : values) {
			if (value.startsWith("+")) {
				try {
					String region = PHONES.getRegionCodeForNumber(PHONES.parse(value, "ZZ"));
					if (region != null && !region.equals("ZZ")) {
						seen.merge(region, 1, Integer::sum);
					}
				}
				catch (NumberParseException ex) {
					// not a number: counted as invalid below
				}
			}
		}
		Set<String> candidates = new LinkedHashSet<>(seen.keySet());
		if (PHONES.getSupportedRegions().contains(Locale.getDefault().getCountry())) {
			candidates.add(Locale.getDefault().getCountry());
		}
		candidates.addAll(COMMON_REGIONS);
		Phones best = null;
		for (String region : candidates) {
			Predicate<String> check = ValueChecks.phone(region);
			Phones phones = new Phones(region, values.stream().filter(check).count(), values.size());
			if (best == null || phones.valid() > best.valid()
					|| (phones.valid() == best.valid() && preferred(region, best.region(), seen))) {
				best = phones;
			}
		}
		return best;
	}

	private static boolean preferred(String region, String other, Map<String, Integer> seen) {
		boolean main = isMain(region);
		if (main != isMain(other)) {
			return main;
		}
		return seen.getOrDefault(region, 0) > seen.getOrDefault(other, 0);
	}

	private static boolean isMain(String region) {
		return region.equals(PHONES.getRegionCodeForCountryCode(PHONES.getCountryCodeForRegion(region)));
	}

	/**
	 * The formats of a date column.
	 *
	 * @param patterns the formats, the most used first
	 * @param parsed how many values one of them reads
	 * @param total how many values there are
	 * @param alsoReadAs a format that reads every value the first one does with day and
	 * month swapped, or null: the file does not say which it means
	 */
	record Dates(List<String> patterns, long parsed, long total, String alsoReadAs) {

		double share() {
			return (this.total > 0) ? this.parsed / (double) this.total : 0;
		}

	}

	/**
	 * The formats that read a column's dates: the one that reads most, then any other
	 * that reads at least two (and 1%) of the rest, never both orders of day and month.
	 */
	static Optional<Dates> dates(List<String> values) {
		if (values.isEmpty() || values.stream().noneMatch((value) -> value.matches(".*\\d.*[-/. ].*\\d.*"))) {
			return Optional.empty();
		}
		Map<String, Predicate<String>> checks = new LinkedHashMap<>();
		DATE_PATTERNS.keySet().forEach((pattern) -> checks.put(pattern, ValueChecks.date(pattern)));
		List<String> rest = new ArrayList<>(values);
		List<String> chosen = new ArrayList<>();
		String alsoReadAs = null;
		while (!rest.isEmpty()) {
			String best = null;
			long bestCount = 0;
			for (Map.Entry<String, Predicate<String>> check : checks.entrySet()) {
				if (chosen.contains(check.getKey()) || conflicts(check.getKey(), chosen)) {
					continue;
				}
				long count = rest.stream().filter(check.getValue()).count();
				if (count > bestCount) {
					best = check.getKey();
					bestCount = count;
				}
			}
			long least = chosen.isEmpty() ? 1 : Math.max(2, values.size() / 100);
			if (best == null || bestCount < least) {
				break;
			}
			if (chosen.isEmpty()) {
				alsoReadAs = swapped(best, rest, bestCount, checks);
			}
			chosen.add(best);
			Predicate<String> check = checks.get(best);
			rest.removeIf(check);
		}
		if (chosen.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Dates(chosen, values.size() - rest.size(), values.size(), alsoReadAs));
	}

	private static String swapped(String pattern, List<String> values, long count,
			Map<String, Predicate<String>> checks) {
		for (Map.Entry<String, Predicate<String>> other : checks.entrySet()) {
			if (conflicts(other.getKey(), List.of(pattern))
					&& values.stream().filter(other.getValue()).count() == count) {
				return other.getKey();
			}
		}
		return null;
	}

	private static boolean conflicts(String pattern, List<String> chosen) {
		char order = DATE_PATTERNS.get(pattern);
		return order != 'Y'
				&& chosen.stream().map(DATE_PATTERNS::get).anyMatch((other) -> other != 'Y' && other != order);
	}

	/**
	 * The locale a number column is written in.
	 *
	 * @param locale the locale, for {@code number: <locale>}
	 * @param parsed how many values it reads
	 * @param total how many values there are
	 */
	record Numbers(Locale locale, long parsed, long total) {

		double share() {
			return (this.total > 0) ? this.parsed / (double) this.total : 0;
		}

	}

	/**
	 * The locale that reads most of a column's values as numbers (en-US on a tie), or
	 * none when a value with a leading zero shows a code (zip, account number) rather
	 * than a number.
	 */
	static Optional<Numbers> numbers(List<String> values) {
		if (values.isEmpty() || values.stream().anyMatch((value) -> LEADING_ZERO.matcher(value).matches())) {
			return Optional.empty();
		}
		Numbers best = null;
		for (Locale locale : NUMBER_LOCALES) {
			Predicate<String> check = ValueChecks.number(locale);
			Numbers numbers = new Numbers(locale, values.stream().filter(check).count(), values.size());
			if (best == null || numbers.parsed() > best.parsed()) {
				best = numbers;
			}
		}
		return (best.parsed() > 0) ? Optional.of(best) : Optional.empty();
	}

	/**
	 * The separator of cells that hold several values (emails): {@code ;}, then
	 * {@code ,}, if some value holds it; null otherwise.
	 */
	static String separator(List<String> values) {
		for (String separator : List.of(";", ",", "|")) {
			if (values.stream().anyMatch((value) -> value.contains(separator))) {
				return separator;
			}
		}
		return null;
	}

	/** The values a cell holds once split at a separator (null: not split). */
	static List<String> split(List<String> values, String separator) {
		if (separator == null) {
			return values;
		}
		List<String> parts = new ArrayList<>();
		for (String value : values) {
			for (String part : value.split(Pattern.quote(separator))) {
				if (!part.isBlank()) {
					parts.add(part.strip());
				}
			}
		}
		return parts;
	}

	private static Map<String, Character> dates() {
		Map<String, Character> patterns = new LinkedHashMap<>();
		patterns.put("yyyy-MM-dd", 'Y');
		patterns.put("MM/dd/yyyy", 'M');
		patterns.put("dd/MM/yyyy", 'D');
		patterns.put("M/d/yyyy", 'M');
		patterns.put("d/M/yyyy", 'D');
		patterns.put("dd.MM.yyyy", 'D');
		patterns.put("d.M.yyyy", 'D');
		patterns.put("dd-MM-yyyy", 'D');
		patterns.put("MM-dd-yyyy", 'M');
		patterns.put("yyyy/MM/dd", 'Y');
		patterns.put("d MMM yyyy", 'D');
		patterns.put("MMM d, yyyy", 'M');
		patterns.put("d MMMM yyyy", 'D');
		patterns.put("MMMM d, yyyy", 'M');
		patterns.put("dd-MMM-yyyy", 'D');
		return patterns;
	}

}
