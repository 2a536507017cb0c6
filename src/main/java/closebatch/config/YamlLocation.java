package closebatch.config;

/**
 * Where a YAML value came from: a file with its line and column (both 1-based), or a
 * command-line override such as {@code --set input.path=dump.xlsx} (line 0).
 *
 * @param source the file path as given, or the override text
 * @param line the 1-based line, or 0 when the source has no lines
 * @param column the 1-based column, or 0 when unknown
 */
public record YamlLocation(String source, int line, int column) {

	public YamlLocation {
		if (source == null || source.isBlank()) {
			throw new IllegalArgumentException("a location needs a source");
		}
	}

	/** A location that is a whole command-line override rather than a place in a file. */
	public static YamlLocation override(String text) {
		return new YamlLocation("--set " + text, 0, 0);
	}

	@Override
	public String toString() {
		if (this.line == 0) {
			return this.source;
		}
		return this.source + ":" + this.line + ((this.column > 0) ? ":" + this.column : "");
	}

}
