package closebatch.load;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether the run may still rent: once Close answers a rent with {@code billing-error}
 * (the telephony budget is reached, or funds ran out), no further rent of the run is
 * sent, since each would cost a request and fail alike; updates and releases go on.
 */
final class RentBudget {

	private final AtomicReference<String> refusal = new AtomicReference<>();

	/** Records Close's billing refusal; the first one is kept. */
	void exhausted(String message) {
		this.refusal.compareAndSet(null, message);
	}

	/** Close's message about the exhausted budget, if a rent of this run met one. */
	Optional<String> refusal() {
		return Optional.ofNullable(this.refusal.get());
	}

}
