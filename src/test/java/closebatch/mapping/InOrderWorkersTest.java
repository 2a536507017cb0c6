package closebatch.mapping;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Items mapped by several workers come back in the order they were read, and a failure
 * comes where a loop over the items would meet it.
 */
class InOrderWorkersTest {

	@Test
	void givesTheResultsInTheOrderTheItemsWereRead() {
		List<Integer> items = IntStream.range(0, 20_000).boxed().toList();
		// Uneven work, so that workers finish their batches out of order.
		List<String> mapped = drain(new InOrderWorkers<>(items.iterator(), (item) -> work(item), 4));

		assertThat(mapped).isEqualTo(items.stream().map(InOrderWorkersTest::work).toList());
	}

	@Test
	void oneWorkerMapsOnTheCallersThread() {
		Thread caller = Thread.currentThread();
		List<Boolean> onCaller = drain(
				new InOrderWorkers<>(List.of(1, 2, 3).iterator(), (item) -> Thread.currentThread() == caller, 1));

		assertThat(onCaller).containsExactly(true, true, true);
	}

	@Test
	void aFailureToReadComesAfterTheResultsOfEveryItemReadBeforeIt() {
		int failingAt = InOrderWorkers.BATCH * 5 + 7;
		Iterator<Integer> input = new Iterator<>() {

			private int next;

			@Override
			public boolean hasNext() {
				if (this.next == failingAt) {
					throw new IllegalStateException("unreadable at " + failingAt);
				}
				return true;
			}

			@Override
			public Integer next() {
				return this.next++;
			}

		};
		List<Integer> taken = new ArrayList<>();
		try (InOrderWorkers<Integer, Integer> workers = new InOrderWorkers<>(input, (item) -> item, 2)) {
			assertThatIllegalStateException().isThrownBy(() -> workers.forEachRemaining(taken::add))
				.withMessage("unreadable at " + failingAt);
		}

		assertThat(taken).isEqualTo(IntStream.range(0, failingAt).boxed().toList());
	}

	@Test
	void aFailingMappingIsThrownWhereItsItemsResultWouldBe() {
		List<Integer> taken = new ArrayList<>();
		try (InOrderWorkers<Integer, Integer> workers = new InOrderWorkers<>(
				IntStream.range(0, 10_000).boxed().iterator(), (item) -> {
					if (item == 3_000) {
						throw new IllegalArgumentException("bug at 3000");
					}
					return item;
				}, 3)) {
			assertThatIllegalArgumentException().isThrownBy(() -> workers.forEachRemaining(taken::add))
				.withMessage("bug at 3000");
		}

		assertThat(taken).as("results before the failing batch").allMatch((item) -> item < 3_000);
	}

	@Test
	void hasNothingAfterTheLastResult() {
		InOrderWorkers<Integer, Integer> workers = new InOrderWorkers<>(List.of(1).iterator(), (item) -> item, 2);
		assertThat(workers.next()).isEqualTo(1);
		assertThat(workers.hasNext()).isFalse();
		assertThatExceptionOfType(NoSuchElementException.class).isThrownBy(workers::next);
		workers.close();
	}

	private static String work(int item) {
		double sum = 0;
		for (int i = 0; i < (item % 7) * 200; i++) {
			sum += Math.sqrt(i);
		}
		return item + ":" + (long) sum;
	}

	private static <T> List<T> drain(InOrderWorkers<?, T> workers) {
		List<T> all = new ArrayList<>();
		try (workers) {
			workers.forEachRemaining(all::add);
		}
		return all;
	}

}
