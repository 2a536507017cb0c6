package closebatch.source;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.Objects;

import closebatch.error.SourceLocation;
import closebatch.error.UserInputException;

/**
 * A CSV file and how to read it.
 *
 * <p>
 * The first non-empty line is the header. A byte order mark decides the encoding (UTF-8,
 * UTF-16LE or UTF-16BE) and is not part of the first cell; without one the file is read
 * in {@code encoding}. Fields follow RFC 4180: quoted with {@code "}, a quote inside
 * written as {@code ""}, line breaks allowed inside quotes; lines end with CR, LF or
 * CRLF. How broken records are rejected without losing the rows around them is described
 * on {@link CsvRows}.
 *
 * @param path the file
 * @param encoding the charset when the file has no byte order mark
 * @param delimiter the field delimiter, or null to detect it from the header line (the
 * most frequent of {@code ,} {@code ;} tab and {@code |} outside quotes; comma if none)
 * @param maxRecordChars the most characters a record may span; a quote left open longer
 * is taken as broken, which bounds the memory a broken file can take
 */
public record CsvFile(Path path, Charset encoding, Character delimiter, int maxRecordChars) implements SourceFile {

	/** One mebichar: far beyond any real record, small enough to hold in memory. */
	public static final int DEFAULT_MAX_RECORD_CHARS = 1 << 20;

	public CsvFile {
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(encoding, "encoding");
		if (delimiter != null && (delimiter == '"' || delimiter == '\r' || delimiter == '\n')) {
			throw new UserInputException(SourceError.BAD_DELIMITER, SourceLocation.of(path.toString()),
					"the delimiter cannot be a double quote or a line break.");
		}
		if (maxRecordChars < 16) {
			throw new IllegalArgumentException("records must be allowed at least 16 characters");
		}
	}

	/**
	 * A UTF-8 CSV file with a detected delimiter.
	 * @param path the file
	 * @return how to read it
	 */
	public static CsvFile of(Path path) {
		return new CsvFile(path, StandardCharsets.UTF_8, null, DEFAULT_MAX_RECORD_CHARS);
	}

	/**
	 * The same file read in another encoding.
	 * @param name a charset name, such as {@code windows-1252} or {@code UTF-16}
	 * @return how to read it
	 * @throws UserInputException if Java knows no charset of that name
	 */
	public CsvFile withEncoding(String name) {
		try {
			return new CsvFile(this.path, Charset.forName(name.strip()), this.delimiter, this.maxRecordChars);
		}
		catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
			throw new UserInputException(SourceError.UNKNOWN_ENCODING, SourceLocation.of(this.path.toString()),
					"unknown encoding '" + name + "'.");
		}
	}

	public CsvFile withDelimiter(char delimiter) {
		return new CsvFile(this.path, this.encoding, delimiter, this.maxRecordChars);
	}

	public CsvFile withMaxRecordChars(int maxRecordChars) {
		return new CsvFile(this.path, this.encoding, this.delimiter, maxRecordChars);
	}

	@Override
	public SourceRows openAt(SourcePosition position) {
		return CsvRows.open(this, position);
	}

}
