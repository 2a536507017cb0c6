package closebatch.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;

import closebatch.error.SourceLocation;
import closebatch.error.UserInputException;

/**
 * Cuts decoded CSV text into records (the text of one row, which quoted line breaks can
 * spread over several lines) before any cell is parsed, so that a broken record can never
 * take the records after it down with it.
 *
 * <p>
 * It tracks quotes as RFC 4180 and Commons CSV do: a quote opens a quoted value only as
 * the first character of a field; inside one, {@code ""} is a quote and a single
 * {@code "} closes it, after which only a delimiter or a line break may follow. A record
 * ends at a line break outside quotes. Empty lines are skipped.
 *
 * <p>
 * <b>Recovery.</b> A quoted value is broken when text follows its closing quote, when the
 * file ends inside it, or when the record grows past {@code maxRecordChars}. Then:
 * <ul>
 * <li>if the record is still on its first line, that line is the broken record, and
 * splitting goes on at the next line;</li>
 * <li>if the open quote has already run over line breaks, only the record's first line is
 * the broken record, and splitting goes on at its second line: the lines the runaway
 * quote took in are read again as records of their own.</li>
 * </ul>
 * A caller that finds a well-split multi-line record wrong (Commons CSV refuses it, or it
 * has the wrong number of cells: a stray quote that happened to close) makes the same
 * choice through {@link #rejectAllButFirstLine()}. So a broken quote costs one line,
 * never the rows after it, and memory stays bounded by {@code maxRecordChars}.
 *
 * <p>
 * It also counts lines and, where the encoding allows, bytes, so that each record's first
 * line and the byte offset after it are known.
 */
final class CsvRecordSplitter {

	private static final char QUOTE = '"';

	private static final char[] DELIMITER_CANDIDATES = { ',', ';', '\t', '|' };

	private static final int FIELD_START = 0;

	private static final int UNQUOTED = 1;

	private static final int QUOTED = 2;

	private static final int QUOTE_IN_QUOTED = 3;

	private static final int AFTER_CLOSING_QUOTE = 4;

	private final DecodedChars input;

	private final CsvEncoding encoding;

	private final String file;

	private final int maxRecordChars;

	private char delimiter = ',';

	private char[] buffer = new char[16 * 1024];

	private int scanStart;

	private int end;

	private boolean endOfInput;

	/** The line at {@link #scanStart}. */
	private long nextLine;

	/** The byte offset of {@link #scanStart}, or -1 when the encoding does not tell. */
	private long nextByte;

	private int recordStart;

	private int recordTextLength;

	private int secondLineStart;

	private int firstLineTextLength;

	private long recordLine;

	private long recordByte;

	private RowDefect recordDefect;

	/**
	 * A splitter at a line boundary of the file.
	 * @param input the decoded text from that boundary on
	 * @param encoding the file's encoding, to count bytes
	 * @param file the file's name, for errors
	 * @param maxRecordChars the most characters one record may span
	 * @param line the line number at the boundary
	 * @param byteOffset the byte offset of the boundary
	 */
	CsvRecordSplitter(DecodedChars input, CsvEncoding encoding, String file, int maxRecordChars, long line,
			long byteOffset) {
		this.input = input;
		this.encoding = encoding;
		this.file = file;
		this.maxRecordChars = maxRecordChars;
		this.nextLine = line;
		this.nextByte = encoding.isSeekable() ? byteOffset : -1;
	}

	void delimiter(char delimiter) {
		this.delimiter = delimiter;
	}

	/**
	 * Guesses the delimiter from the first non-empty line: the most frequent candidate
	 * outside quotes, comma on a tie or when there is none. Consumes nothing.
	 * @return the delimiter
	 */
	char detectDelimiter() {
		try {
			return mostFrequentDelimiter();
		}
		catch (IOException ex) {
			throw failure(ex);
		}
	}

	private char mostFrequentDelimiter() throws IOException {
		int[] counts = new int[DELIMITER_CANDIDATES.length];
		boolean quoted = false;
		boolean started = false;
		for (int i = 0; i < this.maxRecordChars; i++) {
			int c = charAt(i);
			if (c < 0 || (!quoted && started && (c == '\n' || c == '\r'))) {
				break;
			}
			if (c == '\n' || c == '\r') {
				continue;
			}
			started = true;
			if (c == QUOTE) {
				quoted = !quoted;
			}
			for (int k = 0; k < DELIMITER_CANDIDATES.length && !quoted; k++) {
				if (c == DELIMITER_CANDIDATES[k]) {
					counts[k]++;
				}
			}
		}
		int best = 0;
		for (int k = 1; k < counts.length; k++) {
			if (counts[k] > counts[best]) {
				best = k;
			}
		}
		return DELIMITER_CANDIDATES[best];
	}

	/**
	 * Moves to the next record.
	 * @return false at the end of the file
	 * @throws UserInputException if the text there is not in the file's encoding
	 */
	boolean next() {
		try {
			skipEmptyLines();
			if (charAt(0) < 0) {
				return false;
			}
			this.recordLine = this.nextLine;
			this.recordByte = this.nextByte;
			split();
			return true;
		}
		catch (IOException ex) {
			throw failure(ex);
		}
	}

	private RuntimeException failure(IOException ex) {
		if (ex instanceof CharacterCodingException) {
			// Every character before the bad bytes was decoded: they start right after
			// the buffer.
			long line = this.nextLine + lineBreaks(this.buffer, this.scanStart, this.end);
			return new UserInputException(SourceError.BAD_ENCODING, SourceLocation.of(this.file).atRow(line),
					"line " + line + " has bytes that are not valid " + this.encoding + ".", ex);
		}
		return new UncheckedIOException(ex);
	}

	private void skipEmptyLines() throws IOException {
		int c = charAt(0);
		while (c == '\n' || c == '\r') {
			int length = (c == '\r' && charAt(1) == '\n') ? 2 : 1;
			consume(length, 1);
			c = charAt(0);
		}
	}

	private void split() throws IOException {
		int state = FIELD_START;
		this.secondLineStart = -1;
		this.recordDefect = null;
		int i = 0;
		while (true) {
			if (i >= this.maxRecordChars) {
				tooLong(i);
				return;
			}
			int c = charAt(i);
			if (c < 0) {
				if (state == QUOTED) {
					broken(i, "a quoted value that starts on this line is not closed before the end of the file.");
				}
				else {
					finish(i, i);
				}
				return;
			}
			boolean lineBreak = c == '\n' || c == '\r';
			switch (state) {
				case FIELD_START -> state = (c == QUOTE) ? QUOTED : (c == this.delimiter) ? FIELD_START : UNQUOTED;
				case UNQUOTED -> state = (c == this.delimiter) ? FIELD_START : UNQUOTED;
				case QUOTED -> {
					if (c == QUOTE) {
						state = QUOTE_IN_QUOTED;
					}
					else if (lineBreak) {
						int breakLength = (c == '\r' && charAt(i + 1) == '\n') ? 2 : 1;
						if (this.secondLineStart < 0) {
							this.firstLineTextLength = i;
							this.secondLineStart = i + breakLength;
						}
						i += breakLength - 1;
					}
				}
				case QUOTE_IN_QUOTED -> {
					if (c == QUOTE) {
						state = QUOTED;
					}
					else if (c == this.delimiter) {
						state = FIELD_START;
					}
					else if (!lineBreak) {
						if (!Character.isWhitespace(c)) {
							broken(i, "text follows the closing quote of a quoted value.");
							return;
						}
						state = AFTER_CLOSING_QUOTE;
					}
				}
				default -> {
					// Commons CSV ignores white space between a closing quote and the
					// delimiter.
					if (c == this.delimiter) {
						state = FIELD_START;
					}
					else if (!lineBreak && !Character.isWhitespace(c)) {
						broken(i, "text follows the closing quote of a quoted value.");
						return;
					}
				}
			}
			if (lineBreak && state != QUOTED) {
				int breakLength = (c == '\r' && charAt(i + 1) == '\n') ? 2 : 1;
				finish(i, i + breakLength);
				return;
			}
			i++;
		}
	}

	/** Ends the current record as it was split. */
	private void finish(int textLength, int recordLength) {
		this.recordStart = this.scanStart;
		this.recordTextLength = textLength;
		consume(recordLength, lineBreaks(this.buffer, this.scanStart, this.scanStart + recordLength));
	}

	/** The quote is broken at {@code at}: keeps the first line as the broken record. */
	private void broken(int at, String reason) throws IOException {
		if (this.secondLineStart >= 0) {
			rejectFirstLine(reason);
			return;
		}
		for (int i = at; i < this.maxRecordChars; i++) {
			int c = charAt(i);
			if (c < 0 || c == '\n' || c == '\r') {
				int breakLength = (c < 0) ? 0 : (c == '\r' && charAt(i + 1) == '\n') ? 2 : 1;
				this.recordDefect = new RowDefect(SourceError.BROKEN_QUOTE, reason);
				finish(i, i + breakLength);
				return;
			}
		}
		tooLong(this.maxRecordChars);
	}

	private void tooLong(int length) throws IOException {
		if (this.secondLineStart >= 0) {
			rejectFirstLine("a quoted value that starts on this line is still open after " + this.maxRecordChars
					+ " characters.");
			return;
		}
		this.recordStart = this.scanStart;
		this.recordTextLength = 0;
		this.recordDefect = new RowDefect(SourceError.ROW_TOO_LONG,
				"the line is longer than " + this.maxRecordChars + " characters.");
		// Drop the rest of the line without holding it.
		int i = length;
		while (true) {
			if (this.scanStart + i >= this.end) {
				consume(i, 0);
				i = 0;
				if (!fill()) {
					return;
				}
			}
			char c = this.buffer[this.scanStart + i];
			if (c == '\n' || c == '\r') {
				int breakLength = (c == '\r' && charAt(i + 1) == '\n') ? 2 : 1;
				consume(i + breakLength, 1);
				return;
			}
			i++;
		}
	}

	private void rejectFirstLine(String reason) {
		this.recordStart = this.scanStart;
		this.recordTextLength = this.firstLineTextLength;
		this.recordDefect = new RowDefect(SourceError.BROKEN_QUOTE, reason);
		int second = this.secondLineStart;
		this.secondLineStart = -1;
		consume(second, 1);
	}

	/**
	 * Takes back all of the current multi-line record but its first line, which becomes
	 * the record; the next record starts on the second line.
	 * @param reason why the record is rejected
	 */
	void rejectAllButFirstLine(String reason) {
		if (this.secondLineStart < 0) {
			throw new IllegalStateException("the record has a single line");
		}
		this.scanStart = this.recordStart;
		this.nextLine = this.recordLine;
		this.nextByte = this.recordByte;
		rejectFirstLine(reason);
	}

	private void consume(int length, long lines) {
		if (this.nextByte >= 0) {
			this.nextByte += this.encoding.byteLength(this.buffer, this.scanStart, this.scanStart + length);
		}
		this.scanStart += length;
		this.nextLine += lines;
	}

	/** The character {@code i} places after {@link #scanStart}, or -1 past the end. */
	private int charAt(int i) throws IOException {
		while (this.scanStart + i >= this.end) {
			if (!fill()) {
				return -1;
			}
		}
		return this.buffer[this.scanStart + i];
	}

	private boolean fill() throws IOException {
		if (this.endOfInput) {
			return false;
		}
		if (this.scanStart > 0) {
			System.arraycopy(this.buffer, this.scanStart, this.buffer, 0, this.end - this.scanStart);
			this.end -= this.scanStart;
			this.recordStart -= this.scanStart;
			this.scanStart = 0;
		}
		if (this.end == this.buffer.length) {
			char[] larger = new char[Math.min(this.buffer.length * 2, this.maxRecordChars + 8192)];
			if (larger.length <= this.buffer.length) {
				throw new IllegalStateException("record limit not enforced");
			}
			System.arraycopy(this.buffer, 0, larger, 0, this.end);
			this.buffer = larger;
		}
		int read = this.input.read(this.buffer, this.end, this.buffer.length - this.end);
		if (read < 0) {
			this.endOfInput = true;
			return false;
		}
		this.end += read;
		return true;
	}

	private static long lineBreaks(char[] chars, int from, int to) {
		long breaks = 0;
		for (int i = from; i < to; i++) {
			if (chars[i] == '\n' || (chars[i] == '\r' && (i + 1 == to || chars[i + 1] != '\n'))) {
				breaks++;
			}
		}
		return breaks;
	}

	/** The current record's text, without its line break; valid until {@link #next()}. */
	char[] buffer() {
		return this.buffer;
	}

	int recordOffset() {
		return this.recordStart;
	}

	int recordLength() {
		return this.recordTextLength;
	}

	String recordText() {
		return new String(this.buffer, this.recordStart, this.recordTextLength);
	}

	/** The line the current record starts on. */
	long recordLine() {
		return this.recordLine;
	}

	/** Whether the current record spans several lines (quoted line breaks). */
	boolean isMultiLine() {
		return this.secondLineStart >= 0;
	}

	/** Why the current record is broken, or null if it split cleanly. */
	RowDefect recordDefect() {
		return this.recordDefect;
	}

	/** The line after the current record. */
	long nextLine() {
		return this.nextLine;
	}

	/** The byte offset after the current record, or -1 if the encoding does not tell. */
	long nextByte() {
		return this.nextByte;
	}

}
