package closebatch.mapping;

/** A custom field's declaration with the field that fills it. */
record CustomField(CustomFieldSpec spec, FieldMapping field) {

	/** How {@link WriteRules} name this field. */
	String path() {
		return "custom." + this.spec.name();
	}

}
