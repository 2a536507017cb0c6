package closebatch.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The charset a CSV file is decoded with, its byte order mark, and how many bytes the
 * decoded characters took, which lets a restart seek straight to a record.
 *
 * <p>
 * A byte order mark wins over the configured charset: it is written only by tools that
 * mean it. Offsets are exact for UTF-8, UTF-16, UTF-32 and single-byte charsets because
 * decoding is strict (malformed input is an error, never replaced), so every character
 * stands for a known number of bytes; for other charsets a restart skips records instead.
 */
final class CsvEncoding {

	private static final Charset UTF_32BE = Charset.forName("UTF-32BE");

	private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

	private enum Width {

		UTF_8, UTF_16, UTF_32, SINGLE_BYTE, UNKNOWN

	}

	private final Charset charset;

	private final int bomLength;

	private final Width width;

	private final boolean workbook;

	private CsvEncoding(Charset charset, int bomLength) {
		this(charset, bomLength, false);
	}

	private CsvEncoding(Charset charset, int bomLength, boolean workbook) {
		this.charset = charset;
		this.bomLength = bomLength;
		this.width = widthOf(charset);
		this.workbook = workbook;
	}

	/**
	 * Reads the byte order mark, if any, at the start of the file.
	 * @param channel the file, positioned anywhere (its position is not used)
	 * @param configured the charset to use without a byte order mark
	 * @return the encoding
	 * @throws IOException if the file cannot be read
	 */
	static CsvEncoding detect(FileChannel channel, Charset configured) throws IOException {
		ByteBuffer start = ByteBuffer.allocate(4);
		while (start.hasRemaining() && channel.read(start, start.position()) > 0) {
			// read until 4 bytes or the end of the file
		}
		int length = start.position();
		byte[] b = start.array();
		CsvEncoding encoding = fromByteOrderMark(b, length, configured);
		// A zip (XLSX) or OLE2 (XLS) signature: a workbook given as CSV.
		boolean workbook = length == 4 && ((b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4)
				|| ((b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && b[2] == 0x11 && (b[3] & 0xFF) == 0xE0));
		return new CsvEncoding(encoding.charset, encoding.bomLength, workbook);
	}

	/**
	 * Whether a file read in an 8-bit encoding is UTF-16 without a byte order mark: in
	 * its first bytes, most bytes at even (or odd) offsets are zero, as text in Latin
	 * letters is in UTF-16.
	 * @param channel the file
	 * @param encoding the encoding it is read in
	 * @return {@code UTF-16LE} or {@code UTF-16BE}, or null when it does not look so
	 * @throws IOException if the file cannot be read
	 */
	static String unmarkedUtf16(FileChannel channel, CsvEncoding encoding) throws IOException {
		if (encoding.width == Width.UTF_16 || encoding.width == Width.UTF_32) {
			return null;
		}
		ByteBuffer sample = ByteBuffer.allocate(1024);
		while (sample.hasRemaining() && channel.read(sample, sample.position()) > 0) {
			// read until the sample is full or the file ends
		}
		int pairs = sample.position() / 2;
		if (pairs < 2) {
			return null;
		}
		int zeroEven = 0;
		int zeroOdd = 0;
		for (int i = 0; i < pairs; i++) {
			zeroEven += (sample.get(2 * i) == 0 && sample.get(2 * i + 1) != 0) ? 1 : 0;
			zeroOdd += (sample.get(2 * i + 1) == 0 && sample.get(2 * i) != 0) ? 1 : 0;
		}
		if (zeroOdd * 10 >= pairs * 6) {
			return "UTF-16LE";
		}
		return (zeroEven * 10 >= pairs * 6) ? "UTF-16BE" : null;
	}

	private static CsvEncoding fromByteOrderMark(byte[] b, int length, Charset configured) {
		if (length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
			return new CsvEncoding(StandardCharsets.UTF_8, 3);
		}
		if (length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
			return new CsvEncoding(UTF_32BE, 4);
		}
		if (length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0
				&& configured.name().startsWith("UTF-32")) {
			return new CsvEncoding(UTF_32LE, 4);
		}
		if (length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
			return new CsvEncoding(StandardCharsets.UTF_16BE, 2);
		}
		if (length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
			return new CsvEncoding(StandardCharsets.UTF_16LE, 2);
		}
		// Java's "UTF-16" and "UTF-32" read big-endian without a mark; say so explicitly
		// so
		// that decoding from the middle of the file agrees with decoding from its start.
		if (configured.equals(StandardCharsets.UTF_16)) {
			return new CsvEncoding(StandardCharsets.UTF_16BE, 0);
		}
		if (configured.name().equals("UTF-32")) {
			return new CsvEncoding(UTF_32BE, 0);
		}
		return new CsvEncoding(configured, 0);
	}

	private static Width widthOf(Charset charset) {
		String name = charset.name();
		if (charset.equals(StandardCharsets.UTF_8)) {
			return Width.UTF_8;
		}
		if (name.startsWith("UTF-16")) {
			return Width.UTF_16;
		}
		if (name.startsWith("UTF-32")) {
			return Width.UTF_32;
		}
		if (charset.canEncode() && charset.newEncoder().maxBytesPerChar() == 1.0f) {
			return Width.SINGLE_BYTE;
		}
		return Width.UNKNOWN;
	}

	/** Whether the file starts like a spreadsheet workbook rather than text. */
	boolean isWorkbook() {
		return this.workbook;
	}

	Charset charset() {
		return this.charset;
	}

	int bomLength() {
		return this.bomLength;
	}

	/**
	 * Whether byte offsets of records are known, so a restart can seek to one.
	 * @return true for UTF-8, UTF-16, UTF-32 and single-byte charsets
	 */
	boolean isSeekable() {
		return this.width != Width.UNKNOWN;
	}

	/**
	 * How many bytes of the file some decoded characters came from.
	 * @param chars the characters
	 * @param from the first index
	 * @param to the index after the last
	 * @return the byte count, or -1 if the charset is not {@link #isSeekable() seekable}
	 */
	long byteLength(char[] chars, int from, int to) {
		switch (this.width) {
			case SINGLE_BYTE:
				return to - from;
			case UTF_16:
				return 2L * (to - from);
			case UTF_32:
				long bytes = 0;
				for (int i = from; i < to; i++) {
					bytes += Character.isSurrogate(chars[i]) ? 2 : 4;
				}
				return bytes;
			case UTF_8:
				return utf8Length(chars, from, to);
			default:
				return -1;
		}
	}

	private static long utf8Length(char[] chars, int from, int to) {
		long bytes = 0;
		for (int i = from; i < to; i++) {
			char c = chars[i];
			if (c < 0x80) {
				bytes += 1;
			}
			else if (c < 0x800) {
				bytes += 2;
			}
			else if (Character.isSurrogate(c)) {
				// a pair takes four bytes: two for each half
				bytes += 2;
			}
			else {
				bytes += 3;
			}
		}
		return bytes;
	}

	@Override
	public String toString() {
		return this.charset.name();
	}

}
