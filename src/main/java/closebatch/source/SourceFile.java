package closebatch.source;

import java.nio.file.Path;
import java.util.Locale;

/**
 * An input file and how to read it: a {@link CsvFile} or an {@link XlsxFile}.
 */
public sealed interface SourceFile permits CsvFile, XlsxFile {

	/**
	 * The file, as the user named it.
	 * @return the path
	 */
	Path path();

	/**
	 * Opens the file at its first row.
	 * @return the open rows; close them
	 * @throws closebatch.error.UserInputException if the file cannot be read, has no
	 * usable header, or is not what its kind says
	 */
	default SourceRows open() {
		return openAt(SourcePosition.START);
	}

	/**
	 * Opens the file to go on after a position that an earlier reading reported.
	 * @param position where to go on; {@link SourcePosition#START} for the first row
	 * @return the open rows; close them
	 * @throws closebatch.error.UserInputException as {@link #open()}, or with
	 * {@link SourceError#BAD_RESTART_POSITION} if the file ends before the position
	 */
	SourceRows openAt(SourcePosition position);

	/**
	 * The file, read with default settings chosen by its extension: {@code .xlsx} and
	 * {@code .xlsm} as the first sheet of a workbook, anything else as UTF-8 CSV with a
	 * detected delimiter.
	 * @param path the file
	 * @return how to read it
	 */
	static SourceFile of(Path path) {
		String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
		return (name.endsWith(".xlsx") || name.endsWith(".xlsm")) ? XlsxFile.of(path) : CsvFile.of(path);
	}

	/**
	 * The file's name as it appears in error locations.
	 * @return the path as the user gave it
	 */
	default String label() {
		return path().toString();
	}

}
