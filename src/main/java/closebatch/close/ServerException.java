package closebatch.close;

import tools.jackson.databind.JsonNode;

/**
 * A 5xx answer to an idempotent request, still after the retries the {@link RetryPolicy}
 * allows, or one no retry can help (such as 501). A 5xx answer to a POST is an
 * {@link InDoubtException} instead.
 */
public final class ServerException extends CloseApiException {

	ServerException(String request, int status, int attempts, JsonNode body) {
		super(request, status, attempts, body, describe(status, body), null);
	}

	private static String describe(int status, JsonNode body) {
		JsonNode error = (body == null) ? null : body.get("error");
		String text = (error != null && error.isString()) ? error.asString() : "server error";
		return text + " (" + status + ")";
	}

}
