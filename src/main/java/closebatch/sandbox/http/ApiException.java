package closebatch.sandbox.http;

import tools.jackson.databind.node.ObjectNode;

/**
 * A request the sandbox refuses, with the status and the body Close sends for it.
 *
 * <p>
 * Shapes follow the Close API: 400 {@code {"errors": [...], "field-errors": {...}}}; 401,
 * 403 and 404 {@code {"error": "..."}}.
 */
public final class ApiException extends RuntimeException {

	private final int status;

	private final transient ObjectNode body;

	public ApiException(int status, ObjectNode body) {
		super(body.toString(), null, false, false);
		this.status = status;
		this.body = body;
	}

	public int status() {
		return this.status;
	}

	public ObjectNode body() {
		return this.body;
	}

	/** A 400 with one message in {@code errors}. */
	public static ApiException badRequest(String message) {
		return new FieldErrors().error(message).toException();
	}

	/** A 400 naming one field. */
	public static ApiException fieldError(String field, String message) {
		return new FieldErrors().field(field, message).toException();
	}

	public static ApiException notFound(String message) {
		return withError(404, message);
	}

	public static ApiException unauthorized() {
		return withError(401, "Unauthorized");
	}

	public static ApiException forbidden(String message) {
		return withError(403, message);
	}

	/** A response of the {@code {"error": "..."}} shape. */
	public static ApiException withError(int status, String message) {
		ObjectNode body = Json.object();
		body.put("error", message);
		return new ApiException(status, body);
	}

}
