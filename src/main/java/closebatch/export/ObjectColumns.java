package closebatch.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import closebatch.mapping.ObjectType;

/**
 * The columns of an export of one kind of object of leads, and the field of an object
 * mapping ({@link ObjectType}) each imports back into.
 *
 * <p>
 * Every row starts with the object's id, its lead's id, the lead's key (the hidden
 * {@code closebatch_key} value, {@code <namespace>:<key>}, of a lead an import created)
 * and name, and the email of its contact. Users are exported by email and statuses by
 * label, as an import names them; the ids are not. Notes and calls carry their HTML,
 * which the mapping imports (Close derives the text from it), and their text for people.
 */
enum ObjectColumns {

	OPPORTUNITY(ObjectType.OPPORTUNITY, true,
			List.of(field("note"), field("value"), field("value_period"), field("value_currency"),
					field("status", "status_label"), field("confidence"), field("date_won"),
					field("user", ObjectLinks.USER_EMAIL), field("date_created")),
			List.of()),

	TASK(ObjectType.TASK, false,
			List.of(field("text"), field("date"), field("assigned_to", ObjectLinks.ASSIGNED_TO_EMAIL),
					field("is_complete"), field("date_created")),
			List.of()),

	NOTE(ObjectType.NOTE, true,
			List.of(field("note_html"), field("user", ObjectLinks.USER_EMAIL), field("date_created"),
					field("activity_at")),
			List.of("note")),

	CALL(ObjectType.CALL, true,
			List.of(field("direction"), field("duration"), field("phone"), field("disposition"), field("note_html"),
					field("user", ObjectLinks.USER_EMAIL), field("date_created"), field("activity_at")),
			List.of("note")),

	CUSTOM_ACTIVITY(ObjectType.CUSTOM_ACTIVITY, true, List.of(field("status"), field("user", ObjectLinks.USER_EMAIL),
			field("date_created"), field("activity_at")), List.of(ObjectLinks.CUSTOM_ACTIVITY_TYPE));

	/** The lead's columns every row starts with, after the object's id. */
	static final List<String> LEAD_COLUMNS = List.of("lead_id", ObjectLinks.LEAD_KEY, ObjectLinks.LEAD_NAME);

	private final ObjectType type;

	private final boolean contact;

	private final List<Imported> imported;

	private final List<String> extra;

	ObjectColumns(ObjectType type, boolean contact, List<Imported> imported, List<String> extra) {
		this.type = type;
		this.contact = contact;
		this.imported = imported;
		this.extra = extra;
	}

	/**
	 * A column an import reads back, and the mapping field it fills.
	 *
	 * @param field the object mapping's field ({@code user}, {@code status})
	 * @param column the column ({@code user_email}, {@code status_label})
	 */
	record Imported(String field, String column) {
	}

	private static Imported field(String name) {
		return new Imported(name, name);
	}

	private static Imported field(String name, String column) {
		return new Imported(name, column);
	}

	/** The object type a list endpoint ({@code activity/note}) returns, if it is one. */
	static Optional<ObjectColumns> ofEndpoint(String endpoint) {
		for (ObjectColumns columns : values()) {
			if (columns.type.path().equals(endpoint + "/")) {
				return Optional.of(columns);
			}
		}
		return Optional.empty();
	}

	ObjectType type() {
		return this.type;
	}

	/** Whether the objects name a contact of their lead. */
	boolean hasContact() {
		return this.contact;
	}

	/** The columns an import reads back, in order. */
	List<Imported> imported() {
		return this.imported;
	}

	/**
	 * The regular columns, in order: ids and lead, contact, fields, then text for people.
	 */
	List<String> regularColumns() {
		List<String> columns = new ArrayList<>();
		columns.add("id");
		columns.addAll(LEAD_COLUMNS);
		if (this.contact) {
			columns.add(ObjectLinks.CONTACT_EMAIL);
		}
		this.imported.forEach((field) -> columns.add(field.column()));
		columns.addAll(this.extra);
		columns.add("date_updated");
		return columns;
	}

}
