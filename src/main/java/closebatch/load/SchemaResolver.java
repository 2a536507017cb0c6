package closebatch.load;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;

import closebatch.mapping.Identity;
import closebatch.close.CloseClient;
import closebatch.close.Query;
import closebatch.mapping.CustomFieldSpec;
import closebatch.mapping.MappingError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Resolves a mapping's lead statuses and custom fields against the organization, once per
 * run, before any record is written.
 *
 * <p>
 * A custom field is found by its exact name. One that does not exist is created when the
 * mapping says {@code create-missing: true} (in a dry run it is only reported), and is
 * otherwise a {@link MappingError} at the line that names it: the job stops before it
 * writes anything. The hidden key field is created on demand the same way.
 */
public final class SchemaResolver {

	private static final Logger log = LoggerFactory.getLogger(SchemaResolver.class);

	private final CloseClient client;

	private final boolean dryRun;

	/**
	 * @param client the target
	 * @param dryRun whether to leave missing fields uncreated (validate, --dry-run)
	 */
	public SchemaResolver(CloseClient client, boolean dryRun) {
		this.client = client;
		this.dryRun = dryRun;
	}

	/**
	 * Resolves the fields a mapping names.
	 * @throws MappingError if a field does not exist and may not be created, or exists
	 * with another type than the mapping declares
	 */
	public CloseSchema resolve(List<CustomFieldSpec> specs) {
		Map<String, String> statusIds = new HashMap<>();
		List<String> statusLabels = new ArrayList<>();
		for (JsonNode status : this.client.get("status/lead/").path("data").values()) {
			String label = status.path("label").asString("");
			statusIds.putIfAbsent(label.strip().toLowerCase(Locale.ROOT), status.path("id").asString());
			statusLabels.add(label);
		}
		Map<CustomFieldSpec.Owner, Map<String, JsonNode>> existing = new EnumMap<>(CustomFieldSpec.Owner.class);
		Map<CustomFieldSpec.Owner, Map<String, String>> fieldIds = new EnumMap<>(CustomFieldSpec.Owner.class);
		List<String> multiple = new ArrayList<>();
		Set<String> created = new HashSet<>();
		// A custom activity type's fields are its own: ObjectSchema resolves them.
		List<CustomFieldSpec> resolved = specs.stream()
			.filter((spec) -> spec.owner() != CustomFieldSpec.Owner.ACTIVITY)
			.toList();
		Set<CustomFieldSpec.Owner> owners = EnumSet.of(CustomFieldSpec.Owner.LEAD);
		resolved.forEach((spec) -> owners.add(spec.owner()));
		for (CustomFieldSpec.Owner owner : owners) {
			Map<String, JsonNode> byName = new LinkedHashMap<>();
			this.client.listAll(path(owner), Query.empty())
				.forEach((field) -> byName.putIfAbsent(field.path("name").asString(""), field));
			existing.put(owner, byName);
			fieldIds.put(owner, new HashMap<>());
		}
		for (CustomFieldSpec spec : resolved) {
			JsonNode field = existing.get(spec.owner()).get(spec.name());
			if (field == null) {
				field = createMissing(spec, JsonNodeFactory.instance.objectNode());
				created.add(field.path("id").asString());
			}
			else if (spec.type() != null && !spec.type().equals(field.path("type").asString(""))) {
				throw new MappingError(spec.location(),
						describe(spec) + " is a " + field.path("type").asString() + " field in Close, not "
								+ spec.type(),
						"declare 'type: " + field.path("type").asString() + "', or map to another field");
			}
			String id = field.path("id").asString();
			fieldIds.get(spec.owner()).put(spec.name(), id);
			if (field.path("accepts_multiple_values").asBoolean(false)) {
				multiple.add(id);
			}
		}
		JsonNode keyField = existing.get(CustomFieldSpec.Owner.LEAD).get(Identity.KEY_FIELD);
		String keyFieldId = (keyField != null) ? keyField.path("id").asString() : createKeyField();
		if (keyField == null && keyFieldId != null) {
			created.add(keyFieldId);
		}
		return new CloseSchema(statusIds, statusLabels, fieldIds, multiple, keyFieldId, created);
	}

	/**
	 * A field the organization lacks, created when the mapping says
	 * {@code create-missing} (in a dry run, a placeholder): the body to create it with
	 * holds its name, type and choices, and {@code extra} (such as the custom activity
	 * type it belongs to).
	 * @throws MappingError when the mapping does not say so
	 */
	JsonNode createMissing(CustomFieldSpec spec, ObjectNode extra) {
		if (!spec.createMissing()) {
			throw new MappingError(spec.location(), "Close has no " + describe(spec),
					"create it in Close (Settings > Custom Fields), fix the name, or add 'create-missing: true' "
							+ "and its 'type' to create it on the next run");
		}
		if (this.dryRun) {
			log.info("Would create the {} (a dry run creates nothing)", describe(spec));
			ObjectNode placeholder = JsonNodeFactory.instance.objectNode();
			placeholder.put("id", CloseSchema.NOT_CREATED_YET);
			placeholder.put("accepts_multiple_values", CustomFieldSpec.MULTIPLE_VALUE_TYPES.contains(spec.type()));
			return placeholder;
		}
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		body.put("name", spec.name());
		body.put("type", spec.type());
		body.setAll(extra);
		if (!spec.choices().isEmpty()) {
			spec.choices().forEach(body.putArray("choices")::add);
		}
		if ("choices".equals(spec.type()) || "user".equals(spec.type())) {
			// A mapping may split a cell into several values; a field that accepts
			// several
			// also takes one.
			body.put("accepts_multiple_values", true);
		}
		JsonNode created = createField(spec.owner(), body);
		log.info("Created the {} ({})", describe(spec), created.path("id").asString());
		return created;
	}

	private String createKeyField() {
		if (this.dryRun) {
			return null;
		}
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		body.put("name", Identity.KEY_FIELD);
		body.put("type", "hidden");
		body.put("description", "Written by closebatch: the record key each import finds its lead by again.");
		String id = createField(CustomFieldSpec.Owner.LEAD, body).path("id").asString();
		log.info("Created the hidden lead field {} ({})", Identity.KEY_FIELD, id);
		return id;
	}

	/**
	 * Creates a field; a create whose answer was lost is looked up by name before it is
	 * sent again, so a field is never made twice.
	 */
	private JsonNode createField(CustomFieldSpec.Owner owner, ObjectNode body) {
		String name = body.path("name").asString();
		return this.client.createOnce(path(owner), body,
				() -> this.client.listAll(path(owner), Query.empty())
					.filter((field) -> name.equals(field.path("name").asString("")))
					.findFirst());
	}

	private static String path(CustomFieldSpec.Owner owner) {
		return "custom_field/" + owner.name().toLowerCase(Locale.ROOT) + "/";
	}

	private static String describe(CustomFieldSpec spec) {
		return spec.owner().name().toLowerCase(Locale.ROOT) + " custom field named '" + spec.name() + "'";
	}

}
