package closebatch.sandbox.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How a text query or condition matches: the docs' {@code full_words} (every word
 * anywhere, in any order) and {@code phrase} (the words next to each other, in order),
 * and two modes Close's "Copy Filters" output uses: {@code beginning_of_words} (every
 * word starts some word of the text) and {@code exact_value} (a whole value equals the
 * text).
 *
 * <p>
 * Words are runs of letters and digits, compared without case, so {@code "CEO"} is a word
 * of {@code "CEO & Co-Founder"} and {@code bob@acme.com} has the words bob, acme, com. A
 * phrase must lie within one value; the other modes look at all the values together.
 */
enum TextMode {

	FULL_WORDS("full_words"), PHRASE("phrase"), BEGINNING_OF_WORDS("beginning_of_words"), EXACT_VALUE("exact_value");

	private final String apiName;

	TextMode(String apiName) {
		this.apiName = apiName;
	}

	String apiName() {
		return this.apiName;
	}

	static Optional<TextMode> fromApiName(String name) {
		return Arrays.stream(values()).filter(mode -> mode.apiName.equals(name)).findFirst();
	}

	/** Whether the text, in this mode, matches the values. */
	boolean matches(String text, List<String> values) {
		if (this == EXACT_VALUE) {
			String wanted = text.trim();
			return values.stream().anyMatch(value -> value.trim().equalsIgnoreCase(wanted));
		}
		List<String> wanted = words(text);
		if (wanted.isEmpty()) {
			return false;
		}
		if (this == PHRASE) {
			return values.stream().anyMatch(value -> Collections.indexOfSubList(words(value), wanted) >= 0);
		}
		Set<String> present = new HashSet<>();
		values.forEach(value -> present.addAll(words(value)));
		if (this == FULL_WORDS) {
			return present.containsAll(wanted);
		}
		return wanted.stream().allMatch(word -> present.stream().anyMatch(candidate -> candidate.startsWith(word)));
	}

	/** The words of a text, lower-cased. */
	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		text.codePoints().forEach(codePoint -> {
			if (Character.isLetterOrDigit(codePoint)) {
				word.appendCodePoint(codePoint);
			}
			else if (word.length() > 0) {
				words.add(word.toString().toLowerCase(Locale.ROOT));
				word.setLength(0);
			}
		});
		if (word.length() > 0) {
			words.add(word.toString().toLowerCase(Locale.ROOT));
		}
		return words;
	}

}
