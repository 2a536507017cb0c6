package closebatch.close;

import tools.jackson.databind.JsonNode;

/**
 * An answer the client has no meaning for: a status such as 402, 405, 409 or 415 or a
 * redirect, or a successful answer whose body is not the JSON Close sends.
 */
public final class UnexpectedResponseException extends CloseApiException {

	UnexpectedResponseException(String request, int status, int attempts, JsonNode body) {
		super(request, status, attempts, body, describe(status, body), null);
	}

	UnexpectedResponseException(String request, int status, int attempts, String problem) {
		super(request, status, attempts, null, problem + " (" + status + ")", null);
	}

	private static String describe(int status, JsonNode body) {
		JsonNode error = (body == null) ? null : body.get("error");
		String text = (error != null && error.isString()) ? error.asString() : "unexpected answer";
		return text + " (" + status + ")";
	}

}
