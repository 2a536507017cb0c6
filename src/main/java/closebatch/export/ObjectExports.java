package closebatch.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import closebatch.close.CloseClient;
import closebatch.config.ListSource;
import closebatch.config.OutputFormat;
import closebatch.config.OutputSpec;
import closebatch.mapping.Identity;
import tools.jackson.databind.JsonNode;

/**
 * Plans the file of an export of one kind of object of leads: its columns
 * ({@link ObjectColumns}, then the custom fields by name), the links resolved for each
 * chunk, and the mapping that imports it back.
 *
 * <p>
 * Custom activities of every type go in one file whose mapping is written only when the
 * organization has one type (a mapping loads one type); an export of everything writes a
 * file per type.
 */
final class ObjectExports {

	private final CloseClient client;

	private final ExportTuning tuning;

	private final String keyFieldId;

	private final List<JsonNode> activityTypes;

	private ObjectExports(CloseClient client, ExportTuning tuning, String keyFieldId, List<JsonNode> activityTypes) {
		this.client = client;
		this.tuning = tuning;
		this.keyFieldId = keyFieldId;
		this.activityTypes = activityTypes;
	}

	/** Reads what every object export needs: the leads' key field, the activity types. */
	static ObjectExports read(CloseClient client, ExportTuning tuning) {
		String keyFieldId = CustomFieldSchema.read(client, "lead")
			.named(Identity.KEY_FIELD)
			.map(CustomFieldDefinition::id)
			.orElse(null);
		// Close lists every custom activity type on one page.
		List<JsonNode> types = client.get("custom_activity/").path("data").values().stream().toList();
		return new ObjectExports(client, tuning, keyFieldId, types);
	}

	/** The custom activity types, in the order Close lists them. */
	List<JsonNode> activityTypes() {
		return this.activityTypes;
	}

	/**
	 * The file of an export of objects.
	 * @param name the file's name among the export's
	 * @param activityType the one custom activity type to export, or null for all
	 * @param leadNamespace the namespace the mapping links leads by, or null to link them
	 * by Close lead id
	 */
	ExportFile file(String name, ObjectColumns columns, ListSource list, JsonNode activityType, String leadNamespace,
			Path file, OutputSpec output) {
		List<JsonNode> types = (activityType != null) ? List.of(activityType) : this.activityTypes;
		List<CustomFieldDefinition> custom = customFields(columns, types);
		List<LayoutPart> parts = new ArrayList<>();
		columns.regularColumns().forEach((column) -> parts.add(LayoutPlanner.regular(column)));
		custom.forEach((field) -> parts.add(new LayoutPart.Custom(field)));
		ExportLayout layout = new ExportLayout(parts);
		Map<String, String> typeNames = new LinkedHashMap<>();
		this.activityTypes.forEach((type) -> typeNames.put(type.path("id").asString(), type.path("name").asString("")));
		Set<String> userFields = new HashSet<>();
		Set<String> contactFields = new HashSet<>();
		for (CustomFieldDefinition field : custom) {
			if (field.type().equals("user")) {
				userFields.add(field.id());
			}
			else if (field.type().equals("contact")) {
				contactFields.add(field.id());
			}
		}
		ObjectLinks links = new ObjectLinks(this.client, this.keyFieldId, typeNames, userFields, contactFields);
		Function<String, ExportedObjects> source = (after) -> {
			ExportedObjects objects = new ListObjects(this.client, list, this.tuning.pageSize(), after);
			return (activityType != null) ? new ActivityTypeFilter(objects, activityType.path("id").asString())
					: objects;
		};
		String typeName = (columns == ObjectColumns.CUSTOM_ACTIVITY && types.size() == 1)
				? types.get(0).path("name").asString() : null;
		boolean mapped = columns != ObjectColumns.CUSTOM_ACTIVITY || typeName != null;
		boolean escaped = output.escapeFormulas() && output.format() == OutputFormat.CSV;
		Supplier<String> yaml = () -> ObjectMappingWriter.yaml(columns, layout, typeName, leadNamespace,
				file.getFileName().toString(), output.multiValueSeparator(), escaped);
		String sourceText = list + ((activityType != null) ? " of type " + activityType.path("id").asString() : "");
		return new ExportFile(name, file, output, layout, source, sourceText, links,
				mapped ? MappingWriter.besides(file) : null, mapped ? yaml : null,
				ExportJobs.sheetName(columns.type().key()));
	}

	private List<CustomFieldDefinition> customFields(ObjectColumns columns, List<JsonNode> types) {
		if (columns == ObjectColumns.OPPORTUNITY) {
			return CustomFieldSchema.read(this.client, "opportunity").fields();
		}
		if (columns != ObjectColumns.CUSTOM_ACTIVITY) {
			return List.of();
		}
		Map<String, CustomFieldDefinition> fields = new LinkedHashMap<>();
		for (JsonNode type : types) {
			CustomFieldSchema.read(this.client, "activity/" + type.path("id").asString())
				.fields()
				.forEach((field) -> fields.putIfAbsent(field.id(), field));
		}
		return List.copyOf(fields.values());
	}

}
