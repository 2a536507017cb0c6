package closebatch.mapping;

import java.util.List;
import java.util.Set;

import closebatch.config.Suggestions;
import closebatch.config.YamlNode;
import closebatch.error.Excerpt;

/** The input file's headers, against which a mapping's column names are checked. */
final class ColumnIndex {

	private final List<String> headers;

	private final Set<String> known;

	ColumnIndex(List<String> headers) {
		this.headers = List.copyOf(headers);
		this.known = Set.copyOf(headers);
	}

	/**
	 * The column a node names, or a {@link MappingError} at the node when the file has
	 * none.
	 */
	String column(YamlNode node) {
		String column = node.asText("a column name");
		if (!this.known.contains(column)) {
			throw new MappingError(node.location(), "unknown column '" + column + "'",
					Suggestions.nearest(column, this.headers)
						.map((name) -> "did you mean '" + name + "'? (column names are matched exactly)")
						.orElseGet(() -> "the file's columns are: " + Excerpt.list(this.headers)));
		}
		return column;
	}

}
