package closebatch.setup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import closebatch.config.ConfigError;
import closebatch.config.YamlList;
import closebatch.config.YamlMap;
import closebatch.config.YamlNode;
import closebatch.config.YamlReader;
import closebatch.config.YamlScalar;
import closebatch.setup.Setup.ActivityType;
import closebatch.setup.Setup.Association;
import closebatch.setup.Setup.EmailTemplate;
import closebatch.setup.Setup.Field;
import closebatch.setup.Setup.FieldScope;
import closebatch.setup.Setup.Pipeline;
import closebatch.setup.Setup.SmsTemplate;
import closebatch.setup.Setup.Status;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Reads a setup file ({@code schemas/setup.schema.json} describes it): every mistake is a
 * {@link ConfigError} at its file, line and column.
 */
public final class SetupFile {

	static final Set<String> FIELD_TYPES = Set.of("text", "textarea", "number", "date", "datetime", "choices", "user",
			"contact", "hidden");

	static final Set<String> STATUS_TYPES = Set.of("active", "won", "lost");

	static final Set<String> ASSOCIATION_OBJECTS = Set.of("lead", "contact", "opportunity");

	private static final Set<String> TOP_KEYS = Set.of("custom-fields", "lead-statuses", "pipelines",
			"custom-activity-types", "email-templates", "sms-templates");

	private static final Set<String> FIELD_KEYS = Set.of("name", "renamed-from", "type", "description",
			"multiple-values", "choices");

	private static final YAMLMapper YAML = YAMLMapper.builder()
		.disable(YAMLWriteFeature.WRITE_DOC_START_MARKER, YAMLWriteFeature.SPLIT_LINES)
		.enable(YAMLWriteFeature.MINIMIZE_QUOTES, YAMLWriteFeature.LITERAL_BLOCK_STYLE,
				YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
		.build();

	private SetupFile() {
	}

	/**
	 * A setup as file text, in the order it is given, leaving out what is null and the
	 * flags that are off, so that two exports of one organization are the same text.
	 */
	public static String write(Setup setup) {
		ObjectNode top = JsonNodeFactory.instance.objectNode();
		ObjectNode fields = JsonNodeFactory.instance.objectNode();
		for (FieldScope scope : FieldScope.values()) {
			if (!setup.fields(scope).isEmpty()) {
				ArrayNode list = fields.putArray(scope.key());
				setup.fields(scope).forEach((field) -> list.add(field(field)));
			}
		}
		if (!fields.isEmpty()) {
			top.set("custom-fields", fields);
		}
		list(top, "lead-statuses", setup.leadStatuses(),
				(status) -> JsonNodeFactory.instance.stringNode(status.name()));
		list(top, "pipelines", setup.pipelines(), (pipeline) -> {
			ObjectNode node = JsonNodeFactory.instance.objectNode().put("name", pipeline.name());
			ArrayNode statuses = node.putArray("statuses");
			pipeline.statuses()
				.forEach((status) -> statuses.addObject().put("label", status.name()).put("type", status.type()));
			return node;
		});
		list(top, "custom-activity-types", setup.customActivityTypes(), (type) -> {
			ObjectNode node = JsonNodeFactory.instance.objectNode().put("name", type.name());
			optional(node, "description", type.description());
			flag(node, "api-create-only", type.apiCreateOnly());
			if (!type.fields().isEmpty()) {
				ArrayNode list = node.putArray("fields");
				type.fields().forEach((field) -> list.add(field(field)));
			}
			return node;
		});
		list(top, "email-templates", setup.emailTemplates(), (template) -> {
			ObjectNode node = JsonNodeFactory.instance.objectNode().put("name", template.name());
			optional(node, "subject", template.subject());
			optional(node, "body", template.body());
			flag(node, "shared", template.shared());
			flag(node, "archived", template.archived());
			return node;
		});
		list(top, "sms-templates", setup.smsTemplates(), (template) -> {
			ObjectNode node = JsonNodeFactory.instance.objectNode().put("name", template.name());
			optional(node, "text", template.text());
			flag(node, "shared", template.shared());
			flag(node, "archived", template.archived());
			return node;
		});
		return top.isEmpty() ? "{}\n" : YAML.writeValueAsString(top);
	}

	private static ObjectNode field(Field field) {
		ObjectNode node = JsonNodeFactory.instance.objectNode().put("name", field.name()).put("type", field.type());
		optional(node, "description", field.description());
		flag(node, "multiple-values", field.multipleValues());
		flag(node, "required", field.required());
		if (field.choices() != null && !field.choices().isEmpty()) {
			ArrayNode choices = node.putArray("choices");
			field.choices().forEach(choices::add);
		}
		if (field.associations() != null && !field.associations().isEmpty()) {
			ArrayNode associations = node.putArray("associations");
			for (Association association : field.associations()) {
				boolean required = Boolean.TRUE.equals(association.required());
				if (association.customActivityType() == null && !required) {
					associations.add(association.objectType());
					continue;
				}
				ObjectNode item = associations.addObject();
				if (association.customActivityType() == null) {
					item.put("object", association.objectType());
				}
				else {
					item.put("custom-activity-type", association.customActivityType());
				}
				flag(item, "required", association.required());
			}
		}
		return node;
	}

	private static <T> void list(ObjectNode top, String key, List<T> items, Function<T, JsonNode> writer) {
		if (!items.isEmpty()) {
			ArrayNode list = top.putArray(key);
			items.forEach((item) -> list.add(writer.apply(item)));
		}
	}

	private static void optional(ObjectNode node, String key, String value) {
		if (value != null && !value.isEmpty()) {
			node.put(key, value);
		}
	}

	private static void flag(ObjectNode node, String key, Boolean value) {
		if (Boolean.TRUE.equals(value)) {
			node.put(key, true);
		}
	}

	public static Setup read(Path file) {
		YamlMap top = YamlReader.read(file).asMap("a setup file");
		top.rejectUnknownKeys("a setup file", TOP_KEYS);
		Map<FieldScope, List<Field>> fields = new EnumMap<>(FieldScope.class);
		top.get("custom-fields").ifPresent((node) -> {
			YamlMap scopes = node.asMap("'custom-fields'");
			Map<String, FieldScope> byKey = new java.util.LinkedHashMap<>();
			for (FieldScope scope : FieldScope.values()) {
				byKey.put(scope.key(), scope);
			}
			scopes.rejectUnknownKeys("'custom-fields'", byKey.keySet());
			for (YamlMap.Entry entry : scopes.entries()) {
				FieldScope scope = byKey.get(entry.key());
				fields.put(scope,
						named(entry.value(), "a " + scope.key() + " custom field", (map) -> field(map, scope)));
			}
		});
		return new Setup(fields, top.get("lead-statuses").map((node) -> named(node, "a lead status", (map) -> {
			map.rejectUnknownKeys("a lead status", Set.of("label", "renamed-from"));
			return new Status(null, name(map, "label"), renamedFrom(map), null);
		})).orElse(List.of()),
				top.get("pipelines").map((node) -> named(node, "a pipeline", SetupFile::pipeline)).orElse(List.of()),
				top.get("custom-activity-types")
					.map((node) -> named(node, "a custom activity type", SetupFile::activityType))
					.orElse(List.of()),
				top.get("email-templates")
					.map((node) -> named(node, "an email template", SetupFile::emailTemplate))
					.orElse(List.of()),
				top.get("sms-templates")
					.map((node) -> named(node, "an SMS template", SetupFile::smsTemplate))
					.orElse(List.of()));
	}

	/**
	 * The items of a list, each read by {@code reader}; a plain value is a name (a status
	 * label written alone). Two items of one name are an error at the second.
	 */
	private static <T extends Setup.Named> List<T> named(YamlNode node, String what, Function<YamlMap, T> reader) {
		List<T> items = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (YamlNode item : listOf(node, what)) {
			YamlMap map = (item instanceof YamlScalar scalar) ? nameOnly(scalar, what) : item.asMap(what);
			T read = reader.apply(map);
			if (!seen.add(read.name().toLowerCase(Locale.ROOT))) {
				throw new ConfigError(item.location(), "'" + read.name() + "' is named twice",
						"each " + what.replaceFirst("^an? ", "") + " has a name of its own");
			}
			items.add(read);
		}
		return items;
	}

	private static YamlMap nameOnly(YamlScalar scalar, String what) {
		String key = what.endsWith("status") ? "label" : "name";
		return new YamlMap(Map.of(key, new YamlMap.Entry(key, scalar.location(), scalar)), scalar.location());
	}

	private static List<YamlNode> listOf(YamlNode node, String what) {
		if (node instanceof YamlScalar scalar && scalar.text() == null) {
			return List.of();
		}
		if (!(node instanceof YamlList list)) {
			throw new ConfigError(node.location(), "a list of " + what.replaceFirst("^an? ", "") + "s is expected here",
					"write one '- ' item per line");
		}
		return list.items();
	}

	private static Field field(YamlMap map, FieldScope scope) {
		Set<String> keys = new HashSet<>(FIELD_KEYS);
		if (scope == FieldScope.SHARED) {
			keys.add("associations");
		}
		map.rejectUnknownKeys("a custom field", keys);
		Field field = fieldValues(map, false);
		if (field.type() != null && field.type().equals("textarea")) {
			throw new ConfigError(map.require("type", "").location(), "textarea fields exist on custom activities only",
					"use 'text', or move the field under a custom activity type's 'fields'");
		}
		List<Association> associations = (scope == FieldScope.SHARED)
				? map.get("associations").map(SetupFile::associations).orElse(null) : null;
		return new Field(null, field.name(), field.renamedFrom(), field.type(), field.description(),
				field.multipleValues(), field.choices(), null, associations);
	}

	/**
	 * The keys every custom field has; a custom activity type's fields add 'required'.
	 */
	private static Field fieldValues(YamlMap map, boolean withRequired) {
		String name = name(map, "name");
		Optional<YamlNode> typeNode = map.get("type");
		String type = map.text("type").orElse(null);
		if (type != null && !FIELD_TYPES.contains(type)) {
			throw new ConfigError(typeNode.get().location(), "unknown custom field type '" + type + "'",
					"one of " + String.join(", ", FIELD_TYPES.stream().sorted().toList()));
		}
		List<String> choices = map.get("choices")
			.map((node) -> listOf(node, "a choice").stream().map((choice) -> choice.asText("a choice")).toList())
			.orElse(null);
		if (choices != null && type != null && !type.equals("choices")) {
			throw new ConfigError(map.get("choices").get().location(), "only a 'choices' field has choices",
					"remove 'choices', or write 'type: choices'");
		}
		if (type != null && type.equals("choices") && (choices == null || choices.isEmpty())) {
			throw new ConfigError(typeNode.get().location(), "a 'choices' field needs its choices",
					"add 'choices: [First, Second]'");
		}
		return new Field(null, name, renamedFrom(map), type, map.text("description").orElse(null),
				flag(map, "multiple-values"), choices, withRequired ? flag(map, "required") : null, null);
	}

	private static List<Association> associations(YamlNode node) {
		List<Association> associations = new ArrayList<>();
		for (YamlNode item : listOf(node, "an association")) {
			if (item instanceof YamlScalar scalar) {
				associations.add(new Association(objectType(scalar), null, null));
				continue;
			}
			YamlMap map = item.asMap("an association");
			map.rejectUnknownKeys("an association", Set.of("object", "custom-activity-type", "required"));
			Optional<YamlNode> object = map.get("object");
			Optional<String> activityType = map.text("custom-activity-type");
			if (object.isPresent() == activityType.isPresent()) {
				throw new ConfigError(map.location(), "an association names 'object' or 'custom-activity-type'",
						"write 'object: lead' (or contact, opportunity) or 'custom-activity-type: <its name>'");
			}
			associations.add(activityType.isPresent()
					? new Association("custom_activity_type", activityType.get(), flag(map, "required"))
					: new Association(objectType(object.get()), null, flag(map, "required")));
		}
		return associations;
	}

	private static String objectType(YamlNode node) {
		String object = node.asText("an association");
		if (!ASSOCIATION_OBJECTS.contains(object)) {
			throw new ConfigError(node.location(), "a shared field is associated with lead, contact or opportunity",
					"or with a custom activity type: '- custom-activity-type: <its name>'");
		}
		return object;
	}

	private static Pipeline pipeline(YamlMap map) {
		map.rejectUnknownKeys("a pipeline", Set.of("name", "renamed-from", "statuses"));
		List<Status> statuses = map.get("statuses").map((node) -> named(node, "an opportunity status", (status) -> {
			status.rejectUnknownKeys("an opportunity status", Set.of("label", "renamed-from", "type"));
			String type = status.text("type").orElse("active");
			if (!STATUS_TYPES.contains(type)) {
				throw new ConfigError(status.require("type", "").location(), "unknown status type '" + type + "'",
						"one of active, won, lost");
			}
			return new Status(null, name(status, "label"), renamedFrom(status), type);
		})).orElse(List.of());
		return new Pipeline(null, name(map, "name"), renamedFrom(map), statuses);
	}

	private static ActivityType activityType(YamlMap map) {
		map.rejectUnknownKeys("a custom activity type",
				Set.of("name", "renamed-from", "description", "api-create-only", "fields"));
		List<Field> fields = map.get("fields")
			.map((node) -> named(node, "a field of a custom activity type", (field) -> {
				Set<String> keys = new HashSet<>(FIELD_KEYS);
				keys.add("required");
				field.rejectUnknownKeys("a field of a custom activity type", keys);
				return fieldValues(field, true);
			}))
			.orElse(List.of());
		return new ActivityType(null, name(map, "name"), renamedFrom(map), map.text("description").orElse(null),
				flag(map, "api-create-only"), fields);
	}

	private static EmailTemplate emailTemplate(YamlMap map) {
		map.rejectUnknownKeys("an email template",
				Set.of("name", "renamed-from", "subject", "body", "shared", "archived"));
		return new EmailTemplate(null, name(map, "name"), renamedFrom(map), map.text("subject").orElse(null),
				map.text("body").orElse(null), flag(map, "shared"), flag(map, "archived"));
	}

	private static SmsTemplate smsTemplate(YamlMap map) {
		map.rejectUnknownKeys("an SMS template", Set.of("name", "renamed-from", "text", "shared", "archived"));
		return new SmsTemplate(null, name(map, "name"), renamedFrom(map), map.text("text").orElse(null),
				flag(map, "shared"), flag(map, "archived"));
	}

	private static String name(YamlMap map, String key) {
		YamlNode node = map.require(key, "an entry");
		String name = node.asText("'" + key + "'").strip();
		if (name.isEmpty()) {
			throw new ConfigError(node.location(), "'" + key + "' is empty", "write the name as Close shows it");
		}
		return name;
	}

	private static String renamedFrom(YamlMap map) {
		return map.text("renamed-from").map(String::strip).orElse(null);
	}

	private static Boolean flag(YamlMap map, String key) {
		return map.has(key) ? map.flag(key, false) : null;
	}

}
