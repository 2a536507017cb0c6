package closebatch.mapping;

import java.util.List;
import java.util.Map;

/** The compiled mapping of one contact of a row. Absent fields are {@code null}. */
record ContactMapping(FieldMapping name, FieldMapping title, List<TypedField> emails, List<TypedField> phones,
		List<TypedField> urls, List<CustomField> custom) {

	ContactRecord map(Map<String, String> cells) throws FieldRejected {
		return new ContactRecord(value(this.name, cells), value(this.title, cells),
				TypedField.all(this.emails, cells, ContactEmail::new),
				TypedField.all(this.phones, cells, ContactPhone::new),
				TypedField.all(this.urls, cells, ContactUrl::new), CustomField.values(this.custom, cells));
	}

	static String value(FieldMapping field, Map<String, String> cells) throws FieldRejected {
		return (field != null) ? field.value(cells) : null;
	}

}
