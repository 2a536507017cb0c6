package closebatch.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import closebatch.config.OutputSpec;
import closebatch.error.SourceLocation;
import closebatch.error.UserInputException;
import closebatch.mapping.Identity;

/**
 * Decides an export's columns from its {@code fields} (or the defaults of its object
 * type) and the custom field schema.
 */
final class LayoutPlanner {

	/** The regular fields of a lead export when a job lists none; then custom fields. */
	static final List<String> LEAD_DEFAULTS = List.of("id", "name", "status_label", "url", "description",
			"date_created", "date_updated");

	/**
	 * The regular fields of a contact export when a job lists none; then custom fields.
	 */
	static final List<String> CONTACT_DEFAULTS = List.of("id", "lead_id", "name", "title", "emails", "phones", "urls",
			"date_created", "date_updated");

	private static final Set<String> DATETIME_FIELDS = Set.of("date_created", "date_updated", "date_won", "date_lost",
			"activity_at", "date", "due_date");

	private LayoutPlanner() {
	}

	/**
	 * The layout of a search export of {@code objectType}.
	 * @param job the job's name, for errors
	 * @param schema the custom fields of {@code objectType}
	 * @param contactSchema the contact custom fields, for the contacts of a lead
	 */
	static ExportLayout plan(String job, String objectType, List<String> fields, CustomFieldSchema schema,
			CustomFieldSchema contactSchema, OutputSpec output) {
		List<String> names = fields.isEmpty() ? defaults(objectType, schema) : fields;
		List<LayoutPart> parts = new ArrayList<>();
		for (String name : names) {
			parts.add(part(job, objectType, name.trim(), schema, contactSchema, output));
		}
		return new ExportLayout(parts);
	}

	private static List<String> defaults(String objectType, CustomFieldSchema schema) {
		List<String> names = new ArrayList<>(objectType.equals("lead") ? LEAD_DEFAULTS : CONTACT_DEFAULTS);
		schema.fields()
			.stream()
			// The record key imports keep is closebatch's own bookkeeping, not the user's
			// data.
			.filter((field) -> !field.name().equals(Identity.KEY_FIELD))
			.forEach((field) -> names.add("custom." + field.name()));
		if (objectType.equals("lead")) {
			names.add("addresses");
			names.add("contacts");
		}
		return names;
	}

	private static LayoutPart part(String job, String objectType, String name, CustomFieldSchema schema,
			CustomFieldSchema contactSchema, OutputSpec output) {
		if (name.startsWith("custom.")) {
			String fieldName = name.substring("custom.".length());
			return new LayoutPart.Custom(schema.named(fieldName)
				.orElseThrow(() -> new UserInputException(ExportError.UNKNOWN_CUSTOM_FIELD, SourceLocation.of(job),
						"the " + objectType + " custom field '" + fieldName + "' does not exist")));
		}
		if (objectType.equals("lead") && name.equals("contacts")) {
			return output.explodeContacts()
					? new LayoutPart.Contacts(1, output.valueColumns(), true, contactSchema.fields())
					: new LayoutPart.Contacts(output.contactColumns(), output.valueColumns(), false,
							contactSchema.fields());
		}
		if (objectType.equals("lead") && name.equals("addresses")) {
			return new LayoutPart.Addresses(output.valueColumns());
		}
		return regular(name);
	}

	/** A regular field's part: date fields are datetimes, anything else text. */
	static LayoutPart regular(String name) {
		String last = name.substring(name.lastIndexOf('.') + 1);
		CellKind kind = DATETIME_FIELDS.contains(last) ? CellKind.DATETIME : CellKind.TEXT;
		return new LayoutPart.Regular(name, new Column(name, kind));
	}

}
