package closebatch.sandbox.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import closebatch.sandbox.store.Kind;
import closebatch.sandbox.store.SandboxStore;
import tools.jackson.databind.node.ObjectNode;

/**
 * Authenticates requests as Close does: HTTP Basic with the API key as the username and
 * an empty password, or {@code Authorization: Bearer <key>}.
 *
 * <p>
 * Keys are stored as SHA-256 digests, so the sandbox's database never holds a usable key.
 */
public final class ApiKeys {

	/** Enough for every key a test or rehearsal uses; past it, digests are computed. */
	private static final int MAX_KNOWN_DIGESTS = 1000;

	private final SandboxStore store;

	/**
	 * Digests of keys that named a stored key once, so that each request does not pay a
	 * SHA-256; the store is still asked, so a removed key stops working.
	 */
	private final Map<String, String> knownDigests = new ConcurrentHashMap<>();

	public ApiKeys(SandboxStore store) {
		this.store = store;
	}

	/**
	 * The caller behind an {@code Authorization} header; 401 if it names no known key.
	 */
	public Caller authenticate(String authorization) {
		String key = keyFrom(authorization);
		if (key == null || key.isEmpty()) {
			throw ApiException.unauthorized();
		}
		String digest = this.knownDigests.get(key);
		if (digest == null) {
			digest = digest(key);
		}
		ObjectNode entry = this.store.get(Kind.API_KEY, digest);
		if (entry == null) {
			throw ApiException.unauthorized();
		}
		if (this.knownDigests.size() < MAX_KNOWN_DIGESTS) {
			this.knownDigests.put(key, digest);
		}
		ObjectNode user = this.store.get(Kind.USER, entry.get("user_id").asString());
		if (user != null && !user.path("is_active").asBoolean(true)) {
			// A deactivated member has left the organization: their keys no longer work.
			throw ApiException.unauthorized();
		}
		return new Caller(entry.get("organization_id").asString(), entry.get("user_id").asString(), digest);
	}

	private static String keyFrom(String authorization) {
		if (authorization == null) {
			return null;
		}
		String value = authorization.trim();
		int space = value.indexOf(' ');
		if (space < 0) {
			return null;
		}
		String scheme = value.substring(0, space);
		String credentials = value.substring(space + 1).trim();
		if (scheme.equalsIgnoreCase("Bearer")) {
			return credentials;
		}
		if (scheme.equalsIgnoreCase("Basic")) {
			try {
				String decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
				int colon = decoded.indexOf(':');
				return (colon < 0) ? decoded : decoded.substring(0, colon);
			}
			catch (IllegalArgumentException notBase64) {
				return null;
			}
		}
		return null;
	}

	/** The SHA-256 digest (hex) under which a key is stored. */
	public static String digest(String key) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
