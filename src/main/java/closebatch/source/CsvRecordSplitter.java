package closebatch.source;

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
 * Its {@link CsvTextWindow} counts lines and, where the encoding allows, bytes, so that
 * each record's first line and the byte offset after it are known.
 */
final class CsvRecordSplitter {

	private static final char QUOTE = '"';

	private static final int FIELD_START = 0;

	private static final int UNQUOTED = 1;

	private static final int QUOTED = 2;

	private static final int QUOTE_IN_QUOTED = 3;

	private static final int AFTER_CLOSING_QUOTE = 4;

	private final CsvTextWindow text;

	private final int maxRecordChars;

	private final char delimiter;

	private int recordStart;

	private int recordTextLength;

	private int secondLineStart;

	private int firstLineTextLength;

	private long recordLine;

	private long recordByte;

	private RowDefect recordDefect;

	/**
	 * A splitter of the text in a window.
	 * @param text the text, at a line boundary
	 * @param delimiter the field delimiter
	 * @param maxRecordChars the most characters one record may span, at most the window's
	 * capacity
	 */
	CsvRecordSplitter(CsvTextWindow text, char delimiter, int maxRecordChars) {
		this.text = text;
		this.delimiter = delimiter;
		this.maxRecordChars = maxRecordChars;
	}

	/**
	 * Moves to the next record.
	 * @return false at the end of the file
	 * @throws closebatch.error.UserInputException if the text there is not in the file's
	 * encoding
	 */
	boolean next() {
		int c = this.text.charAt(0);
		while (c == '\n' || c == '\r') {
			this.text.consume(this.text.lineBreakLength(0));
			c = this.text.charAt(0);
		}
		if (c < 0) {
			return false;
		}
		this.recordLine = this.text.line();
		this.recordByte = this.text.byteOffset();
		this.secondLineStart = -1;
		this.recordDefect = null;
		long from = this.text.absolutePosition();
		split();
		checkDecoded(from, this.text.absolutePosition());
		return true;
	}

	/** Rejects the record if some of its bytes did not decode, whatever else it has. */
	private void checkDecoded(long from, long to) {
		BadBytes bad = this.text.badBytesIn(from, to);
		if (bad != null) {
			this.recordDefect = new RowDefect(SourceError.UNDECODABLE_ROW,
					"line " + this.recordLine + ": " + bad.describe(this.text.encodingName()));
		}
	}

	private void split() {
		int state = FIELD_START;
		for (int i = 0;; i++) {
			if (i >= this.maxRecordChars) {
				tooLong();
				return;
			}
			int c = this.text.charAt(i);
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
			if (lineBreak && state != QUOTED) {
				finish(i, i + this.text.lineBreakLength(i));
				return;
			}
			switch (state) {
				case FIELD_START -> state = (c == QUOTE) ? QUOTED : (c == this.delimiter) ? FIELD_START : UNQUOTED;
				case UNQUOTED -> state = (c == this.delimiter) ? FIELD_START : UNQUOTED;
				case QUOTED -> {
					if (c == QUOTE) {
						state = QUOTE_IN_QUOTED;
					}
					else if (lineBreak) {
						int breakLength = this.text.lineBreakLength(i);
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
					else if (Character.isWhitespace(c)) {
						state = AFTER_CLOSING_QUOTE;
					}
					else {
						broken(i, "text follows the closing quote of a quoted value.");
						return;
					}
				}
				default -> {
					// Commons CSV ignores white space between a closing quote and the
					// delimiter.
					if (c == this.delimiter) {
						state = FIELD_START;
					}
					else if (!Character.isWhitespace(c)) {
						broken(i, "text follows the closing quote of a quoted value.");
						return;
					}
				}
			}
		}
	}

	/** Ends the current record as it was split. */
	private void finish(int textLength, int recordLength) {
		this.recordStart = this.text.start();
		this.recordTextLength = textLength;
		this.text.consume(recordLength);
	}

	/** The quote is broken at {@code at}: keeps the first line as the broken record. */
	private void broken(int at, String reason) {
		if (this.secondLineStart >= 0) {
			rejectFirstLine(reason);
			return;
		}
		for (int i = at; i < this.maxRecordChars; i++) {
			int c = this.text.charAt(i);
			if (c < 0 || c == '\n' || c == '\r') {
				this.recordDefect = new RowDefect(SourceError.BROKEN_QUOTE, reason);
				finish(i, (c < 0) ? i : i + this.text.lineBreakLength(i));
				return;
			}
		}
		tooLong();
	}

	private void tooLong() {
		if (this.secondLineStart >= 0) {
			rejectFirstLine("a quoted value that starts on this line is still open after " + this.maxRecordChars
					+ " characters.");
			return;
		}
		this.recordStart = this.text.start();
		this.recordTextLength = 0;
		this.recordDefect = new RowDefect(SourceError.ROW_TOO_LONG,
				"the line is longer than " + this.maxRecordChars + " characters.");
		if (this.text.consumeToLineBreak() >= 0) {
			this.text.consume(this.text.lineBreakLength(0));
		}
	}

	private void rejectFirstLine(String reason) {
		this.recordStart = this.text.start();
		this.recordTextLength = this.firstLineTextLength;
		this.recordDefect = new RowDefect(SourceError.BROKEN_QUOTE, reason);
		int second = this.secondLineStart;
		this.secondLineStart = -1;
		this.text.consume(second);
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
		this.text.rewind(this.recordStart, this.recordLine, this.recordByte);
		rejectFirstLine(reason);
	}

	/** The characters holding the current record; valid until {@link #next()}. */
	char[] buffer() {
		return this.text.buffer();
	}

	int recordOffset() {
		return this.recordStart;
	}

	/** The length of the current record's text, without its line break. */
	int recordLength() {
		return this.recordTextLength;
	}

	String recordText() {
		return new String(this.text.buffer(), this.recordStart, this.recordTextLength);
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
		return this.text.line();
	}

	/** The byte offset after the current record, or -1 if the encoding does not tell. */
	long nextByte() {
		return this.text.byteOffset();
	}

}
