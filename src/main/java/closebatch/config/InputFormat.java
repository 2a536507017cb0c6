package closebatch.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The kind of file an import reads. */
public enum InputFormat {

	/** Comma (or otherwise) separated text. */
	CSV,

	/** An Excel 2007+ workbook. */
	XLSX;

	/** The format a file name's extension implies, if any. */
	public static Optional<InputFormat> fromExtension(Path path) {
		String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) {
			return Optional.of(CSV);
		}
		if (name.endsWith(".xlsx")) {
			return Optional.of(XLSX);
		}
		return Optional.empty();
	}

}
