package closebatch.export;

import java.util.Objects;

/**
 * One column of an export: its header and the kind of value it holds.
 *
 * @param header the header cell, unique within the export
 * @param kind what the column holds
 */
public record Column(String header, CellKind kind) {

	public Column {
		Objects.requireNonNull(header, "header");
		Objects.requireNonNull(kind, "kind");
	}

	static Column text(String header) {
		return new Column(header, CellKind.TEXT);
	}

}
