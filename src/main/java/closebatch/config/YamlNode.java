package closebatch.config;

/**
 * A node of a YAML document that remembers where it was written, so that every mistake
 * found while reading a configuration can be reported with its file, line and column.
 */
public sealed interface YamlNode permits YamlMap, YamlList, YamlScalar {

	/** Where the node starts. */
	YamlLocation location();

	/** What kind of node this is, in words for error messages ("a list"). */
	String kind();

	/**
	 * This node as a mapping, or a {@link ConfigError} saying {@code what} must be one.
	 */
	default YamlMap asMap(String what) {
		if (this instanceof YamlMap map) {
			return map;
		}
		throw new ConfigError(location(), what + " must be a mapping of keys to values, not " + kind(), null);
	}

	/** This node as a list; a single value counts as a list of one. */
	default YamlList asList(String what) {
		if (this instanceof YamlList list) {
			return list;
		}
		if (this instanceof YamlScalar || this instanceof YamlMap) {
			return new YamlList(java.util.List.of(this), location());
		}
		throw new ConfigError(location(), what + " must be a list, not " + kind(), null);
	}

	/** This node's text, or a {@link ConfigError} saying {@code what} must be a value. */
	default String asText(String what) {
		if (this instanceof YamlScalar scalar && scalar.text() != null) {
			return scalar.text();
		}
		throw new ConfigError(location(), what + " must be a single value, not " + kind(), null);
	}

}
