package closebatch.sandbox.http;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A response to send: a status and a JSON body (null for 204). */
public record ApiResponse(int status, JsonNode body) {

	public static ApiResponse ok(JsonNode body) {
		return new ApiResponse(200, body);
	}

	public static ApiResponse created(JsonNode body) {
		return new ApiResponse(201, body);
	}

	/** 200 with {@code {}}, the answer of most Close deletes. */
	public static ApiResponse emptyObject() {
		return new ApiResponse(200, Json.object());
	}

	public static ApiResponse noContent() {
		return new ApiResponse(204, null);
	}

	public static ApiResponse of(ApiException error) {
		ObjectNode body = error.body();
		return new ApiResponse(error.status(), body);
	}

}
