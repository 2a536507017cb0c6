package closebatch.close;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The rate governor paces one key from Close's {@code RateLimit} header and 429s, on a
 * fake clock (NOTES §1).
 */
class RateGovernorTest {

	private static final String LEADS = "read lead";

	private final FakeTime time = new FakeTime();

	private final RateGovernor governor = new RateGovernor(this.time,
			new Backoff(new RetryPolicy(5, 30, Duration.ofSeconds(1), Duration.ofSeconds(30)), fixedRandom(0.5)));

	@Test
	void sendsFreelyBeforeAnyHeaderArrives() throws InterruptedException {
		for (int i = 0; i < 50; i++) {
			this.governor.acquire(LEADS);
		}

		assertThat(this.time.sleeps()).isEmpty();
	}

	@Test
	void pacesWhenRemainingRunsOutUntilTheWindowResets() throws InterruptedException {
		sendAndAnswer(LEADS, 200, "RateLimit", "limit=10, remaining=2, reset=0.5");

		this.governor.acquire(LEADS);
		this.governor.acquire(LEADS);
		assertThat(this.time.sleeps()).isEmpty();

		this.governor.acquire(LEADS);
		assertThat(this.time.sleeps()).containsExactly(guarded(Duration.ofMillis(500)));
	}

	@Test
	void refillsTheBudgetToTheLimitWhenTheWindowEnds() throws InterruptedException {
		sendAndAnswer(LEADS, 200, "RateLimit", "limit=3, remaining=0, reset=1.0");

		for (int i = 0; i < 6; i++) {
			this.governor.acquire(LEADS);
		}

		assertThat(this.time.sleeps()).containsExactly(guarded(Duration.ofSeconds(1)), Duration.ofSeconds(1));
	}

	@Test
	void readsTheResetAsADecimalNumberOfSeconds() throws InterruptedException {
		sendAndAnswer(LEADS, 200, "ratelimit", "limit=100, remaining=0, reset=0.125");

		this.governor.acquire(LEADS);

		assertThat(this.time.sleeps()).containsExactly(guarded(Duration.ofMillis(125)));
	}

	@Test
	void countsRequestsStillInFlightAgainstWhatTheServerSaysIsLeft() throws InterruptedException {
		this.governor.acquire(LEADS);
		this.governor.acquire(LEADS);
		this.governor.acquire(LEADS);
		// the first answer was counted by the server before the other two arrived
		this.governor.answered(LEADS, response(200, "RateLimit", "limit=5, remaining=3, reset=1"),
				this.time.nanoTime());

		this.governor.acquire(LEADS);
		assertThat(this.time.sleeps()).isEmpty();
		this.governor.acquire(LEADS);
		assertThat(this.time.sleeps()).containsExactly(guarded(Duration.ofSeconds(1)));
	}

	@Test
	void aLateAnswerCannotRaiseTheBudgetOfTheCurrentWindow() throws InterruptedException {
		sendAndAnswer(LEADS, 200, "RateLimit", "limit=5, remaining=1, reset=1");
		this.governor.acquire(LEADS);
		this.time.advance(Duration.ofMillis(100));

		// an answer the server counted before the last request arrived
		this.governor.answered(LEADS, response(200, "RateLimit", "limit=5, remaining=4, reset=0.9"),
				this.time.nanoTime());

		assertThat(this.governor.nanosUntilReady(LEADS)).isEqualTo(guarded(Duration.ofMillis(900)).toNanos());
	}

	@Test
	void waitsTheHeadersResetAfterATooManyRequestsAnswer() throws InterruptedException {
		this.governor.acquire(LEADS);
		Duration pause = this.governor.answered(LEADS,
				response(429, "RateLimit", "limit=5, remaining=0, reset=1.25", "Retry-After", "2"),
				this.time.nanoTime());

		this.governor.acquire(LEADS);

		assertThat(pause).isEqualTo(Duration.ofMillis(1250));
		assertThat(this.time.sleeps()).containsExactly(guarded(Duration.ofMillis(1250)));
	}

	@Test
	void honoursRetryAfterWhenTheRateLimitHeaderIsAbsent() throws InterruptedException {
		sendAndAnswer(LEADS, 429, "Retry-After", "2");

		this.governor.acquire(LEADS);

		assertThat(this.time.sleeps()).containsExactly(guarded(Duration.ofSeconds(2)));
	}

	@Test
	void honoursRetryAfterWhenAStricterLimitThrottlesWithBudgetLeft() throws InterruptedException {
		sendAndAnswer(LEADS, 429, "RateLimit", "limit=50, remaining=20, reset=0.2", "Retry-After", "3");

		this.governor.acquire(LEADS);

		assertThat(this.time.sleeps()).containsExactly(guarded(Duration.ofSeconds(3)));
	}

	@Test
	void aThrottledGroupPausesForEveryThreadButOtherGroupsGoOn() throws InterruptedException {
		this.governor.acquire(LEADS);
		this.governor.acquire(LEADS);
		this.governor.answered(LEADS, response(429, "Retry-After", "1"), this.time.nanoTime());

		assertThat(this.governor.nanosUntilReady(LEADS)).isEqualTo(guarded(Duration.ofSeconds(1)).toNanos());
		this.governor.acquire("write lead");
		assertThat(this.time.sleeps()).isEmpty();
		this.governor.acquire(LEADS);
		assertThat(this.time.sleeps()).containsExactly(guarded(Duration.ofSeconds(1)));
	}

	@Test
	void pacesFromObservedThrottlingAloneWithGrowingPausesWhenNoHintIsGiven() throws InterruptedException {
		List<Duration> pauses = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			this.governor.acquire(LEADS);
			pauses.add(this.governor.answered(LEADS, response(429), this.time.nanoTime()));
		}

		// equal jitter with a draw of 0.5: three quarters of 1 s, 2 s, 4 s, 8 s
		assertThat(pauses).containsExactly(Duration.ofMillis(750), Duration.ofMillis(1500), Duration.ofSeconds(3),
				Duration.ofSeconds(6));
		assertThat(this.time.sleeps()).containsExactly(guarded(Duration.ofMillis(750)),
				guarded(Duration.ofMillis(1500)), guarded(Duration.ofSeconds(3)));
	}

	@Test
	void aSuccessEndsTheRunOfGrowingPauses() throws InterruptedException {
		sendAndAnswer(LEADS, 429);
		sendAndAnswer(LEADS, 429);
		sendAndAnswer(LEADS, 200);
		this.governor.acquire(LEADS);

		Duration pause = this.governor.answered(LEADS, response(429), this.time.nanoTime());

		assertThat(pause).isEqualTo(Duration.ofMillis(750));
	}

	@Test
	void aRequestThatGotNoAnswerNoLongerCountsAsInFlight() throws InterruptedException {
		this.governor.acquire(LEADS);
		this.governor.unanswered(LEADS, this.time.nanoTime());
		this.governor.acquire(LEADS);

		this.governor.answered(LEADS, response(200, "RateLimit", "limit=5, remaining=1, reset=1"),
				this.time.nanoTime());

		this.governor.acquire(LEADS);
		assertThat(this.time.sleeps()).isEmpty();
	}

	@Test
	void countsTheServersWindowFromWhenTheRequestLeftNotFromItsAnswer() throws InterruptedException {
		long sentAt = this.governor.acquire(LEADS);
		this.time.advance(Duration.ofMillis(100));
		this.governor.answered(LEADS, response(200, "RateLimit", "limit=5, remaining=0, reset=1.0"), sentAt);

		this.governor.acquire(LEADS);

		assertThat(this.time.sleeps()).containsExactly(guarded(Duration.ofMillis(900)));
	}

	@Test
	void saysHowManyRequestsInFlightSendAtTheLimitByLittlesLaw() throws InterruptedException {
		assertThat(this.governor.inFlightAtLimit(Duration.ofSeconds(5))).isZero();
		long sentAt = this.governor.acquire(LEADS);
		this.time.advance(Duration.ofMillis(100));
		this.governor.answered(LEADS, response(200), sentAt);
		assertThat(this.governor.inFlightAtLimit(Duration.ofSeconds(5))).as("no limit known yet").isEqualTo(-1);

		sentAt = this.governor.acquire(LEADS);
		this.time.advance(Duration.ofMillis(100));
		this.governor.answered(LEADS, response(200, "RateLimit", "limit=60, remaining=50, reset=1.0"), sentAt);

		assertThat(this.governor.inFlightAtLimit(Duration.ofSeconds(5))).isCloseTo(6.0, within(0.01));
		this.time.advance(Duration.ofSeconds(6));
		assertThat(this.governor.inFlightAtLimit(Duration.ofSeconds(5))).as("a group that went quiet").isZero();
	}

	@Test
	void countsATimeoutInTheLatencyAsItHeldItsSender() throws InterruptedException {
		long sentAt = this.governor.acquire(LEADS);
		this.time.advance(Duration.ofMillis(100));
		this.governor.answered(LEADS, response(200, "RateLimit", "limit=10, remaining=9, reset=1.0"), sentAt);
		sentAt = this.governor.acquire(LEADS);
		this.time.advance(Duration.ofSeconds(10));
		this.governor.unanswered(LEADS, sentAt);

		assertThat(this.governor.inFlightAtLimit(Duration.ofSeconds(5))).isGreaterThan(1.0);
	}

	/**
	 * A wait the server names, from when the request left, with the guard for its way
	 * there.
	 */
	private static Duration guarded(Duration wait) {
		return wait.plus(GroupBudget.SEND_DELAY_GUARD);
	}

	private void sendAndAnswer(String group, int status, String... headers) throws InterruptedException {
		this.governor.acquire(group);
		this.governor.answered(group, response(status, headers), this.time.nanoTime());
	}

	static Transport.Response response(int status, String... headers) {
		Map<String, List<String>> map = new HashMap<>();
		for (int i = 0; i < headers.length; i += 2) {
			map.put(headers[i], List.of(headers[i + 1]));
		}
		return new Transport.Response(status, map, null);
	}

	static RandomGenerator fixedRandom(double value) {
		return new RandomGenerator() {

			@Override
			public long nextLong() {
				throw new UnsupportedOperationException();
			}

			@Override
			public double nextDouble() {
				return value;
			}

		};
	}

}
