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

	/** Reads the schema of {@code objectType} ({@code lead} or {@code contact}). */
	public static CustomFieldSchema read(CloseClient client, String objectType) {
		JsonNode body = client.get("custom_field_schema/" + objectType + "/");
		List<CustomFieldDefinition> fields = new ArrayList<>();
		for (JsonNode field : body.path("fields").values()) {
			fields.add(new CustomFieldDefinition(field.path("id").asString(), field.path("name").asString(),
					field.path("type").asString("text"), field.path("accepts_multiple_values").asBoolean(false)));
		}
		return new CustomFieldSchema(fields);
	}

	/** The field of that name, compared without regard to case. */
	public Optional<CustomFieldDefinition> named(String name) {
		return this.fields.stream().filter((field) -> field.name().equalsIgnoreCase(name.trim())).findFirst();
	}

}
