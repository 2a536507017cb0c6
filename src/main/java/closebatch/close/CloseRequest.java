package closebatch.close;

import java.util.Locale;

/**
 * One request to the Close API, before a key is chosen for it.
 *
 * @param method the HTTP method
 * @param path the path under the base URL, without a leading slash and with the trailing
 * one Close expects ({@code lead/lead_abc/})
 * @param query the query parameters
 * @param body the JSON body, or null
 * @param idempotent whether sending it twice has the effect of sending it once, so that
 * it may be retried after a failure that may have reached the server
 */
record CloseRequest(String method, String path, Query query, byte[] body, boolean idempotent) {

	CloseRequest {
		method = method.toUpperCase(Locale.ROOT);
		path = normalized(path);
		query = (query == null) ? Query.empty() : query;
	}

	/** GET, PUT and DELETE are idempotent (PUT is a patch that sets values). */
	static CloseRequest of(String method, String path, Query query, byte[] body) {
		String verb = method.toUpperCase(Locale.ROOT);
		return new CloseRequest(verb, path, query, body, !verb.equals("POST") && !verb.equals("PATCH"));
	}

	/** {@code path?query}, relative to the base URL. */
	String target() {
		return this.query.isEmpty() ? this.path : this.path + "?" + this.query.encode();
	}

	/**
	 * The endpoint group the request is counted in, as far as a client can guess. Close
	 * does not publish its groups; the guess is one group for reads and one for writes of
	 * each resource (e.g. {@code read lead}). A POST that is idempotent is a read
	 * (search).
	 */
	String group() {
		int slash = this.path.indexOf('/');
		String resource = (slash < 0) ? this.path : this.path.substring(0, slash);
		return (this.idempotent && (this.method.equals("GET") || this.method.equals("POST")) ? "read " : "write ")
				+ resource;
	}

	/**
	 * {@code GET lead/}: method and path, never the query (it may hold personal data).
	 */
	String describe() {
		return this.method + " " + this.path;
	}

	private static String normalized(String path) {
		if (path == null || path.isBlank()) {
			throw new IllegalArgumentException("A request needs a path such as lead/");
		}
		String relative = path.strip();
		while (relative.startsWith("/")) {
			relative = relative.substring(1);
		}
		if (relative.contains("?") || relative.contains("#")) {
			throw new IllegalArgumentException("Pass query parameters as a Query, not in the path: " + relative);
		}
		if (relative.equals("..") || relative.startsWith("../") || relative.contains("/../")) {
			throw new IllegalArgumentException("A path must stay under the base URL: " + relative);
		}
		return relative.endsWith("/") ? relative : relative + "/";
	}

}
