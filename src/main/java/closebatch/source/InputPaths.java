package closebatch.source;

import java.nio.file.Path;

import closebatch.error.RegularFiles;
import closebatch.error.SourceLocation;
import closebatch.error.UserInputException;

/**
 * The check every input file passes before it is opened: it must be a regular file, so
 * that reading it ends ({@code /dev/zero}), does not block (a named pipe) and does not
 * quote the process's own secrets ({@code /proc/self/environ}).
 */
final class InputPaths {

	private InputPaths() {
	}

	/**
	 * Checks that a path is a readable regular file.
	 * @param path the file
	 * @param label the file as the user named it
	 * @throws UserInputException with {@link SourceError#FILE_NOT_READABLE} or
	 * {@link SourceError#NOT_A_FILE} otherwise
	 */
	static void requireRegularFile(Path path, String label) {
		RegularFiles.problem(path).ifPresent((problem) -> {
			boolean missing = problem.equals("does not exist") || problem.startsWith("cannot be read");
			throw new UserInputException(missing ? SourceError.FILE_NOT_READABLE : SourceError.NOT_A_FILE,
					SourceLocation.of(label), "the input " + problem + ".");
		});
	}

}
