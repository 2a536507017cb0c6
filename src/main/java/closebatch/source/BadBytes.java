package closebatch.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes that do not decode in a file's encoding, where they are, and which encoding they
 * probably are in.
 *
 * <p>
 * {@link DecodedChars} puts one {@link #SUBSTITUTE} character in their place, so that the
 * record holding them can be rejected and the records after it read.
 *
 * @param charIndex the index, in all the characters decoded, of the substitute
 * @param byteOffset the offset of the first bad byte in the file
 * @param bytes the bad bytes
 * @param guess the encoding the bytes (and those after them) are probably in
 */
record BadBytes(long charIndex, long byteOffset, byte[] bytes, String guess) {

	/** What stands for bad bytes in the decoded text. */
	static final char SUBSTITUTE = '\uFFFD';

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	/**
	 * Guesses the encoding of bad bytes from them and the bytes that follow.
	 * @param configured the encoding the file is read in
	 * @param bad the bytes that do not decode in it
	 * @param following the bytes after them (a few dozen are enough)
	 * @return a charset name, or two
	 */
	static String guess(Charset configured, byte[] bad, byte[] following) {
		byte[] sample = new byte[bad.length + following.length];
		System.arraycopy(bad, 0, sample, 0, bad.length);
		System.arraycopy(following, 0, sample, bad.length, following.length);
		if (!configured.equals(StandardCharsets.UTF_8) && decodes(StandardCharsets.UTF_8, sample, bad.length)) {
			return "UTF-8";
		}
		int zeros = 0;
		boolean c1 = false;
		for (byte b : sample) {
			zeros += (b == 0) ? 1 : 0;
			c1 |= (b & 0xFF) >= 0x80 && (b & 0xFF) <= 0x9F;
		}
		if (zeros * 4 >= sample.length && sample.length >= 4) {
			return "UTF-16";
		}
		return c1 ? "windows-1252" : "windows-1252 or ISO-8859-1";
	}

	/** Whether the bytes decode strictly, allowing a sequence cut at the end. */
	private static boolean decodes(Charset charset, byte[] bytes, int atLeast) {
		for (int cut = 0; cut < 4 && bytes.length - cut >= atLeast; cut++) {
			try {
				charset.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes, 0, bytes.length - cut));
				return true;
			}
			catch (CharacterCodingException ex) {
				// try without the last bytes: the sample may end inside a character
			}
		}
		return false;
	}

	/**
	 * The reason a row holding these bytes is rejected.
	 * @param encoding the encoding the file is read in
	 * @return such as
	 * {@code byte 0xE9 at byte offset 1234 is not valid UTF-8; it reads "é"
	 * in windows-1252, which the line is probably in.}
	 */
	String describe(String encoding) {
		StringBuilder hex = new StringBuilder();
		for (byte b : this.bytes) {
			hex.append((hex.length() > 0) ? " " : "").append(String.format("0x%02X", b & 0xFF));
		}
		StringBuilder text = new StringBuilder((this.bytes.length == 1) ? "byte " : "bytes ").append(hex);
		if (this.byteOffset >= 0) {
			text.append(" at byte offset ").append(this.byteOffset);
		}
		text.append((this.bytes.length == 1) ? " is" : " are").append(" not valid ").append(encoding);
		if (this.guess.startsWith("windows-1252")) {
			CharBuffer chars = WINDOWS_1252.decode(ByteBuffer.wrap(this.bytes));
			text.append("; ").append((this.bytes.length == 1) ? "it reads" : "they read").append(" \"").append(chars);
			text.append("\" in windows-1252");
		}
		return text.append("; the line is probably in ").append(this.guess).append('.').toString();
	}

}
