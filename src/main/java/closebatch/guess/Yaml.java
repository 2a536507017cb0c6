package closebatch.guess;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes text as a YAML scalar that reads back as the same string, in block or flow
 * context.
 */
final class Yaml {

	private static final Pattern PLAIN = Pattern.compile("[\\p{L}_/][\\p{L}\\p{N} _./()&'-]*");

	private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "on", "off", "null", "y", "n");

	private Yaml() {
	}

	/** The text plain when YAML reads it back as the same string, else double-quoted. */
	static String scalar(String text) {
		if (PLAIN.matcher(text).matches() && !text.endsWith(" ") && !RESERVED.contains(text.toLowerCase(Locale.ROOT))) {
			return text;
		}
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> quoted.append("\\\"");
				case '\\' -> quoted.append("\\\\");
				case '\n' -> quoted.append("\\n");
				case '\r' -> quoted.append("\\r");
				case '\t' -> quoted.append("\\t");
				default -> {
					if (c < 0x20) {
						quoted.append(String.format("\\x%02x", (int) c));
					}
					else {
						quoted.append(c);
					}
				}
			}
		}
		return quoted.append('"').toString();
	}

}
