package closebatch.sandbox.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sandbox's HTTP listener on 127.0.0.1: the Close API under {@code /api/v1/} and the
 * sandbox's own controls under {@code /_sandbox/}.
 *
 * <p>
 * An API request goes through, in order: {@code _params} and method override,
 * authentication, routing, the rate limiter, fault injection, the handler, added latency.
 * Controls skip all but routing.
 */
public final class SandboxHttpServer implements AutoCloseable {

	static {
		// Without TCP_NODELAY, Nagle's algorithm and delayed ACKs cap the JDK server near
		// 180
		// requests/s at 44 ms each (measured, STACK.md §8). Read once, when the server
		// class loads.
		if (System.getProperty("sun.net.httpserver.nodelay") == null) {
			System.setProperty("sun.net.httpserver.nodelay", "true");
		}
	}

	private static final Logger log = LoggerFactory.getLogger(SandboxHttpServer.class);

	private static final String API_PREFIX = "/api/v1/";

	private static final String CONTROL_PREFIX = "/_sandbox/";

	private final HttpServer server;

	private final ExecutorService executor;

	private final Router api;

	private final Router control;

	private final ApiKeys apiKeys;

	private final RateLimiter rateLimiter;

	private final FaultInjector faults;

	private final RequestLog requestLog;

	public SandboxHttpServer(int port, Router api, Router control, ApiKeys apiKeys, RateLimiter rateLimiter,
			FaultInjector faults, RequestLog requestLog) throws IOException {
		this.api = api;
		this.control = control;
		this.apiKeys = apiKeys;
		this.rateLimiter = rateLimiter;
		this.faults = faults;
		this.requestLog = requestLog;
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1024);
		AtomicInteger threads = new AtomicInteger();
		this.executor = Executors.newCachedThreadPool(runnable -> {
			Thread thread = new Thread(runnable, "sandbox-http-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		this.server.setExecutor(this.executor);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	public int port() {
		return this.server.getAddress().getPort();
	}

	/** {@code http://127.0.0.1:<port>/api/v1/} */
	public URI baseUrl() {
		return URI.create("http://127.0.0.1:" + port() + API_PREFIX);
	}

	private void handle(HttpExchange exchange) {
		try (exchange) {
			String path = exchange.getRequestURI().getRawPath();
			byte[] body = readBody(exchange.getRequestBody());
			if (path.startsWith(CONTROL_PREFIX)) {
				handleControl(exchange, path.substring(CONTROL_PREFIX.length() - 1), body);
			}
			else if (path.startsWith(API_PREFIX) || path.equals("/api/v1")) {
				handleApi(exchange, path.substring(API_PREFIX.length() - 1), body);
			}
			else {
				send(exchange, ApiResponse.of(ApiException.notFound("Not found: " + path)), Map.of());
			}
		}
		catch (IOException ex) {
			log.debug("Client went away during {} {}: {}", exchange.getRequestMethod(), exchange.getRequestURI(),
					ex.getMessage());
		}
		catch (RuntimeException ex) {
			log.error("Sandbox failed on {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), ex);
		}
	}

	private void handleApi(HttpExchange exchange, String rawPath, byte[] bytes) throws IOException {
		String method = effectiveMethod(exchange);
		String path = withTrailingSlash(rawPath);
		String route = path;
		ApiResponse response;
		RateLimiter.Decision rate = null;
		FaultInjector.Fault fault = new FaultInjector.Fault.None();
		try {
			ApiRequest request = parse(exchange, method, path, bytes);
			Caller caller = this.apiKeys.authenticate(exchange.getRequestHeaders().getFirst("Authorization"));
			Router.Match match = this.api.route(method, path);
			route = match.template();
			if (this.rateLimiter.enabled()) {
				rate = this.rateLimiter.acquire(caller, match.group());
			}
			if (rate != null && !rate.allowed()) {
				response = new ApiResponse(429, rateLimitedBody(rate, match.group()));
			}
			else {
				fault = this.faults.draw();
				if (fault instanceof FaultInjector.Fault.Status injected) {
					response = injectedStatus(injected.status());
				}
				else {
					QueryParams query = request.query()
						.acceptOnly(match.parameters(), method + " /api/v1" + match.template());
					response = match.handler()
						.handle(new ApiRequest(method, path, query, request.body(), caller, request.tzOffsetHours(),
								match.variables()));
				}
			}
		}
		catch (ApiException ex) {
			response = ApiResponse.of(ex);
		}
		catch (RuntimeException ex) {
			log.error("Sandbox failed on {} {}", method, path, ex);
			response = ApiResponse.of(ApiException.withError(500, "Internal server error"));
		}
		sleep(this.faults.settings().latencyMs());
		if (fault instanceof FaultInjector.Fault.Drop) {
			this.requestLog.record(method, route, 0);
			return; // closing the exchange before any header is sent closes the
					// connection
		}
		if (fault instanceof FaultInjector.Fault.Slow slow) {
			sleep(slow.delayMs());
		}
		this.requestLog.record(method, route, response.status());
		send(exchange, response, rateHeaders(rate, response.status()));
	}

	private void handleControl(HttpExchange exchange, String path, byte[] bytes) throws IOException {
		String method = effectiveMethod(exchange);
		ApiResponse response;
		try {
			String normalized = withTrailingSlash(path);
			ApiRequest request = parse(exchange, method, normalized, bytes);
			Router.Match match = this.control.route(method, normalized);
			response = match.handler().handle(request.withPathVariables(match.variables()));
		}
		catch (ApiException ex) {
			response = ApiResponse.of(ex);
		}
		catch (IllegalArgumentException | JacksonException ex) {
			Throwable cause = ex;
			while (cause.getCause() != null) {
				cause = cause.getCause();
			}
			response = ApiResponse.of(ApiException.badRequest(cause.getMessage()));
		}
		send(exchange, response, Map.of());
	}

	private static ApiRequest parse(HttpExchange exchange, String method, String path, byte[] bytes) {
		JsonNode body = (bytes.length == 0) ? null : Json.parse(bytes);
		QueryParams query = QueryParams.parse(exchange.getRequestURI().getRawQuery());
		if (body != null && body.isObject() && body.has("_params")) {
			query = query.withParamsObject(body.get("_params"));
			ObjectNode rest = ((ObjectNode) body).deepCopy();
			rest.remove("_params");
			body = rest.isEmpty() ? null : rest;
		}
		return new ApiRequest(method, path, query, body, null, tzOffset(exchange), Map.of());
	}

	private static String effectiveMethod(HttpExchange exchange) {
		String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
		String override = exchange.getRequestHeaders().getFirst("x-http-method-override");
		if (method.equals("POST") && override != null && !override.isBlank()) {
			return override.trim().toUpperCase(Locale.ROOT);
		}
		return method;
	}

	private static double tzOffset(HttpExchange exchange) {
		String header = exchange.getRequestHeaders().getFirst("x-tz-offset");
		if (header == null || header.isBlank()) {
			return 0;
		}
		try {
			return Double.parseDouble(header.trim());
		}
		catch (NumberFormatException ex) {
			throw ApiException.badRequest("Invalid x-tz-offset header: " + header);
		}
	}

	private static String withTrailingSlash(String path) {
		return path.endsWith("/") ? path : path + "/";
	}

	private ObjectNode rateLimitedBody(RateLimiter.Decision rate, String group) {
		ObjectNode body = Json.object();
		ObjectNode error = body.putObject("error");
		error.put("message", "API call count exceeded for this 1 second window");
		error.put("endpoint_group", group);
		error.put("rate_limit", rate.limit());
		error.put("rate_window", 1);
		error.put("rate_reset", rate.resetSeconds());
		return body;
	}

	private static ApiResponse injectedStatus(int status) {
		String message = switch (status) {
			case 429 -> "API call count exceeded (injected by the sandbox)";
			case 502 -> "Bad Gateway (injected by the sandbox)";
			case 503 -> "Service Unavailable (injected by the sandbox)";
			default -> "Internal Server Error (injected by the sandbox)";
		};
		return ApiResponse.of(ApiException.withError(status, message));
	}

	private Map<String, String> rateHeaders(RateLimiter.Decision rate, int status) {
		if (rate != null) {
			if (status == 429) {
				return Map.of("RateLimit", rate.header(), "Retry-After", Long.toString(rate.retryAfterSeconds()));
			}
			return Map.of("RateLimit", rate.header());
		}
		if (status == 429) {
			return Map.of("RateLimit", "limit=" + this.rateLimiter.perKeyPerSecond() + ", remaining=0, reset=1.000",
					"Retry-After", "1");
		}
		return Map.of();
	}

	private static void send(HttpExchange exchange, ApiResponse response, Map<String, String> headers)
			throws IOException {
		headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
		if (response.body() == null) {
			exchange.sendResponseHeaders(response.status(), -1);
			return;
		}
		byte[] bytes = Json.write(response.body());
		exchange.getResponseHeaders().set("Content-Type", "application/json; charset=" + StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(response.status(), bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static byte[] readBody(InputStream in) throws IOException {
		try (in) {
			return in.readAllBytes();
		}
	}

	private static void sleep(long millis) {
		if (millis <= 0) {
			return;
		}
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

}
