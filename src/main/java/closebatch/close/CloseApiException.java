package closebatch.close;

import tools.jackson.databind.JsonNode;

/**
 * A Close API request that did not succeed: the server refused it (a subclass per kind of
 * refusal, with the status and body), it failed in a way that may or may not have reached
 * the server ({@link InDoubtException}), or it never got an answer
 * ({@link NetworkException}).
 *
 * <p>
 * Messages name the method and path, never the query, the body sent or the API key.
 */
public abstract sealed class CloseApiException extends RuntimeException
		permits ValidationException, AuthenticationException, NotFoundException, RateLimitedException, ServerException,
		UnexpectedResponseException, InDoubtException, NetworkException {

	private final String request;

	private final int status;

	private final int attempts;

	private final transient JsonNode body;

	protected CloseApiException(String request, int status, int attempts, JsonNode body, String message,
			Throwable cause) {
		super(request + ": " + message, cause);
		this.request = request;
		this.status = status;
		this.attempts = attempts;
		this.body = body;
	}

	/** {@code POST lead/}: the method and path. */
	public String request() {
		return this.request;
	}

	/** The HTTP status of the last answer; 0 if none arrived. */
	public int status() {
		return this.status;
	}

	/** How many times the request was sent. */
	public int attempts() {
		return this.attempts;
	}

	/** The body of the last answer; null if there was none or it was not JSON. */
	public JsonNode body() {
		return this.body;
	}

	/** The {@code error} text of a {@code {"error": "..."}} body, or null. */
	public String errorText() {
		JsonNode error = (this.body == null) ? null : this.body.get("error");
		return (error != null && error.isString()) ? error.asString() : null;
	}

}
