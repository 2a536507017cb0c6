package closebatch.close;

import tools.jackson.databind.JsonNode;

/**
 * 401 or 403: Close refused the API key, or the key lacks the permission the request
 * needs. No retry can help; the run stops and exits with code 4.
 */
public final class AuthenticationException extends CloseApiException {

	AuthenticationException(String request, int status, int attempts, JsonNode body) {
		super(request, status, attempts, body, describe(status, body), null);
	}

	private static String describe(int status, JsonNode body) {
		JsonNode error = (body == null) ? null : body.get("error");
		String text = (error != null && error.isString()) ? error.asString() : "the API key was refused";
		return text + " (" + status + ")";
	}

}
