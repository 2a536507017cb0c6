package closebatch.guess;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Country names as the two-letter codes Close wants in an address: the English names the
 * JDK knows ({@code Canada}, {@code United Kingdom}) and the usual other ways of writing
 * them ({@code USA}, {@code UK}, {@code Deutschland}).
 */
final class CountryCodes {

	private static final Set<String> CODES = Set.of(Locale.getISOCountries());

	private static final Map<String, String> BY_NAME = names();

	private CountryCodes() {
	}

	/** Whether a value is already a two-letter country code, in any case. */
	static boolean isCode(String value) {
		return value.length() == 2 && CODES.contains(value.toUpperCase(Locale.ROOT));
	}

	/** The code of a country name, if it is one. */
	static Optional<String> code(String name) {
		return Optional.ofNullable(BY_NAME.get(key(name)));
	}

	private static String key(String name) {
		return name.strip().toLowerCase(Locale.ROOT).replace(".", "").replaceAll("\\s+", " ");
	}

	private static Map<String, String> names() {
		Map<String, String> names = new HashMap<>();
		for (String code : Locale.getISOCountries()) {
			names.put(key(new Locale.Builder().setRegion(code).build().getDisplayCountry(Locale.ENGLISH)), code);
		}
		String[][] others = { { "usa", "US" }, { "us", "US" }, { "united states of america", "US" },
				{ "america", "US" }, { "uk", "GB" }, { "great britain", "GB" }, { "britain", "GB" },
				{ "england", "GB" }, { "scotland", "GB" }, { "wales", "GB" }, { "northern ireland", "GB" },
				{ "deutschland", "DE" }, { "holland", "NL" }, { "the netherlands", "NL" }, { "nederland", "NL" },
				{ "korea", "KR" }, { "republic of korea", "KR" }, { "russian federation", "RU" },
				{ "czech republic", "CZ" }, { "uae", "AE" }, { "ivory coast", "CI" }, { "españa", "ES" },
				{ "espana", "ES" }, { "schweiz", "CH" }, { "suisse", "CH" }, { "österreich", "AT" }, { "turkey", "TR" },
				{ "türkiye", "TR" }, { "méxico", "MX" }, { "brasil", "BR" }, { "italia", "IT" }, { "sverige", "SE" },
				{ "norge", "NO" }, { "danmark", "DK" } };
		for (String[] other : others) {
			names.put(other[0], other[1]);
		}
		return names;
	}

}
