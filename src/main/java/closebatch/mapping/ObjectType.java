package closebatch.mapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import closebatch.mapping.ObjectField.Kind;

/**
 * The Close objects of a lead that a mapping can load besides the lead itself, each with
 * the key that holds its fields in a mapping file, its endpoint, and the fields the docs
 * let a client write.
 */
public enum ObjectType {

	OPPORTUNITY("opportunity", "opportunity/", true,
			List.of(new ObjectField("note", Kind.TEXT), new ObjectField("value", Kind.WHOLE_NUMBER),
					new ObjectField("value_period", Kind.CHOICE, Set.of("one_time", "monthly", "annual")),
					new ObjectField("value_currency", Kind.TEXT), new ObjectField("status", Kind.STATUS),
					new ObjectField("confidence", Kind.PERCENT), new ObjectField("date_won", Kind.DATE),
					new ObjectField("user", Kind.USER), new ObjectField("date_created", Kind.DATETIME),
					new ObjectField("created_by", Kind.USER))),

	TASK("task", "task/", false,
			List.of(new ObjectField("text", Kind.TEXT), new ObjectField("date", Kind.DATE_OR_DATETIME),
					new ObjectField("assigned_to", Kind.USER), new ObjectField("is_complete", Kind.BOOLEAN),
					new ObjectField("date_created", Kind.DATETIME), new ObjectField("created_by", Kind.USER))),

	NOTE("note", "activity/note/", false,
			List.of(new ObjectField("note", Kind.TEXT), new ObjectField("note_html", Kind.TEXT),
					new ObjectField("user", Kind.USER), new ObjectField("date_created", Kind.DATETIME),
					new ObjectField("created_by", Kind.USER), new ObjectField("activity_at", Kind.DATETIME))),

	CALL("call", "activity/call/", false,
			List.of(new ObjectField("note", Kind.TEXT), new ObjectField("note_html", Kind.TEXT),
					new ObjectField("direction", Kind.CHOICE, Set.of("inbound", "outbound")),
					new ObjectField("duration", Kind.WHOLE_NUMBER), new ObjectField("phone", Kind.TEXT),
					new ObjectField("disposition", Kind.CHOICE,
							Set.of("answered", "no-answer", "vm-answer", "vm-left", "busy", "blocked", "error",
									"abandoned")),
					new ObjectField("user", Kind.USER), new ObjectField("date_created", Kind.DATETIME),
					new ObjectField("created_by", Kind.USER), new ObjectField("activity_at", Kind.DATETIME))),

	CUSTOM_ACTIVITY("custom-activity", "activity/custom/", true,
			List.of(new ObjectField("status", Kind.CHOICE, Set.of("draft", "published")),
					new ObjectField("user", Kind.USER), new ObjectField("date_created", Kind.DATETIME),
					new ObjectField("created_by", Kind.USER), new ObjectField("activity_at", Kind.DATETIME)));

	private final String key;

	private final String path;

	private final boolean customFields;

	private final Map<String, ObjectField> fields = new LinkedHashMap<>();

	ObjectType(String key, String path, boolean customFields, List<ObjectField> fields) {
		this.key = key;
		this.path = path;
		this.customFields = customFields;
		fields.forEach((field) -> this.fields.put(field.name(), field));
	}

	/** The mapping file's key that holds the object's fields, and its name in reports. */
	public String key() {
		return this.key;
	}

	/** The endpoint objects of this type are created at, relative to the API's root. */
	public String path() {
		return this.path;
	}

	/** Whether objects of this type carry custom fields. */
	public boolean hasCustomFields() {
		return this.customFields;
	}

	/** The fields a mapping can fill, by their key in the mapping. */
	public Map<String, ObjectField> fields() {
		return Map.copyOf(this.fields);
	}

	Optional<ObjectField> field(String name) {
		return Optional.ofNullable(this.fields.get(name));
	}

	List<String> fieldNames() {
		return List.copyOf(this.fields.keySet());
	}

	/** The type whose fields the mapping key holds. */
	static Optional<ObjectType> ofKey(String key) {
		for (ObjectType type : values()) {
			if (type.key.equals(key)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

}
