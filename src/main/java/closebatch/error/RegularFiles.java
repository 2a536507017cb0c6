package closebatch.error;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Whether a path the user gave is a file closebatch can read to its end: a regular file
 * on disk, not a directory, a device ({@code /dev/zero} never ends), a named pipe (which
 * blocks until someone writes), a socket or a file of the kernel's ({@code /proc},
 * {@code /sys}, whose contents are the process's own, secrets included).
 *
 * <p>
 * Each stage turns the answer into an error with its own code.
 */
public final class RegularFiles {

	private static final Path[] SYSTEM_TREES = { Path.of("/proc"), Path.of("/sys"), Path.of("/dev") };

	private RegularFiles() {
	}

	/**
	 * Why a path cannot be read as a data file.
	 * @param path the path as given
	 * @return what it is instead (such as {@code "is a directory"}), or empty when it is
	 * a readable regular file
	 */
	public static Optional<String> problem(Path path) {
		if (!Files.exists(path)) {
			return Optional.of("does not exist");
		}
		try {
			Path real = path.toRealPath();
			for (Path tree : SYSTEM_TREES) {
				if (real.startsWith(tree)) {
					return Optional.of("is a system file under " + tree + ", not a data file");
				}
			}
			BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class,
					LinkOption.NOFOLLOW_LINKS);
			if (attributes.isDirectory()) {
				return Optional.of("is a directory, not a file");
			}
			if (!attributes.isRegularFile()) {
				return Optional.of("is a device, a named pipe or a socket, not a file");
			}
			if (!Files.isReadable(real)) {
				return Optional.of("cannot be read: permission denied");
			}
			return Optional.empty();
		}
		catch (IOException | SecurityException ex) {
			return Optional.of("cannot be read (" + ex.getClass().getSimpleName() + ")");
		}
	}

}
