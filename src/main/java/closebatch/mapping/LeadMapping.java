package closebatch.mapping;

import java.util.List;

/** The compiled lead part of a mapping. Absent fields are {@code null}. */
record LeadMapping(FieldMapping name, FieldMapping url, FieldMapping description, FieldMapping status,
		List<AddressMapping> addresses, List<CustomField> custom) {

	LeadMapping {
		addresses = List.copyOf(addresses);
		custom = List.copyOf(custom);
	}

}
