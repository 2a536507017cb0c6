package closebatch.error;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The secrets this process knows (the configured API keys), and the one function that
 * takes them out of any text before it is printed or written.
 *
 * <p>
 * Whatever prints or writes text a person or another tool may read (the console, the log,
 * the report files) passes it through {@link #redact(String)}, so a key that reaches a
 * message by any path (a cell, a header, an exception) is never shown. Keys are
 * registered where they are read; values shorter than {@link #MIN_LENGTH} are not, since
 * masking them would mangle ordinary words.
 */
public final class Secrets {

	/** What a secret is replaced with. */
	public static final String MASK = "[redacted]";

	/** The shortest value taken for a secret. */
	public static final int MIN_LENGTH = 8;

	private static final Set<String> VALUES = ConcurrentHashMap.newKeySet();

	/**
	 * The values longest first, so that a secret containing another is masked whole;
	 * sorted once per secret registered, not once per text redacted (every cell of the
	 * results and rejects files).
	 */
	private static volatile List<String> longestFirst = List.of();

	private Secrets() {
	}

	/**
	 * Remembers a secret, so that it is redacted from then on.
	 * @param secret the value; null, blank and short values are ignored
	 */
	public static void register(String secret) {
		if (secret != null && secret.strip().length() >= MIN_LENGTH && VALUES.add(secret.strip())) {
			synchronized (VALUES) {
				longestFirst = VALUES.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
			}
		}
	}

	/**
	 * Registers each of several secrets written in one value, separated by commas or
	 * white space (as {@code CLOSE_API_KEYS} holds them), and the whole value too.
	 * @param value the value; null is ignored
	 */
	public static void registerAll(String value) {
		if (value == null) {
			return;
		}
		register(value);
		for (String part : value.split("[,\\s]+")) {
			register(part);
		}
	}

	/**
	 * The text with every known secret replaced by {@link #MASK}.
	 * @param text any text; null stays null
	 * @return the text without secrets
	 */
	public static String redact(String text) {
		List<String> values = longestFirst;
		if (text == null || values.isEmpty()) {
			return text;
		}
		String redacted = text;
		for (String value : values) {
			if (redacted.contains(value)) {
				redacted = redacted.replace(value, MASK);
			}
		}
		return redacted;
	}

}
