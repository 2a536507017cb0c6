package closebatch.config;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the known name nearest to a mistyped one, for "did you mean" hints.
 */
public final class Suggestions {

	private Suggestions() {
	}

	/** The known name nearest to {@code typed}, if one is close enough to be a typo. */
	public static Optional<String> nearest(String typed, Collection<String> known) {
		String wanted = typed.toLowerCase(Locale.ROOT).strip();
		return known.stream()
			.filter((name) -> isClose(wanted, name.toLowerCase(Locale.ROOT).strip()))
			.min(Comparator.comparingInt((String name) -> distance(wanted, name.toLowerCase(Locale.ROOT).strip())));
	}

	/** A typo (a few letters off) or a longer or shorter form of the same word. */
	private static boolean isClose(String wanted, String name) {
		boolean sameStem = Math.min(wanted.length(), name.length()) >= 3
				&& (wanted.startsWith(name) || name.startsWith(wanted));
		return sameStem || distance(wanted, name) <= Math.max(1, wanted.length() / 3);
	}

	/** A hint that names the nearest known name, or lists them all. */
	public static String hint(String typed, Collection<String> known) {
		return nearest(typed, known).map((name) -> "did you mean '" + name + "'?")
			.orElseGet(() -> "expected one of: " + YamlMap.listed(known));
	}

	private static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
