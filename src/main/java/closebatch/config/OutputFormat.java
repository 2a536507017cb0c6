package closebatch.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The kind of file an export writes. */
public enum OutputFormat {

	/** Comma separated text. */
	CSV,

	/** An Excel 2007+ workbook. */
	XLSX,

	/** One JSON object per line. */
	JSONL;

	/** The format a file name's extension implies, if any. */
	public static Optional<OutputFormat> fromExtension(Path path) {
		String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
		for (OutputFormat format : values()) {
			if (name.endsWith("." + format.name().toLowerCase(Locale.ROOT))) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}

}
