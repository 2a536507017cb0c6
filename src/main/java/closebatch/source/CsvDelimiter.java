package closebatch.source;

/**
 * Guesses a CSV file's delimiter from its first non-empty line: the most frequent of
 * {@code ,} {@code ;} tab and {@code |} outside quotes, comma on a tie or when there is
 * none.
 */
final class CsvDelimiter {

	private static final char[] CANDIDATES = { ',', ';', '\t', '|' };

	private CsvDelimiter() {
	}

	/**
	 * Reads the first line ahead without consuming it.
	 * @param text the file's text at its start
	 * @param limit the most characters to look at
	 * @return the delimiter
	 */
	static char detect(CsvTextWindow text, int limit) {
		int[] counts = new int[CANDIDATES.length];
		boolean quoted = false;
		boolean started = false;
		for (int i = 0; i < limit; i++) {
			int c = text.charAt(i);
			boolean lineBreak = c == '\n' || c == '\r';
			if (c < 0 || (lineBreak && started && !quoted)) {
				break;
			}
			started |= !lineBreak;
			// A doubled quote inside quotes toggles twice: the state stays right.
			quoted ^= c == '"';
			for (int k = 0; k < CANDIDATES.length && !quoted; k++) {
				counts[k] += (c == CANDIDATES[k]) ? 1 : 0;
			}
		}
		int best = 0;
		for (int k = 1; k < counts.length; k++) {
			if (counts[k] > counts[best]) {
				best = k;
			}
		}
		return CANDIDATES[best];
	}

}
