package closebatch.close;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Sends requests with the JDK's {@link HttpClient}: Basic authentication with the key,
 * {@code User-Agent}, JSON content type when there is a body, and the target's timeouts.
 * One instance is shared by all threads.
 */
final class JdkTransport implements Transport {

	private final CloseTarget target;

	private final String userAgent;

	private final HttpClient http;

	JdkTransport(CloseTarget target, String userAgent) {
		this.target = target;
		this.userAgent = userAgent;
		// HTTP/2 over TLS (negotiated); plain HTTP only reaches a loopback server, where
		// an
		// h2c upgrade attempt would only add a header the server ignores.
		this.http = HttpClient.newBuilder()
			.connectTimeout(target.connectTimeout())
			.version(target.plainHttp() ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	@Override
	public Response send(CloseRequest request, ApiKey key) throws IOException, InterruptedException {
		HttpRequest.BodyPublisher body = (request.body() == null) ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofByteArray(request.body());
		HttpRequest.Builder builder = HttpRequest.newBuilder(this.target.resolve(request.target()))
			.timeout(this.target.requestTimeout())
			.method(request.method(), body)
			.header("Authorization", key.authorization())
			.header("User-Agent", this.userAgent)
			.header("Accept", "application/json");
		if (request.body() != null) {
			builder.header("Content-Type", "application/json");
		}
		HttpResponse<byte[]> response = this.http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
		return new Response(response.statusCode(), response.headers().map(), response.body());
	}

}
