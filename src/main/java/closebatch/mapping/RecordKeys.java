package closebatch.mapping;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Makes a record key from a row's key columns: each cell trimmed, inner spaces collapsed,
 * Unicode-normalised (NFKC) and lower-cased, then joined by {@code |} (a {@code |} or
 * {@code \} inside a cell is escaped with {@code \}), so that {@code " ACME  Inc"} and
 * {@code "acme inc"} are the same lead on every run.
 */
public final class RecordKeys {

	private RecordKeys() {
	}

	/** The key of a row, or {@code null} when every key cell is blank. */
	public static String of(List<String> columns, Map<String, String> cells) {
		StringBuilder key = new StringBuilder();
		boolean anyValue = false;
		for (int i = 0; i < columns.size(); i++) {
			String part = normalise(cells.getOrDefault(columns.get(i), ""));
			anyValue |= !part.isEmpty();
			key.append((i > 0) ? "|" : "").append(part.replace("\\", "\\\\").replace("|", "\\|"));
		}
		return anyValue ? key.toString() : null;
	}

	/** One cell as a key part. */
	public static String normalise(String cell) {
		String text = Normalizer.normalize(cell, Normalizer.Form.NFKC);
		return WhiteSpace.collapse(text).toLowerCase(Locale.ROOT);
	}

}
