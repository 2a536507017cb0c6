package closebatch.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The file an export writes.
 *
 * @param path the file, as written
 * @param format CSV, XLSX or JSON Lines, given or implied by the extension
 */
public record OutputSpec(Path path, OutputFormat format) {

	public OutputSpec {
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(format, "format");
	}

}
