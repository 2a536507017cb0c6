package closebatch.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Characters decoded strictly from a byte channel, with the bytes that do not decode
 * recorded rather than thrown.
 *
 * <p>
 * Where bytes are not valid in the charset, one {@link BadBytes#SUBSTITUTE} character is
 * handed out in their place and a {@link BadBytes} says where they were (as a character
 * index and a byte offset) and what they probably are; so the caller can reject the
 * record that holds them, keep counting bytes exactly, and go on with the next record.
 */
final class DecodedChars {

	/** How many bytes after bad ones are looked at to guess their encoding. */
	private static final int GUESS_WINDOW = 48;

	private final ReadableByteChannel channel;

	private final Charset charset;

	private final CharsetDecoder decoder;

	private final ByteBuffer bytes = ByteBuffer.allocate(32 * 1024);

	private final Deque<BadBytes> bad = new ArrayDeque<>();

	private final long startOffset;

	private long bytesRead;

	private long charsProduced;

	private boolean endOfInput;

	private boolean flushed;

	/**
	 * Characters from a channel.
	 * @param channel the bytes, from {@code startOffset} on
	 * @param charset their charset
	 * @param startOffset the byte offset in the file where the channel is, or -1 if
	 * unknown
	 */
	DecodedChars(ReadableByteChannel channel, Charset charset, long startOffset) {
		this.channel = channel;
		this.charset = charset;
		this.startOffset = startOffset;
		this.decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		this.bytes.flip();
	}

	/**
	 * Reads characters.
	 * @param target where to put them
	 * @param offset the first index to fill
	 * @param length the most characters to read, at least 1
	 * @return how many were read, or -1 at the end of the input
	 * @throws IOException if the file cannot be read
	 */
	int read(char[] target, int offset, int length) throws IOException {
		if (this.flushed) {
			return -1;
		}
		CharBuffer out = CharBuffer.wrap(target, offset, length);
		try {
			return decode(out, offset);
		}
		finally {
			this.charsProduced += Math.max(0, out.position() - offset);
		}
	}

	private int decode(CharBuffer out, int offset) throws IOException {
		while (true) {
			CoderResult result = this.decoder.decode(this.bytes, out, this.endOfInput);
			int produced = out.position() - offset;
			if (result.isError()) {
				if (!out.hasRemaining()) {
					return produced;
				}
				substitute(result.length(), produced);
				out.put(BadBytes.SUBSTITUTE);
				continue;
			}
			if (result.isOverflow()) {
				return produced;
			}
			if (this.endOfInput) {
				if (this.decoder.flush(out).isOverflow()) {
					return out.position() - offset;
				}
				this.flushed = true;
				produced = out.position() - offset;
				return (produced > 0) ? produced : -1;
			}
			if (produced > 0) {
				return produced;
			}
			this.bytes.compact();
			int read = this.channel.read(this.bytes);
			this.bytes.flip();
			if (read < 0) {
				this.endOfInput = true;
			}
			else {
				this.bytesRead += read;
			}
		}
	}

	/** Skips bad bytes at the buffer's position and records them. */
	private void substitute(int length, int producedSoFar) {
		long offset = (this.startOffset >= 0) ? this.startOffset + this.bytesRead - this.bytes.remaining() : -1;
		byte[] skipped = new byte[length];
		this.bytes.get(skipped);
		byte[] following = new byte[Math.min(GUESS_WINDOW, this.bytes.remaining())];
		this.bytes.get(this.bytes.position(), following);
		this.bad.addLast(new BadBytes(this.charsProduced + producedSoFar, offset, skipped,
				BadBytes.guess(this.charset, skipped, following)));
	}

	/**
	 * The bad bytes whose substitute is at a character index, if any; forgets those
	 * before it.
	 * @param from the first character index of interest
	 * @param to the index after the last
	 * @return the first bad bytes in the range, or null
	 */
	BadBytes badBytesIn(long from, long to) {
		while (!this.bad.isEmpty() && this.bad.peekFirst().charIndex() < from) {
			this.bad.removeFirst();
		}
		BadBytes first = this.bad.peekFirst();
		return (first != null && first.charIndex() < to) ? first : null;
	}

	/**
	 * The bad bytes in a range of character indexes, to count their bytes.
	 * @param from the first character index
	 * @param to the index after the last
	 * @return the bad bytes there, in order
	 */
	Iterable<BadBytes> allBadBytesIn(long from, long to) {
		return this.bad.stream().filter((b) -> b.charIndex() >= from && b.charIndex() < to).toList();
	}

}
