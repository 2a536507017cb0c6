package closebatch.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where an export of a whole organization goes: a folder that gets one file per object
 * type with the mapping that imports it, and {@code import.yaml}, the job that imports
 * the folder.
 *
 * @param folder the folder, as written (relative to the directory closebatch runs in)
 * @param format the format of its files: CSV or XLSX, which an import reads
 */
public record ExportFolder(Path folder, OutputFormat format) {

	public ExportFolder {
		Objects.requireNonNull(folder, "folder");
		Objects.requireNonNull(format, "format");
		if (format == OutputFormat.JSONL) {
			throw new IllegalArgumentException("an import reads CSV or XLSX, not JSON Lines");
		}
	}

}
