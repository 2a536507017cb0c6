package closebatch.mapping;

/**
 * Collapses white space as the {@code trim} transform and record keys do: the value
 * stripped at both ends, then each run of ASCII white space ({@code \s}: space, tab, line
 * breaks, vertical tab, form feed) inside it written as one space.
 *
 * <p>
 * Written as a loop rather than {@code replaceAll("\\s+", " ")}, which compiles its
 * pattern on every call, because it runs on every cell of many mappings.
 */
final class WhiteSpace {

	private WhiteSpace() {
	}

	static String collapse(String value) {
		String text = value.strip();
		int length = text.length();
		int first = firstToRewrite(text);
		if (first < 0) {
			return text;
		}
		StringBuilder collapsed = new StringBuilder(length).append(text, 0, first);
		boolean inRun = false;
		for (int i = first; i < length; i++) {
			char c = text.charAt(i);
			if (isSpace(c)) {
				if (!inRun) {
					collapsed.append(' ');
				}
				inRun = true;
			}
			else {
				collapsed.append(c);
				inRun = false;
			}
		}
		return collapsed.toString();
	}

	/** The index of the first white space that is not a lone space, or -1. */
	private static int firstToRewrite(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (isSpace(c) && (c != ' ' || (i + 1 < text.length() && isSpace(text.charAt(i + 1))))) {
				return i;
			}
		}
		return -1;
	}

	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
	}

}
