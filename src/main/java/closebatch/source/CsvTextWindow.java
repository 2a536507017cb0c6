package closebatch.source;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The decoded text of a CSV file seen through a sliding window that starts at the first
 * character not yet consumed, with the line number and byte offset of that character.
 *
 * <p>
 * Characters are addressed relative to the window's start and read in on demand; the
 * window holds at most {@code capacity} of them, so whoever reads ahead must consume or
 * give up before that.
 */
final class CsvTextWindow {

	private final DecodedChars input;

	private final CsvEncoding encoding;

	private final String file;

	private final int capacity;

	private char[] buffer = new char[16 * 1024];

	private int start;

	private int end;

	private boolean endOfInput;

	private long line;

	private long byteOffset;

	/** How many characters of the file lie before the window's start. */
	private long absoluteStart;

	/** How many bytes one substitute for bad bytes is counted as. */
	private final long substituteBytes;

	/**
	 * A window at a line boundary of the file.
	 * @param input the decoded text from that boundary on
	 * @param encoding the file's encoding, to count bytes
	 * @param file the file's name, for errors
	 * @param capacity the most characters to hold
	 * @param line the line number at the boundary
	 * @param byteOffset the byte offset of the boundary
	 */
	CsvTextWindow(DecodedChars input, CsvEncoding encoding, String file, int capacity, long line, long byteOffset) {
		this.input = input;
		this.encoding = encoding;
		this.file = file;
		this.capacity = capacity;
		this.line = line;
		this.byteOffset = encoding.isSeekable() ? byteOffset : -1;
		this.substituteBytes = encoding.byteLength(new char[] { BadBytes.SUBSTITUTE }, 0, 1);
	}

	/**
	 * The character {@code i} places after the window's start.
	 * @param i the relative index, below the capacity
	 * @return the character, or -1 past the end of the file; bytes that do not decode
	 * read as {@link BadBytes#SUBSTITUTE}
	 */
	int charAt(int i) {
		while (this.start + i >= this.end) {
			if (!fill()) {
				return -1;
			}
		}
		return this.buffer[this.start + i];
	}

	/**
	 * The length of the line break at {@code i}: 2 for CR LF, else 1.
	 * @param i the relative index of a CR or LF
	 * @return the length
	 */
	int lineBreakLength(int i) {
		return (charAt(i) == '\r' && charAt(i + 1) == '\n') ? 2 : 1;
	}

	/**
	 * Moves the start past characters, counting their lines and bytes.
	 * @param length how many characters
	 */
	void consume(int length) {
		long breaks = lineBreaks(this.buffer, this.start, this.start + length);
		if (this.byteOffset >= 0) {
			this.byteOffset += this.encoding.byteLength(this.buffer, this.start, this.start + length);
			for (BadBytes bad : this.input.allBadBytesIn(this.absoluteStart, this.absoluteStart + length)) {
				this.byteOffset += bad.bytes().length - this.substituteBytes;
			}
		}
		this.start += length;
		this.absoluteStart += length;
		this.line += breaks;
	}

	/**
	 * Consumes characters up to the next line break, without holding them.
	 * @return the line break character, which stays unconsumed, or -1 at the end of the
	 * file
	 */
	int consumeToLineBreak() {
		while (true) {
			for (int i = this.start; i < this.end; i++) {
				if (this.buffer[i] == '\n' || this.buffer[i] == '\r') {
					consume(i - this.start);
					return this.buffer[this.start];
				}
			}
			consume(this.end - this.start);
			if (!fill()) {
				return -1;
			}
		}
	}

	/** Where the window starts in {@link #buffer()}; valid until the next read. */
	int start() {
		return this.start;
	}

	/** The characters; valid until the next read. */
	char[] buffer() {
		return this.buffer;
	}

	/** The line number at the window's start. */
	long line() {
		return this.line;
	}

	/** The byte offset at the window's start, or -1 if the encoding does not tell. */
	long byteOffset() {
		return this.byteOffset;
	}

	/**
	 * Moves the start back to where it was, when nothing was read since.
	 * @param start the earlier {@link #start()}
	 * @param line the line number there
	 * @param byteOffset the byte offset there
	 */
	void rewind(int start, long line, long byteOffset) {
		this.absoluteStart -= this.start - start;
		this.start = start;
		this.line = line;
		this.byteOffset = byteOffset;
	}

	/** How many characters of the file lie before the window's start. */
	long absolutePosition() {
		return this.absoluteStart;
	}

	/**
	 * The first bytes that did not decode among characters already consumed or in the
	 * window, forgetting those before {@code from}.
	 * @param from an absolute character index
	 * @param to the absolute index after the last character of interest
	 * @return the bad bytes, or null if the characters decoded cleanly
	 */
	BadBytes badBytesIn(long from, long to) {
		return this.input.badBytesIn(from, to);
	}

	/** The name of the encoding the file is read in. */
	String encodingName() {
		return this.encoding.toString();
	}

	private boolean fill() {
		if (this.endOfInput) {
			return false;
		}
		if (this.start > 0) {
			System.arraycopy(this.buffer, this.start, this.buffer, 0, this.end - this.start);
			this.end -= this.start;
			this.start = 0;
		}
		if (this.end == this.buffer.length) {
			if (this.buffer.length >= this.capacity + 2) {
				throw new IllegalStateException("read ahead past the window's capacity");
			}
			char[] larger = new char[Math.min(this.buffer.length * 2, this.capacity + 2)];
			System.arraycopy(this.buffer, 0, larger, 0, this.end);
			this.buffer = larger;
		}
		try {
			int read = this.input.read(this.buffer, this.end, this.buffer.length - this.end);
			if (read < 0) {
				this.endOfInput = true;
				return false;
			}
			this.end += read;
			return true;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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

}
