package closebatch.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Characters decoded strictly from a byte channel.
 *
 * <p>
 * Unlike an {@code InputStreamReader}, it hands out every character that decodes before
 * reporting bytes that do not, so the caller knows exactly where in the text the bad
 * bytes are (and can name their line).
 */
final class DecodedChars {

	private final ReadableByteChannel channel;

	private final CharsetDecoder decoder;

	private final ByteBuffer bytes = ByteBuffer.allocate(32 * 1024);

	private boolean endOfInput;

	private boolean flushed;

	DecodedChars(ReadableByteChannel channel, Charset charset) {
		this.channel = channel;
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
	 * @throws CharacterCodingException when the next bytes are not valid in the charset
	 * (only once every character before them was returned)
	 * @throws IOException if the file cannot be read
	 */
	int read(char[] target, int offset, int length) throws IOException {
		if (this.flushed) {
			return -1;
		}
		CharBuffer out = CharBuffer.wrap(target, offset, length);
		while (true) {
			CoderResult result = this.decoder.decode(this.bytes, out, this.endOfInput);
			int produced = out.position() - offset;
			if (result.isError()) {
				if (produced > 0) {
					return produced;
				}
				result.throwException();
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
		}
	}

}
