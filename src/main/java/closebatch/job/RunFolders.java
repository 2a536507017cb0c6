package closebatch.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
		Path folder = outputRoot.resolve(job);
		if (!Files.isDirectory(folder)) {
			return 1;
		}
		try (Stream<Path> runs = Files.list(folder)) {
			return 1 + runs.map((run) -> run.getFileName().toString())
				.filter((name) -> name.matches("\\d{1,18}"))
				.mapToLong(Long::parseLong)
				.max()
				.orElse(0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the run folders in " + folder, ex);
		}
	}

}
