package closebatch.mapping;

import java.util.List;
import java.util.Map;

/** The compiled mapping of one contact of a row. Absent fields are {@code null}. */
record ContactMapping(FieldMapping name, FieldMapping title, List<TypedField> emails, List<TypedField> phones,
		List<TypedField> urls, List<CustomField> custom) {

	ContactRecord map(Map<String, String> cells) throws FieldRejected {
		FieldCollector fields = new FieldCollector(cells);
		return new ContactRecord(fields.value("name", this.name), fields.value("title", this.title),
				TypedField.all(this.emails, cells, ContactEmail::new),
				TypedField.all(this.phones, cells, ContactPhone::new),
				TypedField.all(this.urls, cells, ContactUrl::new), fields.custom(this.custom), fields.rules());
	}

	static String value(FieldMapping field, Map<String, String> cells) throws FieldRejected {
		return (field != null) ? field.value(cells) : null;
	}

}
