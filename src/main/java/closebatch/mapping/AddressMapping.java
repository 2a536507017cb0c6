package closebatch.mapping;

import java.util.Map;

/** The compiled mapping of one address of a row. Absent fields are {@code null}. */
record AddressMapping(String label, FieldMapping address1, FieldMapping address2, FieldMapping city, FieldMapping state,
		FieldMapping zipcode, FieldMapping country) {

	/** The address, or {@code null} when the row gives none of its parts. */
	AddressRecord map(Map<String, String> cells) throws FieldRejected {
		AddressRecord address = new AddressRecord(this.label, ContactMapping.value(this.address1, cells),
				ContactMapping.value(this.address2, cells), ContactMapping.value(this.city, cells),
				ContactMapping.value(this.state, cells), ContactMapping.value(this.zipcode, cells),
				ContactMapping.value(this.country, cells));
		boolean empty = address.address1() == null && address.address2() == null && address.city() == null
				&& address.state() == null && address.zipcode() == null && address.country() == null;
		return empty ? null : address;
	}

}
