package closebatch.close;

import tools.jackson.databind.JsonNode;

/**
 * 404: the object or path does not exist (for instance a lead deleted meanwhile, or a
 * DELETE retried after the first one took effect).
 */
public final class NotFoundException extends CloseApiException {

	NotFoundException(String request, int status, int attempts, JsonNode body) {
		super(request, status, attempts, body, describe(status, body), null);
	}

	private static String describe(int status, JsonNode body) {
		JsonNode error = (body == null) ? null : body.get("error");
		String text = (error != null && error.isString()) ? error.asString() : "not found";
		return text + " (" + status + ")";
	}

}
