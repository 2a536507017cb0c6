package closebatch.export;

import java.util.List;
import java.util.Objects;

import tools.jackson.databind.JsonNode;

/**
 * A custom field as {@code /custom_field_schema/<type>/} describes it.
 *
 * @param id the {@code cf_...} id
 * @param name the field's name, which its column is named after
 * @param type the Close type ({@code text}, {@code number}, {@code date}, ...)
 * @param multiple whether it holds several values
 * @param choices the values a {@code choices} field takes (empty for other types)
 */
public record CustomFieldDefinition(String id, String name, String type, boolean multiple, List<String> choices) {

	public CustomFieldDefinition {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(type, "type");
		choices = List.copyOf(choices);
	}

	/** A field of a type without choices. */
	public CustomFieldDefinition(String id, String name, String type, boolean multiple) {
		this(id, name, type, multiple, List.of());
	}

	/** A field as Close describes it ({@code id}, {@code name}, {@code type}...). */
	static CustomFieldDefinition of(JsonNode field) {
		List<String> choices = field.path("choices").values().stream().map((choice) -> choice.asString("")).toList();
		return new CustomFieldDefinition(field.path("id").asString(), field.path("name").asString(),
				field.path("type").asString("text"), field.path("accepts_multiple_values").asBoolean(false), choices);
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
