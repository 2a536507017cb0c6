package closebatch.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;

import closebatch.mapping.ContactLink;
import closebatch.mapping.CustomFieldSpec;
import closebatch.mapping.ObjectField;
import closebatch.mapping.ObjectRecord;
import closebatch.mapping.ObjectType;
import closebatch.report.RowError;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns an object of a lead into Close request bodies, with users, statuses, its lead,
 * contact and custom fields resolved to ids: as an update writes it (what the file holds,
 * {@code null} for what a blank clears) and as a create does (with the values only a
 * create writes, and a historical {@code date_created}).
 */
final class ObjectPayloads {

	/** Fields Close takes only when an object is created: its history. */
	private static final List<String> CREATE_ONLY = List.of("date_created", "created_by");

	private final ObjectSchema schema;

	private final CustomFieldSpec.Owner owner;

	private final StatusCreator statuses;

	/** The statuses created here, by lower-cased label. */
	private final Map<String, String> createdStatuses = new java.util.concurrent.ConcurrentHashMap<>();

	/** Creates an opportunity status the organization lacks, and gives its id. */
	@FunctionalInterface
	interface StatusCreator {

		String create(String label);

	}

	/**
	 * @param statuses creates a missing opportunity status, or {@code null} when the
	 * mapping does not ask for that
	 */
	ObjectPayloads(ObjectSchema schema, ObjectType type, StatusCreator statuses) {
		this.schema = schema;
		this.statuses = statuses;
		this.owner = (type == ObjectType.OPPORTUNITY) ? CustomFieldSpec.Owner.OPPORTUNITY
				: CustomFieldSpec.Owner.ACTIVITY;
	}

	/**
	 * The object as an update writes it.
	 * @throws RowRejected if a user or status the row names is not the organization's
	 */
	ObjectNode update(ObjectRecord object, String leadId, String contactId, ContactIds contacts) throws RowRejected {
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		body.put("lead_id", leadId);
		if (contactId != null) {
			body.put("contact_id", contactId);
		}
		if (this.schema.customActivityTypeId() != null) {
			body.put("custom_activity_type_id", this.schema.customActivityTypeId());
		}
		for (Map.Entry<String, String> value : object.fields().entrySet()) {
			if (!CREATE_ONLY.contains(value.getKey())) {
				put(body, object.type(), value.getKey(), value.getValue());
			}
		}
		putCustom(body, object.custom(), contacts);
		for (String cleared : object.rules().clear()) {
			body.putNull(bodyName(object.type(), cleared));
		}
		return body;
	}

	/** The object as a create writes it. */
	ObjectNode create(ObjectRecord object, String leadId, String contactId, ContactIds contacts) throws RowRejected {
		ObjectNode body = update(object, leadId, contactId, contacts);
		List<String> nulls = body.properties()
			.stream()
			.filter((entry) -> entry.getValue().isNull())
			.map(Map.Entry::getKey)
			.toList();
		body.remove(nulls);
		for (String field : CREATE_ONLY) {
			if (object.fields().containsKey(field)) {
				put(body, object.type(), field, object.fields().get(field));
			}
		}
		for (Map.Entry<String, List<String>> value : object.rules().createOnly().entrySet()) {
			if (value.getKey().startsWith("custom.")) {
				putCustom(body, Map.of(value.getKey().substring("custom.".length()), value.getValue()), contacts);
			}
			else if (object.type().fields().containsKey(value.getKey())) {
				put(body, object.type(), value.getKey(), value.getValue().get(0));
			}
		}
		return body;
	}

	private void put(ObjectNode body, ObjectType type, String name, String value) throws RowRejected {
		ObjectField field = type.fields().get(name);
		switch (field.kind()) {
			case WHOLE_NUMBER, PERCENT -> body.put(field.bodyName(), Long.parseLong(value));
			case BOOLEAN -> body.put(field.bodyName(), Boolean.parseBoolean(value));
			case USER -> body.put(field.bodyName(),
					this.schema.userId(value)
						.orElseThrow(() -> new RowRejected(RowError.of(LoadError.UNKNOWN_USER, name,
								"no user of the organization has the email address '" + value + "'"))));
			case STATUS -> body.put(field.bodyName(), statusId(name, value));
			default -> body.put(field.bodyName(), value);
		}
	}

	private String statusId(String name, String label) throws RowRejected {
		List<String> ids = this.schema.statusIds(label);
		if (ids.size() == 1) {
			return ids.get(0);
		}
		if (ids.isEmpty() && this.statuses != null) {
			return this.createdStatuses.computeIfAbsent(label.strip().toLowerCase(Locale.ROOT),
					(key) -> this.statuses.create(label.strip()));
		}
		throw new RowRejected(RowError.of(LoadError.UNKNOWN_STATUS, name,
				ids.isEmpty()
						? "no opportunity status named '" + label + "'; the organization has "
								+ String.join(", ", this.schema.statusLabels())
						: "several pipelines have an opportunity status named '" + label + "'"));
	}

	private String bodyName(ObjectType type, String field) {
		if (field.startsWith("custom.")) {
			return "custom." + this.schema.fieldId(this.owner, field.substring("custom.".length()));
		}
		ObjectField known = type.fields().get(field);
		return (known != null) ? known.bodyName() : field;
	}

	/** Finds the id of a contact of the object's lead by email address or name. */
	@FunctionalInterface
	interface ContactIds {

		Optional<String> find(ContactLink link);

	}

	/**
	 * Puts custom values by field id; a {@code user} field of a custom activity takes
	 * users by email, a {@code contact} field contacts of the lead by email or name.
	 */
	private void putCustom(ObjectNode body, Map<String, List<String>> values, ContactIds contacts) throws RowRejected {
		for (Map.Entry<String, List<String>> value : values.entrySet()) {
			String name = value.getKey();
			List<String> items = new ArrayList<>();
			for (String item : value.getValue()) {
				items.add(reference(name, item, contacts));
			}
			String key = "custom." + this.schema.fieldId(this.owner, name);
			if (items.size() == 1 && !this.schema.holdsSeveral(this.owner, name)) {
				body.put(key, items.get(0));
			}
			else {
				ArrayNode list = body.putArray(key);
				items.forEach(list::add);
			}
		}
	}

	private String reference(String field, String value, ContactIds contacts) throws RowRejected {
		String type = (this.owner == CustomFieldSpec.Owner.ACTIVITY) ? this.schema.activityFieldType(field) : "";
		if (type.equals("user")) {
			return this.schema.userId(value)
				.orElseThrow(() -> new RowRejected(RowError.of(LoadError.UNKNOWN_USER, "custom." + field,
						"no user of the organization has the email address '" + value + "'")));
		}
		if (type.equals("contact")) {
			ContactLink link = value.contains("@") ? new ContactLink(value.strip().toLowerCase(Locale.ROOT), null)
					: new ContactLink(null, value.strip());
			return contacts.find(link)
				.orElseThrow(() -> new RowRejected(RowError.of(LoadError.LINK_NOT_FOUND, "custom." + field,
						"the lead has no contact with the " + link.describe())));
		}
		return value;
	}

}
