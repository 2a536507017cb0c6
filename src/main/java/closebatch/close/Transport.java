package closebatch.close;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sends one HTTP request to Close and returns the raw answer: no retries, no pacing, no
 * decoding. {@link JdkTransport} is the real one; tests of the retry loop script their
 * own.
 */
interface Transport {

	/**
	 * Sends the request once, authenticated with the key.
	 * @throws IOException when no response arrived; a {@link java.net.ConnectException}
	 * or {@link java.net.http.HttpConnectTimeoutException} means nothing was sent
	 */
	Response send(CloseRequest request, ApiKey key) throws IOException, InterruptedException;

	/**
	 * An HTTP response.
	 *
	 * @param status the status code
	 * @param headers header values by lower-case name
	 * @param body the body bytes, empty if none
	 */
	record Response(int status, Map<String, List<String>> headers, byte[] body) {

		public Response {
			TreeMap<String, List<String>> lowerCase = new TreeMap<>();
			headers.forEach((name, values) -> lowerCase.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
			headers = lowerCase;
			body = (body == null) ? new byte[0] : body;
		}

		/** The first value of a header (any case), or null. */
		String header(String name) {
			List<String> values = this.headers.get(name.toLowerCase(Locale.ROOT));
			return (values == null || values.isEmpty()) ? null : values.get(0);
		}

		boolean successful() {
			return this.status >= 200 && this.status < 300;
		}

	}

}
