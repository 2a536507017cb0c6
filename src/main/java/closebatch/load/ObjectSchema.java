package closebatch.load;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import closebatch.close.CloseClient;
import closebatch.close.Query;
import closebatch.mapping.CustomFieldSpec;
import closebatch.mapping.MappingError;
import closebatch.mapping.ObjectMapper;
import closebatch.mapping.ObjectType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The organization's names an object mapping uses beside its custom fields, resolved to
 * Close ids once per step: users by email, opportunity statuses by label, and a custom
 * activity type by name.
 *
 * @param fields the custom fields (and the lead's hidden key field)
 * @param userIds user ids by lower-cased email
 * @param statusIds opportunity status ids by lower-cased label; a label several pipelines
 * share maps to several ids
 * @param statusLabels the labels as Close spells them, for messages
 * @param customActivityTypeId the custom activity type's id, or {@code null}
 * @param activityFields the custom activity type's fields the mapping fills, by name
 */
public record ObjectSchema(CloseSchema fields, Map<String, String> userIds, Map<String, List<String>> statusIds,
		List<String> statusLabels, String customActivityTypeId, Map<String, JsonNode> activityFields) {

	public ObjectSchema {
		userIds = Map.copyOf(userIds);
		statusIds = Map.copyOf(statusIds);
		statusLabels = List.copyOf(statusLabels);
		activityFields = Map.copyOf(activityFields);
	}

	/**
	 * Resolves what the mapping names.
	 * @param resolver creates the custom activity fields the mapping may create
	 * @throws MappingError if the mapping names a custom activity type or field the
	 * organization lacks and may not create
	 */
	public static ObjectSchema resolve(CloseClient client, ObjectMapper mapper, CloseSchema fields,
			SchemaResolver resolver) {
		Map<String, String> users = new HashMap<>();
		client.listAll("user/", Query.empty())
			.forEach((user) -> users.putIfAbsent(user.path("email").asString("").toLowerCase(Locale.ROOT),
					user.path("id").asString()));
		Map<String, List<String>> statuses = Map.of();
		List<String> labels = List.of();
		if (mapper.type() == ObjectType.OPPORTUNITY) {
			List<JsonNode> all = client.get("status/opportunity/").path("data").values().stream().toList();
			statuses = all.stream()
				.collect(Collectors.groupingBy((status) -> status.path("label").asString("").toLowerCase(Locale.ROOT),
						Collectors.mapping((status) -> status.path("id").asString(), Collectors.toList())));
			labels = all.stream().map((status) -> status.path("label").asString("")).distinct().toList();
		}
		String typeId = null;
		Map<String, JsonNode> activityFields = new HashMap<>();
		if (mapper.customActivityType() != null) {
			JsonNode type = customActivityType(client, mapper);
			typeId = type.path("id").asString();
			Map<String, JsonNode> byName = new HashMap<>();
			type.path("fields").forEach((field) -> byName.putIfAbsent(field.path("name").asString(""), field));
			for (CustomFieldSpec spec : mapper.customFields()) {
				JsonNode field = byName.get(spec.name());
				if (field == null) {
					ObjectNode extra = JsonNodeFactory.instance.objectNode().put("custom_activity_type_id", typeId);
					field = resolver.createMissing(spec, extra);
					if (!field.has("type")) {
						field = ((ObjectNode) field.deepCopy()).put("type", spec.type());
					}
				}
				else if (spec.type() != null && !spec.type().equals(field.path("type").asString(""))) {
					throw new MappingError(spec.location(),
							"the field '" + spec.name() + "' of custom activity type '" + mapper.customActivityType()
									+ "' is a " + field.path("type").asString() + " field in Close, not " + spec.type(),
							"declare 'type: " + field.path("type").asString() + "', or map to another field");
				}
				activityFields.put(spec.name(), field);
			}
		}
		return new ObjectSchema(fields, users, statuses, labels, typeId, activityFields);
	}

	/**
	 * The mapping's custom activity type with its fields, created when the mapping says
	 * so; a create whose answer was lost is looked up by name before it is sent again.
	 */
	private static JsonNode customActivityType(CloseClient client, ObjectMapper mapper) {
		Supplier<Optional<JsonNode>> find = () -> client.get("custom_activity/")
			.path("data")
			.values()
			.stream()
			.filter((type) -> mapper.customActivityType().equals(type.path("name").asString("")))
			.findFirst();
		// Close lists every custom activity type on one page.
		Optional<JsonNode> found = find.get();
		if (found.isPresent()) {
			return found.get();
		}
		if (!mapper.createType()) {
			throw new MappingError(mapper.typeLocation(),
					"Close has no custom activity type named '" + mapper.customActivityType() + "'",
					"create it in Close (Settings > Custom Activities), fix the name, or write "
							+ "'type: {name: ..., create-missing: true}' to create it on the next run");
		}
		return client.createOnce("custom_activity/",
				JsonNodeFactory.instance.objectNode().put("name", mapper.customActivityType()), find);
	}

	/** The id of a custom field the mapping fills. */
	String fieldId(CustomFieldSpec.Owner owner, String name) {
		return (owner == CustomFieldSpec.Owner.ACTIVITY) ? this.activityFields.get(name).path("id").asString()
				: this.fields.fieldId(owner, name);
	}

	/** Whether a custom field holds several values. */
	boolean holdsSeveral(CustomFieldSpec.Owner owner, String name) {
		return (owner == CustomFieldSpec.Owner.ACTIVITY)
				? this.activityFields.get(name).path("accepts_multiple_values").asBoolean(false)
				: this.fields.holdsSeveral(this.fields.fieldId(owner, name));
	}

	/** The type of a custom activity field ({@code user}, {@code contact}...). */
	String activityFieldType(String name) {
		JsonNode field = this.activityFields.get(name);
		return (field != null) ? field.path("type").asString("") : "";
	}

	/** The id of the user with this email, compared without case. */
	Optional<String> userId(String email) {
		return Optional.ofNullable(this.userIds.get(email.toLowerCase(Locale.ROOT)));
	}

	/** The ids of the opportunity statuses with this label, compared without case. */
	List<String> statusIds(String label) {
		return this.statusIds.getOrDefault(label.strip().toLowerCase(Locale.ROOT), List.of());
	}

}
