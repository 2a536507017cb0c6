package closebatch.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import closebatch.sandbox.http.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A plain HTTP client for contract tests: sends JSON to the sandbox's real listener with
 * a Close API key, the way any Close client would, and returns status, headers and parsed
 * body.
 */
public final class SandboxClient {

	/** One response: its status, its JSON body (null when empty) and its headers. */
	public record Response(int status, JsonNode body, Map<String, java.util.List<String>> headers) {

		public String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter(entry -> entry.getKey().equalsIgnoreCase(name))
				.map(entry -> entry.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

		/**
		 * The body as an object, asserting the status first so failures show the body.
		 */
		public ObjectNode ok() {
			if (this.status != 200 && this.status != 201) {
				throw new AssertionError("Expected 200 or 201 but got " + this.status + ": " + this.body);
			}
			return (ObjectNode) this.body;
		}

	}

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final URI baseUrl;

	private final String authorization;

	private SandboxClient(URI baseUrl, String authorization) {
		this.baseUrl = baseUrl;
		this.authorization = authorization;
	}

	/** Basic auth with the key as username and an empty password, as Close documents. */
	public static SandboxClient withKey(URI baseUrl, String key) {
		String credentials = Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8));
		return new SandboxClient(baseUrl, "Basic " + credentials);
	}

	public static SandboxClient withAuthorization(URI baseUrl, String authorization) {
		return new SandboxClient(baseUrl, authorization);
	}

	public Response get(String path) {
		return send("GET", path, null, Map.of());
	}

	public Response post(String path, Object body) {
		return send("POST", path, body, Map.of());
	}

	public Response put(String path, Object body) {
		return send("PUT", path, body, Map.of());
	}

	public Response delete(String path) {
		return send("DELETE", path, null, Map.of());
	}

	/**
	 * Sends a request; {@code path} is relative to the base URL ({@code lead/}) and
	 * {@code body} a JSON string, a Jackson node or any object Jackson can write.
	 */
	public Response send(String method, String path, Object body, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.baseUrl.resolve(path))
			.timeout(Duration.ofSeconds(30))
			.method(method, (body == null) ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers
				.ofString((body instanceof String text) ? text : Json.MAPPER.writeValueAsString(body)));
		if (this.authorization != null) {
			request.header("Authorization", this.authorization);
		}
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		headers.forEach(request::header);
		try {
			HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			JsonNode json = (response.body().length == 0) ? null : Json.parse(response.body());
			return new Response(response.statusCode(), json, response.headers().map());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(method + " " + path + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
