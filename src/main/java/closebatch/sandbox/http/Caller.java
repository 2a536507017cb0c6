package closebatch.sandbox.http;

/**
 * Who sent a request: the organization and user an API key belongs to, and which key (by
 * its SHA-256 digest, never the key itself), for per-key rate limits.
 */
public record Caller(String organizationId, String userId, String keyDigest) {
}
