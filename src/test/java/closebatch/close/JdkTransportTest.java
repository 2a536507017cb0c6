package closebatch.close;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The headers and bytes that go over the wire, seen by a bare server on 127.0.0.1. */
class JdkTransportTest {

	/** What the server saw of one request. */
	record Seen(String method, String uri, Map<String, List<String>> headers, String body) {

		String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter(entry -> entry.getKey().equalsIgnoreCase(name))
				.map(entry -> entry.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

	}

	private final AtomicReference<Seen> seen = new AtomicReference<>();

	private HttpServer server;

	private CloseClient close;

	@BeforeEach
	void start() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/", this::answer);
		this.server.start();
		CloseTarget target = CloseTarget.of("http://127.0.0.1:" + this.server.getAddress().getPort() + "/api/v1");
		this.close = CloseClient.builder(target, List.of(ApiKey.of("api_wire_key"))).build();
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	@Test
	void sendsBasicAuthUserAgentAndJsonHeaders() {
		this.close.post("lead", Map.of("name", "Acme"));

		Seen request = this.seen.get();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.uri()).isEqualTo("/api/v1/lead/");
		assertThat(request.header("Authorization")).isEqualTo("Basic YXBpX3dpcmVfa2V5Og==");
		assertThat(request.header("User-Agent")).matches("closebatch/\\S+");
		assertThat(request.header("Content-Type")).isEqualTo("application/json");
		assertThat(request.header("Accept")).isEqualTo("application/json");
		assertThat(request.body()).isEqualTo("{\"name\":\"Acme\"}");
	}

	@Test
	void aGetHasNoBodyNorContentType() {
		this.close.get("lead/lead_1/", Query.empty().fields("id"));

		Seen request = this.seen.get();
		assertThat(request.uri()).isEqualTo("/api/v1/lead/lead_1/?_fields=id");
		assertThat(request.header("Content-Type")).isNull();
		assertThat(request.body()).isEmpty();
	}

	@Test
	void aPostToAPortNobodyListensOnIsRetriedAndNeverInDoubt() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		CloseClient refused = CloseClient
			.builder(CloseTarget.of("http://127.0.0.1:" + port + "/api/v1/"), List.of(ApiKey.of("api_wire_key")))
			.retryPolicy(new RetryPolicy(2, 2, Duration.ofMillis(1), Duration.ofMillis(5)))
			.build();

		assertThatThrownBy(() -> refused.post("lead/", Map.of("name", "Acme")))
			.isInstanceOfSatisfying(NetworkException.class, ex -> assertThat(ex.attempts()).isEqualTo(3))
			.hasCauseInstanceOf(ConnectException.class);
	}

	@Test
	void aRefusedConnectionNamesTheUrlTriedAndWhatToCheckNotRunningAgain() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		String url = "http://127.0.0.1:" + port + "/api/v1/";

		assertThatThrownBy(() -> quickClient(CloseTarget.of(url)).get("me/"))
			.isInstanceOfSatisfying(NetworkException.class, ex -> {
				assertThat(ex.getMessage()).contains(url).contains("connection refused");
				assertThat(ex.hint()).contains("CLOSE_BASE_URL").contains("server is up").contains("firewall");
				assertThat(ex.hint()).doesNotContain("run the same command again");
			});
	}

	@Test
	void anUnknownHostNamesTheHostToCheck() {
		String url = "https://no-such-host.invalid/api/v1/";

		assertThatThrownBy(() -> quickClient(CloseTarget.of(url)).get("me/"))
			.isInstanceOfSatisfying(NetworkException.class, ex -> {
				assertThat(ex.getMessage()).contains(url).contains("unknown host");
				assertThat(ex.hint()).contains("no-such-host.invalid").contains("DNS");
				assertThat(ex.hint()).doesNotContain("run the same command again");
			});
	}

	@Test
	void aTimeoutNamesTheUrlAndSaysWhatToCheckBeforeRunningAgain() throws IOException {
		try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			String url = "http://127.0.0.1:" + silent.getLocalPort() + "/api/v1/";
			CloseTarget target = CloseTarget.of(url).withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(200));

			assertThatThrownBy(() -> quickClient(target).get("me/")).isInstanceOfSatisfying(NetworkException.class,
					ex -> {
						assertThat(ex.getMessage()).contains(url).contains("timed out");
						assertThat(ex.hint()).contains("reachable")
							.contains("proxy")
							.contains("run the same command again");
					});
		}
	}

	private static CloseClient quickClient(CloseTarget target) {
		return CloseClient.builder(target, List.of(ApiKey.of("api_wire_key")))
			.retryPolicy(new RetryPolicy(1, 1, Duration.ofMillis(1), Duration.ofMillis(5)))
			.build();
	}

	private void answer(HttpExchange exchange) throws IOException {
		try (exchange) {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			this.seen.set(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
					Map.copyOf(exchange.getRequestHeaders()), body));
			byte[] bytes = "{\"id\": \"lead_1\"}".getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}
	}

}
