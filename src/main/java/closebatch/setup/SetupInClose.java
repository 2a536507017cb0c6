package closebatch.setup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import closebatch.close.CloseClient;
import closebatch.close.Query;
import closebatch.setup.Setup.ActivityType;
import closebatch.setup.Setup.Association;
import closebatch.setup.Setup.EmailTemplate;
import closebatch.setup.Setup.Field;
import closebatch.setup.Setup.FieldScope;
import closebatch.setup.Setup.Pipeline;
import closebatch.setup.Setup.SmsTemplate;
import closebatch.setup.Setup.Status;
import tools.jackson.databind.JsonNode;

/**
 * Reads a target's setup, in an order that does not depend on when things were made where
 * Close gives no order of its own: custom fields, custom activity types and templates by
 * name; statuses, pipelines and the fields of a custom activity type as Close orders
 * them.
 */
public final class SetupInClose {

	private static final Comparator<Setup.Named> BY_NAME = Comparator
		.comparing((Setup.Named named) -> named.name().toLowerCase(java.util.Locale.ROOT))
		.thenComparing(Setup.Named::name);

	private SetupInClose() {
	}

	public static Setup read(CloseClient client) {
		// Close lists every custom activity type on one page, without paging parameters.
		List<JsonNode> types = client.get("custom_activity/").path("data").values().stream().toList();
		Map<String, String> typeNames = new HashMap<>();
		types.forEach((type) -> typeNames.put(type.path("id").asString(), type.path("name").asString()));
		Map<FieldScope, List<Field>> fields = new EnumMap<>(FieldScope.class);
		for (FieldScope scope : FieldScope.values()) {
			fields.put(scope, sorted(all(client, "custom_field/" + scope.key() + "/"),
					(field) -> field(field, associations(field, typeNames))));
		}
		List<ActivityType> activityTypes = sorted(types, (type) -> {
			List<Field> own = new ArrayList<>();
			for (JsonNode field : type.path("fields")) {
				if (!field.path("is_shared").asBoolean(false)) {
					own.add(field(field, null));
				}
			}
			return new ActivityType(type.path("id").asString(), type.path("name").asString(), null,
					text(type, "description"), type.path("api_create_only").asBoolean(false), own);
		});
		List<Status> leadStatuses = all(client, "status/lead/").stream()
			.map((status) -> new Status(status.path("id").asString(), status.path("label").asString(), null, null))
			.toList();
		List<Pipeline> pipelines = all(client, "pipeline/").stream()
			.map((pipeline) -> new Pipeline(pipeline.path("id").asString(), pipeline.path("name").asString(), null,
					pipeline.path("statuses")
						.values()
						.stream()
						.map((status) -> new Status(status.path("id").asString(), status.path("label").asString(), null,
								status.path("status_type").asString(status.path("type").asString(""))))
						.toList()))
			.toList();
		List<EmailTemplate> emailTemplates = sorted(all(client, "email_template/"),
				(template) -> new EmailTemplate(template.path("id").asString(), template.path("name").asString(), null,
						text(template, "subject"), text(template, "body"), template.path("is_shared").asBoolean(false),
						template.path("is_archived").asBoolean(false)));
		List<SmsTemplate> smsTemplates = sorted(all(client, "sms_template/"),
				(template) -> new SmsTemplate(template.path("id").asString(), template.path("name").asString(), null,
						text(template, "text"), template.path("is_shared").asBoolean(false),
						"archived".equals(template.path("status").asString(""))));
		return new Setup(fields, leadStatuses, pipelines, activityTypes, emailTemplates, smsTemplates);
	}

	private static Field field(JsonNode field, List<Association> associations) {
		List<String> choices = field.path("choices").isArray()
				? field.path("choices").values().stream().map((choice) -> choice.asString("")).toList() : null;
		Boolean required = field.has("custom_activity_type_id") || field.has("required")
				? field.path("required").asBoolean(false) : null;
		return new Field(field.path("id").asString(), field.path("name").asString(), null,
				field.path("type").asString(), text(field, "description"),
				field.path("accepts_multiple_values").asBoolean(false), choices, required, associations);
	}

	/**
	 * A shared field's associations: lead, contact, opportunity first, then custom
	 * activity types by name.
	 */
	private static List<Association> associations(JsonNode field, Map<String, String> typeNames) {
		if (!field.has("associations")) {
			return null;
		}
		List<Association> associations = new ArrayList<>();
		for (JsonNode association : field.path("associations")) {
			String object = association.path("object_type").asString("");
			String typeId = association.path("custom_activity_type_id").asString(null);
			String typeName = (typeId == null) ? null : typeNames.getOrDefault(typeId, typeId);
			associations.add(new Association(object, typeName, association.path("required").asBoolean(false)));
		}
		associations.sort(Comparator
			.comparing((Association association) -> association.customActivityType() != null
					|| !SetupFile.ASSOCIATION_OBJECTS.contains(association.objectType()))
			.thenComparing((Association association) -> List.of("lead", "contact", "opportunity")
				.indexOf(association.objectType()))
			.thenComparing((Association association) -> String.valueOf(association.customActivityType())));
		return associations;
	}

	private static String text(JsonNode node, String key) {
		JsonNode value = node.path(key);
		return (value.isNull() || value.isMissingNode() || value.asString("").isEmpty()) ? null : value.asString();
	}

	private static List<JsonNode> all(CloseClient client, String path) {
		return client.listAll(path, Query.empty()).toList();
	}

	private static <T extends Setup.Named> List<T> sorted(List<JsonNode> nodes, Function<JsonNode, T> reader) {
		return nodes.stream().map(reader).sorted(BY_NAME).toList();
	}

}
