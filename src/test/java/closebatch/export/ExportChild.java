package closebatch.export;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import closebatch.checkpoint.AbandonedRuns;
import closebatch.checkpoint.CheckpointBatch;
import closebatch.checkpoint.CheckpointDatabase;
import closebatch.checkpoint.RunLock;
import closebatch.config.ExportJob;
import closebatch.config.OutputFormat;
import closebatch.config.OutputSpec;
import org.springframework.batch.core.job.JobExecution;

/**
 * A second process for tests: runs (or resumes) a lead export against a sandbox given by
 * its URL and prints its final status; it can be killed at any moment.
 *
 * <p>
 * Arguments: {@code <state file> <base url> <api key> <directory> <output file>
 * [benchmark]}. With {@code benchmark} it uses the default tuning and prints the rows,
 * the seconds the job took and its peak RSS ({@code VmHWM}).
 */
final class ExportChild {

	static final String STARTED = "STARTED";

	/** Small chunks, so that a kill falls between many commits. */
	static final ExportTuning TUNING = new ExportTuning(50, 20, java.time.Clock.systemUTC());

	private ExportChild() {
	}

	static ExportJob job(String output) {
		return ExportHarness.job(ExportHarness.ALL_LEADS, "lead", List.of(),
				new OutputSpec(Path.of(output), OutputFormat.fromExtension(Path.of(output)).orElseThrow()));
	}

	public static void main(String[] args) throws Exception {
		Path stateFile = Path.of(args[0]);
		URI baseUrl = URI.create(args[1]);
		try (RunLock lock = RunLock.acquire(stateFile);
				CheckpointDatabase database = CheckpointDatabase.open(stateFile)) {
			CheckpointBatch batch = CheckpointBatch.on(database);
			AbandonedRuns.recover(batch, lock);
			boolean benchmark = args.length > 5 && args[5].equals("benchmark");
			ExportRun run = ExportJobs.build(job(args[4]), ExportHarness.client(baseUrl, args[2], ExportHarness.QUICK),
					database, batch, Path.of(args[3]), benchmark ? ExportTuning.DEFAULTS : TUNING);
			System.out.println(STARTED);
			long start = System.nanoTime();
			JobExecution execution = batch.jobOperator().start(run.job(), ExportHarness.parameters(run, baseUrl));
			double seconds = (System.nanoTime() - start) / 1e9;
			if (benchmark) {
				String peak = java.nio.file.Files.readAllLines(Path.of("/proc/self/status"))
					.stream()
					.filter((line) -> line.startsWith("VmHWM:"))
					.findFirst()
					.orElse("VmHWM: 0 kB");
				System.out.printf(java.util.Locale.ROOT, "ROWS %d SECONDS %.3f %s%n", run.counters().rows(), seconds,
						peak);
			}
			System.out.println(execution.getStatus());
		}
	}

	/** Starts the child, logging to {@code log}; returns once it says it started. */
	static Process start(Path stateFile, URI baseUrl, String key, Path dir, String output, Path log, String... options)
			throws Exception {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		for (String option : options) {
			command.add(option);
		}
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
		command.add(ExportChild.class.getName());
		command.add(stateFile.toString());
		command.add(baseUrl.toString());
		command.add(key);
		command.add(dir.toString());
		command.add(output);
		if (options.length > 0) {
			command.add("benchmark");
		}
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (!java.nio.file.Files.readString(log).contains(STARTED)) {
			if (!process.isAlive() || System.nanoTime() > deadline) {
				throw new IllegalStateException(
						"The export child did not start:\n" + java.nio.file.Files.readString(log));
			}
			Thread.sleep(20);
		}
		return process;
	}

	static void kill(Process process) throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

}
