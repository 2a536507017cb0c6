package closebatch.error;

import java.util.List;

/**
 * Bounded quotations of the user's data in messages: a hint that quotes a file's contents
 * (its header, a cell, a sheet name) quotes at most a prefix of it, so that a binary file
 * or a huge cell never turns a one-line error into megabytes.
 */
public final class Excerpt {

	/** The most characters of one quoted value. */
	public static final int MAX_VALUE = 60;

	/** The most values of a quoted list. */
	public static final int MAX_ITEMS = 20;

	private Excerpt() {
	}

	/**
	 * A value cut to {@link #MAX_VALUE} characters, with control characters shown as
	 * escapes such as {@code <U+0000>} so that the message stays on one line.
	 * @param value the value
	 * @return the excerpt, ending with an ellipsis when cut
	 */
	public static String of(String value) {
		return of(value, MAX_VALUE);
	}

	/**
	 * A value cut to a number of characters, as {@link #of(String)}.
	 * @param value the value
	 * @param max the most characters kept
	 * @return the excerpt
	 */
	public static String of(String value, int max) {
		if (value == null) {
			return "";
		}
		StringBuilder text = new StringBuilder();
		int end = Math.min(value.length(), max);
		for (int i = 0; i < end; i++) {
			char c = value.charAt(i);
			if (Character.isISOControl(c)) {
				text.append(String.format("<U+%04X>", (int) c));
			}
			else {
				text.append(c);
			}
		}
		if (value.length() > max) {
			text.append('…');
		}
		return text.toString();
	}

	/**
	 * The first {@link #MAX_ITEMS} values, each {@link #of(String) cut}, joined with
	 * {@code ", "} and followed by how many were left out.
	 * @param values the values
	 * @return the excerpt
	 */
	public static String list(List<String> values) {
		StringBuilder text = new StringBuilder();
		int shown = Math.min(values.size(), MAX_ITEMS);
		for (int i = 0; i < shown; i++) {
			text.append((i > 0) ? ", " : "").append(of(values.get(i)));
		}
		if (values.size() > shown) {
			text.append(" and ").append(values.size() - shown).append(" more");
		}
		return text.toString();
	}

}
