package closebatch.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The run folders of a job, {@code out/<job>/<run>/}. A new run never writes into a
 * folder that is there already: after the state file was lost, run numbers would start
 * again at 1, so a new run is numbered above every folder it finds.
 */
final class RunFolders {

	private RunFolders() {
	}

	/** The lowest run number above every numbered folder of the job. */
	static long lowestFree(Path outputRoot, String job) {
		List<Path> runs = inOrder(outputRoot, job);
		return runs.isEmpty() ? 1 : 1 + number(runs.get(runs.size() - 1));
	}

	/** The job's numbered run folders, lowest number first. */
	static List<Path> inOrder(Path outputRoot, String job) {
		Path folder = outputRoot.resolve(job);
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> runs = Files.list(folder)) {
			return runs.filter((run) -> run.getFileName().toString().matches("\\d{1,18}"))
				.sorted(Comparator.comparingLong(RunFolders::number))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the run folders in " + folder, ex);
		}
	}

	private static long number(Path run) {
		return Long.parseLong(run.getFileName().toString());
	}

}
