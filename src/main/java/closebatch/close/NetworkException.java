package closebatch.close;

/**
 * No answer came, still after the retries the {@link RetryPolicy} allows: the connection
 * was refused, timed out or dropped. Raised only where that leaves no doubt: for
 * idempotent requests, and for any request that could not be sent at all.
 */
public final class NetworkException extends CloseApiException {

	NetworkException(String request, int attempts, Throwable cause) {
		super(request, 0, attempts, null, "no answer from Close (" + cause.getClass().getSimpleName()
				+ ((cause.getMessage() == null) ? "" : ": " + cause.getMessage()) + ")", cause);
	}

}
