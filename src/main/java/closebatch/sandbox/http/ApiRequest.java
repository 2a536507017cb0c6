package closebatch.sandbox.http;

import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A request to the Close API, after method override, {@code _params} and authentication.
 *
 * @param method the effective method ({@code x-http-method-override} applied)
 * @param path the path below {@code /api/v1}, always ending in a slash
 * @param query query-string parameters merged with {@code _params}
 * @param body the JSON body without {@code _params}, or null
 * @param caller who sent it
 * @param tzOffsetHours the {@code x-tz-offset} header, 0 when absent
 * @param pathVariables values of the route's {@code {name}} segments
 */
public record ApiRequest(String method, String path, QueryParams query, JsonNode body, Caller caller,
		double tzOffsetHours, Map<String, String> pathVariables) {

	public ApiRequest withPathVariables(Map<String, String> variables) {
		return new ApiRequest(this.method, this.path, this.query, this.body, this.caller, this.tzOffsetHours,
				Map.copyOf(variables));
	}

	public String pathVariable(String name) {
		return this.pathVariables.get(name);
	}

	/**
	 * The body as a JSON object; a missing body counts as empty, anything else is a 400.
	 */
	public ObjectNode bodyObject() {
		if (this.body == null || this.body.isNull() || this.body.isMissingNode()) {
			return Json.object();
		}
		if (!this.body.isObject()) {
			throw ApiException.badRequest("The request body must be a JSON object.");
		}
		return (ObjectNode) this.body;
	}

}
