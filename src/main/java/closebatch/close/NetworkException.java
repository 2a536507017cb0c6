package closebatch.close;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;

/**
 * No answer came, still after the retries the {@link RetryPolicy} allows: the connection
 * was refused, timed out or dropped. Raised only where that leaves no doubt: for
 * idempotent requests, and for any request that could not be sent at all.
 *
 * <p>
 * The message names the base URL tried, so a wrong {@code CLOSE_BASE_URL} shows; the
 * {@link #hint()} says what to check for this kind of failure, and advises running again
 * only where that can help (a timeout or a dropped connection).
 */
public final class NetworkException extends CloseApiException {

	private final String hint;

	NetworkException(String request, URI baseUrl, int attempts, Throwable cause) {
		super(request, 0, attempts, null, "no answer from " + baseUrl + " (" + kind(cause) + ")", cause);
		this.hint = hint(baseUrl, cause);
	}

	/** What to check first, and whether running again can help. */
	public String hint() {
		return this.hint;
	}

	/** The message and its hint, in one line. */
	public String describe() {
		return getMessage() + " Hint: " + this.hint;
	}

	private static String kind(Throwable cause) {
		if (unknownHost(cause)) {
			return "unknown host";
		}
		if (cause instanceof HttpTimeoutException) {
			return "timed out";
		}
		if (cause instanceof ConnectException) {
			return "connection refused";
		}
		return cause.getClass().getSimpleName() + ((cause.getMessage() == null) ? "" : ": " + cause.getMessage());
	}

	private static String hint(URI baseUrl, Throwable cause) {
		String host = baseUrl.getHost();
		if (unknownHost(cause)) {
			return "Check that the host " + host + " in CLOSE_BASE_URL is spelled right, and this machine's DNS "
					+ "and proxy settings.";
		}
		if (cause instanceof HttpTimeoutException) {
			return "Check that " + host + " is reachable from this machine (network, proxy, firewall); "
					+ "if Close was only slow, run the same command again to resume.";
		}
		if (cause instanceof ConnectException) {
			return "Check that CLOSE_BASE_URL is right (" + CloseTarget.DEFAULT_BASE_URL + " for Close), that the "
					+ "server is up (for a sandbox: 'closebatch sandbox' on that port), and that no proxy or firewall "
					+ "blocks it.";
		}
		return "The connection to " + host + " was dropped: check the network, proxy and firewall, then run the same "
				+ "command again to resume.";
	}

	private static boolean unknownHost(Throwable cause) {
		for (Throwable reason = cause; reason != null; reason = reason.getCause()) {
			if (reason instanceof UnknownHostException || reason instanceof UnresolvedAddressException) {
				return true;
			}
		}
		return false;
	}

}
