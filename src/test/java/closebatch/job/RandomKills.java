package closebatch.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;

import closebatch.sandbox.http.RequestLog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A child {@code closebatch} killed with SIGKILL again and again, each time after a
 * random number of the sandbox's requests, for the kill tests; and the state file a test
 * deletes to prove identity lives in Close.
 */
final class RandomKills {

	private RandomKills() {
	}

	/**
	 * Starts the child {@code kills} times, killing each start once the sandbox has
	 * answered {@code afterRequests} more requests.
	 * @param afterKill hears the number of each kill (from 0), after the child is gone
	 * @return what happened, for assertion messages: {@code kill after ...} per kill, or
	 * that a run ended before its kill (and the rest were not started)
	 */
	static List<String> run(int kills, RequestLog requests, IntSupplier afterRequests, Supplier<Process> start,
			IntConsumer afterKill) throws InterruptedException {
		List<String> killed = new ArrayList<>();
		for (int kill = 0; kill < kills; kill++) {
			long before = total(requests);
			int after = afterRequests.getAsInt();
			Process child = start.get();
			while (child.isAlive() && total(requests) - before < after) {
				Thread.sleep(2);
			}
			if (!child.isAlive()) {
				killed.add("run " + (kill + 1) + " ended before its kill after " + after + " requests");
				break;
			}
			child.destroyForcibly();
			assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
			killed.add("kill after " + (total(requests) - before) + " requests");
			afterKill.accept(kill);
		}
		return killed;
	}

	/** Deletes the state file in the folder, with its WAL and lock files. */
	static void deleteStateFile(Path dir) {
		try (Stream<Path> files = Files.list(dir)) {
			for (Path file : files.filter((f) -> f.getFileName().toString().startsWith("state.db")).toList()) {
				Files.delete(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static long total(RequestLog requests) {
		return requests.toJson().path("total").asLong();
	}

}
