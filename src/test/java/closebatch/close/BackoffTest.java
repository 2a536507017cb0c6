package closebatch.close;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static closebatch.close.RateGovernorTest.fixedRandom;
import static org.assertj.core.api.Assertions.assertThat;

/** Exponential backoff with jitter, bounded by the retry policy. */
class BackoffTest {

	private static final RetryPolicy POLICY = new RetryPolicy(10, 10, Duration.ofMillis(500), Duration.ofSeconds(5));

	@Test
	void theBoundDoublesWithEachRetryUpToTheMaximum() {
		Backoff backoff = new Backoff(POLICY, fixedRandom(0));

		assertThat(IntStream.rangeClosed(1, 6).mapToObj(backoff::bound).map(Duration::ofNanos)).containsExactly(
				Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
				Duration.ofSeconds(5), Duration.ofSeconds(5));
		assertThat(Duration.ofNanos(backoff.bound(10_000))).isEqualTo(Duration.ofSeconds(5));
	}

	@Test
	void fullJitterDrawsBetweenZeroAndTheBound() {
		assertThat(new Backoff(POLICY, fixedRandom(0)).fullJitter(3)).isEqualTo(Duration.ZERO);
		assertThat(new Backoff(POLICY, fixedRandom(0.25)).fullJitter(3)).isEqualTo(Duration.ofMillis(500));
		assertThat(new Backoff(POLICY, fixedRandom(Math.nextDown(1.0))).fullJitter(3)).isLessThan(Duration.ofSeconds(2))
			.isGreaterThan(Duration.ofMillis(1999));
	}

	@Test
	void fullJitterStaysWithinItsBoundsWithRealRandomness() {
		Backoff backoff = new Backoff(POLICY, new SplittableRandom(7));

		for (int retry = 1; retry <= 8; retry++) {
			for (int i = 0; i < 200; i++) {
				assertThat(backoff.fullJitter(retry).toNanos()).isBetween(0L, backoff.bound(retry));
			}
		}
	}

	@Test
	void equalJitterNeverWaitsLessThanHalfTheBound() {
		assertThat(new Backoff(POLICY, fixedRandom(0)).equalJitter(2)).isEqualTo(Duration.ofMillis(500));
		assertThat(new Backoff(POLICY, fixedRandom(0.5)).equalJitter(2)).isEqualTo(Duration.ofMillis(750));
	}

}
