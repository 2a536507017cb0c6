package closebatch.mapping;

import java.util.Locale;

/** The letter case a {@code case} step gives a value. */
enum TextCase implements Transform.ValueConverter {

	/** ALL CAPITALS. */
	UPPER,

	/** all small letters. */
	LOWER,

	/** First Letter Of Each Word Capital, the rest small. */
	TITLE;

	@Override
	public String convert(String value) {
		return switch (this) {
			case UPPER -> value.toUpperCase(Locale.ROOT);
			case LOWER -> value.toLowerCase(Locale.ROOT);
			case TITLE -> title(value);
		};
	}

	private static String title(String value) {
		StringBuilder title = new StringBuilder(value.length());
		boolean startOfWord = true;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			title.append(startOfWord ? Character.toTitleCase(c) : Character.toLowerCase(c));
			startOfWord = Character.isWhitespace(c) || c == '-';
		}
		return title.toString();
	}

}
