package closebatch.close;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CancellationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a request until it succeeds or must not be retried: the client's one retry loop.
 *
 * <p>
 * Each attempt waits for its key's {@link RateGovernor}, then goes out. A 429 is retried
 * for every method, after the pause the governor takes from it. 500, 502, 503 and 504 and
 * network errors are retried with full-jitter backoff, but only for idempotent requests,
 * and for any request that could not be sent at all (connection refused, connect
 * timeout). Any other failure of a POST may have reached the server: it becomes an
 * {@link InDoubtException} and is never sent again here.
 */
final class RequestExecutor {

	private static final Logger log = LoggerFactory.getLogger(RequestExecutor.class);

	private static final Set<Integer> RETRYABLE_STATUSES = Set.of(500, 502, 503, 504);

	private final URI baseUrl;

	private final KeyPool keys;

	private final Transport transport;

	private final RetryPolicy policy;

	private final Backoff backoff;

	private final TimeSource time;

	private final ErrorDecoder errors;

	RequestExecutor(URI baseUrl, KeyPool keys, Transport transport, RetryPolicy policy, Backoff backoff,
			TimeSource time, ErrorDecoder errors) {
		this.baseUrl = baseUrl;
		this.keys = keys;
		this.transport = transport;
		this.policy = policy;
		this.backoff = backoff;
		this.time = time;
		this.errors = errors;
	}

	/**
	 * The successful answer to the request.
	 * @param key the index of the API key the request must use, or -1 for any
	 * @throws CloseApiException when it did not succeed
	 */
	Transport.Response execute(CloseRequest request, int key) {
		String group = request.group();
		int attempts = 0;
		int failures = 0;
		int throttles = 0;
		while (true) {
			KeyPool.Lane lane = this.keys.choose(group, key);
			long sentAt;
			try {
				sentAt = lane.governor().acquire(group);
			}
			catch (InterruptedException ex) {
				throw cancelled(request);
			}
			attempts++;
			lane.countSent(attempts > 1);
			Transport.Response response;
			try {
				response = this.transport.send(request, lane.key());
			}
			catch (IOException ex) {
				lane.governor().unanswered(group, sentAt);
				if (!neverSent(ex) && !request.idempotent()) {
					throw new InDoubtException(request.describe(), attempts, ex);
				}
				if (++failures > this.policy.maxRetries()) {
					throw new NetworkException(request.describe(), this.baseUrl, attempts, ex);
				}
				backOff(request, lane, failures, ex.getClass().getSimpleName());
				continue;
			}
			catch (InterruptedException ex) {
				lane.governor().unanswered(group, sentAt);
				if (!request.idempotent()) {
					Thread.currentThread().interrupt();
					throw new InDoubtException(request.describe(), attempts, ex);
				}
				throw cancelled(request);
			}
			Duration pause = lane.governor().answered(group, response, sentAt);
			int status = response.status();
			if (response.successful()) {
				return response;
			}
			if (status == 429 && ++throttles <= this.policy.maxThrottledRetries()) {
				lane.countThrottled();
				log.debug("{} throttled on {}; the group pauses {} ms", request.describe(), lane.key().fingerprint(),
						pause.toMillis());
				continue;
			}
			if (status == 429) {
				lane.countThrottled();
			}
			else if (request.idempotent() && RETRYABLE_STATUSES.contains(status)
					&& ++failures <= this.policy.maxRetries()) {
				backOff(request, lane, failures, Integer.toString(status));
				continue;
			}
			throw this.errors.decode(request, attempts, response);
		}
	}

	/** A connection that was never made carried nothing to the server. */
	private static boolean neverSent(IOException ex) {
		return ex instanceof ConnectException || ex instanceof HttpConnectTimeoutException;
	}

	private void backOff(CloseRequest request, KeyPool.Lane lane, int failures, String reason) {
		Duration delay = this.backoff.fullJitter(failures);
		log.debug("{} failed ({}) on {}; retry {} of {} in {} ms", request.describe(), reason, lane.key().fingerprint(),
				failures, this.policy.maxRetries(), delay.toMillis());
		try {
			this.time.sleep(delay);
		}
		catch (InterruptedException ex) {
			throw cancelled(request);
		}
	}

	private static CancellationException cancelled(CloseRequest request) {
		Thread.currentThread().interrupt();
		return new CancellationException("Interrupted; " + request.describe() + " was abandoned");
	}

}
