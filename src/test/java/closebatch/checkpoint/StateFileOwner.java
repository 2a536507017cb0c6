package closebatch.checkpoint;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A second process for tests: owns a state file (or, on a PostgreSQL state database, the
 * run lock of {@link NumbersJob} and its target) and then waits to be killed.
 *
 * <p>
 * {@code hold <state>} takes the run lock; {@code run-numbers <state>} also runs
 * {@link NumbersJob} and stops inside the fifth chunk, after four chunks committed.
 * Either prints {@code READY} once it is in place. {@code <state>} is a file or a
 * {@code jdbc:postgresql:} URL with its user.
 */
final class StateFileOwner {

	static final String READY = "READY";

	private StateFileOwner() {
	}

	public static void main(String[] args) throws Exception {
		StateLocation state = StateLocation.of(args[1], Map.of());
		RunLock lock = RunLock.acquire(state, NumbersJob.NAME, NumbersJob.TARGET);
		if (args[0].equals("hold")) {
			System.out.println(READY);
			new CountDownLatch(1).await();
		}
		CheckpointDatabase database = CheckpointDatabase.open(state);
		CheckpointBatch batch = CheckpointBatch.on(database);
		batch.jobOperator().start(NumbersJob.build(database, batch, (chunk) -> {
			if (chunk.getItems().contains(41)) {
				System.out.println(READY);
				awaitKill();
			}
		}), NumbersJob.PARAMETERS);
		lock.close();
	}

	private static void awaitKill() {
		try {
			new CountDownLatch(1).await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Starts a child JVM in {@code mode} and waits until it says it is in place. */
	static Process start(String mode, Path stateFile) throws IOException, InterruptedException {
		return start(mode, stateFile.toString());
	}

	/** Starts a child JVM in {@code mode} on a state file or database URL. */
	static Process start(String mode, String state) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
		command.add(StateFileOwner.class.getName());
		command.add(mode);
		command.add(state);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		BufferedReader output = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		StringBuilder seen = new StringBuilder();
		String line;
		while ((line = output.readLine()) != null) {
			if (line.equals(READY)) {
				return process;
			}
			seen.append(line).append('\n');
		}
		process.waitFor(10, TimeUnit.SECONDS);
		throw new IllegalStateException("The child process ended before it was ready:\n" + seen);
	}

	/** Kills {@code process} the way {@code kill -9} does and waits for it to be gone. */
	static void kill(Process process) throws InterruptedException {
		process.destroyForcibly();
		process.waitFor();
	}

}
