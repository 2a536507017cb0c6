package closebatch.close;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

import closebatch.error.Secrets;

/**
 * A Close API key. It is never shown: {@link #toString()} and {@link #fingerprint()} give
 * the first eight hex digits of its SHA-256 digest, which tell keys apart in logs and
 * summaries without revealing them.
 *
 * <p>
 * A key is sent as the username of HTTP Basic authentication with an empty password, so
 * it cannot contain a colon, white space or control characters.
 */
public final class ApiKey {

	private final String value;

	private final String fingerprint;

	private ApiKey(String value) {
		// Every key read, from the environment or a key file, is kept out of all output.
		Secrets.register(value);
		this.value = value;
		this.fingerprint = "key#" + HexFormat.of().formatHex(sha256(value), 0, 4);
	}

	/**
	 * The key with this value.
	 * @throws IllegalArgumentException if it cannot be a key; the message says why and
	 * never contains the value
	 */
	public static ApiKey of(String value) {
		String problem = problemWith(value);
		if (problem != null) {
			throw new IllegalArgumentException("Not a usable API key: " + problem);
		}
		return new ApiKey(value);
	}

	/**
	 * Why this text cannot be an API key, or null if it can. The answer never contains
	 * the text.
	 */
	static String problemWith(String value) {
		if (value == null || value.isEmpty()) {
			return "it is empty";
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == ':') {
				return "it contains a colon";
			}
			if (Character.isWhitespace(c) || Character.isISOControl(c)) {
				return "it contains white space or a control character";
			}
		}
		return null;
	}

	/** A name for this key that is safe to log: {@code key#} and 8 hex digits. */
	public String fingerprint() {
		return this.fingerprint;
	}

	/** The value of the {@code Authorization} header: Basic, the key, no password. */
	String authorization() {
		return "Basic " + Base64.getEncoder().encodeToString((this.value + ":").getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ApiKey key && MessageDigest.isEqual(key.value.getBytes(StandardCharsets.UTF_8),
				this.value.getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public int hashCode() {
		return this.fingerprint.hashCode();
	}

	@Override
	public String toString() {
		return "ApiKey[" + this.fingerprint + "]";
	}

	private static byte[] sha256(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
