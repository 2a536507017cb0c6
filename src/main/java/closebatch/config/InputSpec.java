package closebatch.config;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The file an import reads and how to read it.
 *
 * @param path the file, as written (relative to the directory closebatch runs in)
 * @param format CSV or XLSX, given or implied by the extension
 * @param encoding the CSV charset (UTF-8 unless set; a BOM is stripped either way)
 * @param delimiter the CSV delimiter, or {@code null} to detect it
 * @param sheet the XLSX sheet name or 1-based index, or {@code null} for the first sheet
 */
public record InputSpec(Path path, InputFormat format, Charset encoding, Character delimiter, String sheet) {

	public InputSpec {
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(format, "format");
		Objects.requireNonNull(encoding, "encoding");
	}

}
