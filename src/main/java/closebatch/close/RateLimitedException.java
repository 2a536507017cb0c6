package closebatch.close;

import tools.jackson.databind.JsonNode;

/**
 * 429, still, after the client waited for the server's hint as often as its
 * {@link RetryPolicy} allows.
 */
public final class RateLimitedException extends CloseApiException {

	RateLimitedException(String request, int status, int attempts, JsonNode body) {
		super(request, status, attempts, body, describe(status, body), null);
	}

	private static String describe(int status, JsonNode body) {
		JsonNode error = (body == null) ? null : body.get("error");
		String text = (error != null && error.isString()) ? error.asString() : "rate limited";
		return text + " (" + status + ")";
	}

}
