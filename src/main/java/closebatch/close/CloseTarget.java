package closebatch.close;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import closebatch.close.CloseConfigurationException.Problem;

/**
 * Where the Close API is and how long to wait for it.
 *
 * <p>
 * The base URL always ends with {@code /api/v1/}, so paths such as {@code lead/} resolve
 * under it and a URL missing it is refused before any request. It must be
 * {@code https://}; plain {@code http://} is accepted only for a loopback host
 * (127.0.0.0/8, ::1, localhost) such as the sandbox, because the API key travels in every
 * request.
 *
 * @param baseUrl the API root, e.g. {@code https://api.close.com/api/v1/}
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for a response once connected
 */
public record CloseTarget(URI baseUrl, Duration connectTimeout, Duration requestTimeout) {

	/** Close's production API. */
	public static final URI DEFAULT_BASE_URL = URI.create("https://api.close.com/api/v1/");

	/** The environment variable that overrides the base URL. */
	public static final String CLOSE_BASE_URL = "CLOSE_BASE_URL";

	public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

	public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);

	/** Where the API lives under a server's root. */
	private static final String API_PATH = "/api/v1/";

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	public CloseTarget {
		baseUrl = checked(baseUrl);
		connectTimeout = positive(connectTimeout, "connect timeout");
		requestTimeout = positive(requestTimeout, "request timeout");
	}

	/** Close's production API with the default timeouts. */
	public static CloseTarget close() {
		return new CloseTarget(DEFAULT_BASE_URL, DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT);
	}

	/**
	 * The API at this base URL with the default timeouts.
	 * @throws CloseConfigurationException if the URL is malformed or unsafe
	 */
	public static CloseTarget of(String baseUrl) {
		return new CloseTarget(parse(baseUrl, "The base URL"), DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT);
	}

	/** {@code CLOSE_BASE_URL} if set, Close's production API otherwise. */
	public static CloseTarget fromEnvironment(Map<String, String> environment) {
		String url = environment.get(CLOSE_BASE_URL);
		if (url == null || url.isBlank()) {
			return close();
		}
		return new CloseTarget(parse(url.strip(), CLOSE_BASE_URL), DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT);
	}

	public CloseTarget withTimeouts(Duration connect, Duration request) {
		return new CloseTarget(this.baseUrl, connect, request);
	}

	/** Whether the target is this machine (a loopback address or {@code localhost}). */
	public boolean loopback() {
		return isLoopback(this.baseUrl.getHost());
	}

	/** Whether the target is served over plain HTTP (only ever a loopback host). */
	public boolean plainHttp() {
		return this.baseUrl.getScheme().equals("http");
	}

	/**
	 * The absolute URI of a path under the base URL ({@code lead/} or
	 * {@code lead/?_limit=1}).
	 */
	URI resolve(String relative) {
		return this.baseUrl.resolve(relative);
	}

	private static URI parse(String url, String source) {
		try {
			return new URI(url);
		}
		catch (URISyntaxException ex) {
			throw invalid(source + " is not a URL: " + ex.getReason() + " at index " + ex.getIndex());
		}
	}

	private static URI checked(URI url) {
		if (url == null) {
			throw invalid("No base URL was given");
		}
		String scheme = (url.getScheme() == null) ? "" : url.getScheme().toLowerCase(Locale.ROOT);
		if (!url.isAbsolute() || url.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
			// Without a scheme, a user name before '@' is not user info to the parser.
			throw invalid("The base URL " + url.toString().replaceFirst("^[^/]*@", "")
					+ " is not an http(s) URL with a host");
		}
		if (url.getRawUserInfo() != null) {
			throw invalid("The base URL must not contain a user name or password");
		}
		if (url.getRawQuery() != null || url.getRawFragment() != null) {
			throw invalid("The base URL " + url.getScheme() + "://" + url.getHost() + url.getRawPath()
					+ " must not have a query or fragment");
		}
		if (scheme.equals("http") && !isLoopback(url.getHost())) {
			throw new CloseConfigurationException(Problem.BASE_URL,
					"Refusing plain http:// to " + url.getHost() + ": the API key would travel unencrypted",
					"Use https://, or http:// only for a server on this machine (127.0.0.1, ::1, localhost).");
		}
		String path = (url.getRawPath() == null || url.getRawPath().isEmpty()) ? "/" : url.getRawPath();
		if (!path.endsWith("/")) {
			path = path + "/";
		}
		String root = scheme + "://" + url.getRawAuthority() + path;
		if (!path.endsWith(API_PATH)) {
			throw new CloseConfigurationException(Problem.BASE_URL,
					"The base URL " + root + " does not end with " + API_PATH + ", so every request would miss the API",
					"Set CLOSE_BASE_URL to the API root, " + scheme + "://" + url.getRawAuthority() + API_PATH
							+ " (Close: " + DEFAULT_BASE_URL + ").");
		}
		return URI.create(root);
	}

	/**
	 * Only literal addresses and {@code localhost} count: deciding never needs DNS (an
	 * IPv6 literal is parsed, not looked up).
	 */
	static boolean isLoopback(String host) {
		String name = host.toLowerCase(Locale.ROOT);
		if (name.startsWith("[") && name.endsWith("]")) {
			name = name.substring(1, name.length() - 1);
		}
		if (name.equals("localhost")) {
			return true;
		}
		if (IPV4.matcher(name).matches()) {
			String[] octets = name.split("\\.");
			for (String octet : octets) {
				if (Integer.parseInt(octet) > 255) {
					return false;
				}
			}
			return octets[0].equals("127");
		}
		if (!name.contains(":")) {
			return false;
		}
		try {
			return InetAddress.getByName(name).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	private static Duration positive(Duration duration, String name) {
		if (duration == null || duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException("The " + name + " must be positive, not " + duration);
		}
		return duration;
	}

	private static CloseConfigurationException invalid(String message) {
		return new CloseConfigurationException(Problem.BASE_URL, message,
				"Set CLOSE_BASE_URL to the API root, e.g. " + DEFAULT_BASE_URL);
	}

}
