package closebatch.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import closebatch.close.CloseClient;
import tools.jackson.databind.JsonNode;

/**
 * The custom fields of one object type, in the order of its schema, read once per run
 * from {@code /custom_field_schema/<type>/}.
 *
 * @param fields the fields in schema order
 */
public record CustomFieldSchema(List<CustomFieldDefinition> fields) {

	/** A schema with no custom fields. */
	public static final CustomFieldSchema NONE = new CustomFieldSchema(List.of());

	public CustomFieldSchema {
		fields = List.copyOf(fields);
	}

	/**
	 * Reads the schema of {@code objectType} ({@code lead}, {@code contact},
	 * {@code opportunity}, or {@code activity/<custom activity type id>}).
	 */
	public static CustomFieldSchema read(CloseClient client, String objectType) {
		return of(client.get("custom_field_schema/" + objectType + "/").path("fields"));
	}

	/** The schema of a list of fields as Close describes them. */
	static CustomFieldSchema of(JsonNode fields) {
		List<CustomFieldDefinition> all = new ArrayList<>();
		fields.values().forEach((field) -> all.add(CustomFieldDefinition.of(field)));
		return new CustomFieldSchema(all);
	}

	/** The field of that name, compared without regard to case. */
	public Optional<CustomFieldDefinition> named(String name) {
		return this.fields.stream().filter((field) -> field.name().equalsIgnoreCase(name.trim())).findFirst();
	}

}
