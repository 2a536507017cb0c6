package closebatch.close;

import tools.jackson.databind.JsonNode;

/**
 * A request that must not be sent twice (a POST that creates) failed in a way that may
 * have reached the server: a timeout, a connection dropped after sending, a 5xx answer,
 * an interrupt while waiting for the answer. The object may or may not exist now.
 *
 * <p>
 * The client never retries such a request. Whoever sent it resolves the doubt by looking
 * the object up (by its record key) before deciding to send it again.
 */
public final class InDoubtException extends CloseApiException {

	InDoubtException(String request, int attempts, Throwable cause) {
		super(request, 0, attempts, null, "no answer (" + cause.getClass().getSimpleName()
				+ "); the request may have taken effect, look it up before sending it again", cause);
	}

	InDoubtException(String request, int status, int attempts, JsonNode body) {
		super(request, status, attempts, body,
				"server error (" + status + "); the request may have taken effect, look it up before sending it again",
				null);
	}

}
