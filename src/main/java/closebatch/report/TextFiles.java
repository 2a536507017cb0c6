package closebatch.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Small text files a run writes for people and scripts. */
public final class TextFiles {

	private TextFiles() {
	}

	/**
	 * Writes the text in UTF-8 beside the file and moves it over the file, so that a
	 * reader never sees half of it; creates the folder if needed.
	 */
	public static void replace(Path file, String text) {
		Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.writeString(temporary, text, StandardCharsets.UTF_8);
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file, ex);
		}
	}

}
