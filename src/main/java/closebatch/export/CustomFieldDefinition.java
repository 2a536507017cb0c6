package closebatch.export;

import java.util.Objects;

/**
 * A custom field as {@code /custom_field_schema/<type>/} describes it.
 *
 * @param id the {@code cf_...} id
 * @param name the field's name, which its column is named after
 * @param type the Close type ({@code text}, {@code number}, {@code date}, ...)
 * @param multiple whether it holds several values
 */
public record CustomFieldDefinition(String id, String name, String type, boolean multiple) {

	public CustomFieldDefinition {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(type, "type");
	}

	/** The kind of cell the field's values fill. */
	CellKind kind() {
		if (this.multiple) {
			return CellKind.TEXT;
		}
		return switch (this.type) {
			case "number" -> CellKind.NUMBER;
			case "date" -> CellKind.DATE;
			case "datetime" -> CellKind.DATETIME;
			default -> CellKind.TEXT;
		};
	}

}
