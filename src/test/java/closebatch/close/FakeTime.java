package closebatch.close;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that only moves when someone sleeps: tests of pacing never wait. */
final class FakeTime implements TimeSource {

	private final AtomicLong now = new AtomicLong(1_000_000_000_000L);

	private final List<Duration> sleeps = new ArrayList<>();

	@Override
	public long nanoTime() {
		return this.now.get();
	}

	@Override
	public synchronized void sleep(Duration duration) {
		this.sleeps.add(duration);
		this.now.addAndGet(duration.toNanos());
	}

	void advance(Duration duration) {
		this.now.addAndGet(duration.toNanos());
	}

	synchronized List<Duration> sleeps() {
		return List.copyOf(this.sleeps);
	}

	synchronized Duration slept() {
		return this.sleeps.stream().reduce(Duration.ZERO, Duration::plus);
	}

}
