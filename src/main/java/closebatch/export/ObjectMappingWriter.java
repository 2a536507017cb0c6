package closebatch.export;

import java.util.List;
import java.util.Set;

/**
 * Writes the mapping ({@code mappings/*.yaml} format of objects of leads) that imports an
 * export of opportunities, tasks, notes, calls or custom activities back into Close: each
 * object keyed by its exported id, linked to its lead and contact, with users by email,
 * statuses by label and custom fields by name (created if missing, with their type).
 *
 * <p>
 * The link to the lead is the exported lead id: as a Close lead id ({@code id: lead_id})
 * for a file imported into the organization it came from; or, when the leads were
 * exported beside it, as the key of each lead in the namespace of the leads' mapping
 * ({@code namespace} and {@code key: [lead_id]}), which that mapping gives each lead it
 * matches or creates, so the objects find their leads in any organization.
 */
final class ObjectMappingWriter {

	private static final Set<String> CREATABLE_TYPES = Set.of("text", "textarea", "number", "date", "datetime",
			"choices", "user", "contact");

	private static final Set<String> MULTIPLE_VALUE_TYPES = Set.of("choices", "user", "contact");

	private final StringBuilder yaml = new StringBuilder();

	private final String separator;

	private final boolean escaped;

	private ObjectMappingWriter(String separator, boolean escaped) {
		this.separator = separator;
		this.escaped = escaped;
	}

	/**
	 * The mapping of an export of objects.
	 * @param activityType the name of the custom activity type of the file, or null
	 * @param leadNamespace the namespace of the lead mapping the objects link to by key,
	 * or null to link them by Close lead id
	 * @param separator what joins the values of a multi-value field in one cell
	 * @param escaped whether the export escaped formulas, for the mapping to undo
	 */
	static String yaml(ObjectColumns columns, ExportLayout layout, String activityType, String leadNamespace,
			String fileName, String separator, boolean escaped) {
		return new ObjectMappingWriter(separator, escaped).write(columns, layout, activityType, leadNamespace,
				fileName);
	}

	private String write(ObjectColumns columns, ExportLayout layout, String activityType, String leadNamespace,
			String fileName) {
		String plural = ExportJobs.sheetName(columns.type().key());
		line("# Imports " + fileName + " back into Close; written by closebatch with the export.");
		line("mode: upsert");
		line("identity:");
		line("  key: [id]               # the exported id: a re-run finds each " + columns.type().key() + " again");
		line("link:");
		line("  lead:");
		if (leadNamespace == null) {
			line("    id: lead_id           # Close lead ids: the organization the " + plural + " came from");
			line("    # Into another organization, export everything (jobs/export-everything.yaml): there");
			line("    # the " + plural + " link to the leads by the key the leads' mapping gives them.");
		}
		else {
			line("    # The leads' mapping keys each lead by its exported id, in this namespace: the");
			line("    # " + plural + " find their leads in the organization they came from and in any other.");
			line("    namespace: " + MappingWriter.quote(leadNamespace));
			line("    key: [lead_id]");
		}
		if (columns.hasContact()) {
			line("  contact:");
			column("    ", "email", ObjectLinks.CONTACT_EMAIL);
		}
		line(columns.type().key() + ":");
		if (activityType != null) {
			line("  type:");
			line("    name: " + MappingWriter.quote(activityType));
			line("    create-missing: true");
		}
		for (ObjectColumns.Imported field : columns.imported()) {
			column("  ", field.field(), field.column());
		}
		List<CustomFieldDefinition> custom = layout.parts()
			.stream()
			.filter(LayoutPart.Custom.class::isInstance)
			.map((part) -> ((LayoutPart.Custom) part).field())
			.toList();
		if (!custom.isEmpty()) {
			line("  custom:");
			custom.forEach(this::customField);
		}
		return this.yaml.toString();
	}

	private void customField(CustomFieldDefinition field) {
		line("    " + MappingWriter.quote(field.name()) + ":");
		line("      column: " + MappingWriter.quote("custom." + field.name()));
		if (field.multiple() || this.escaped) {
			line("      transforms:");
		}
		if (this.escaped) {
			line("        - unescape-formulas");
		}
		if (field.multiple()) {
			line("        - split: " + MappingWriter.quote(this.separator));
		}
		// An import creates choices, user and contact fields holding several values.
		boolean creatable = CREATABLE_TYPES.contains(field.type())
				&& (!field.multiple() || MULTIPLE_VALUE_TYPES.contains(field.type()));
		if (creatable && (!field.type().equals("choices") || !field.choices().isEmpty())) {
			line("      create-missing: true");
			line("      type: " + field.type());
			if (field.type().equals("choices")) {
				line("      choices: [" + String.join(", ", field.choices().stream().map(MappingWriter::quote).toList())
						+ "]");
			}
		}
	}

	/** A field read from one column, unescaped when the export escaped formulas. */
	private void column(String indent, String key, String column) {
		if (!this.escaped) {
			line(indent + key + ": " + MappingWriter.quote(column));
			return;
		}
		line(indent + key + ":");
		line(indent + "  column: " + MappingWriter.quote(column));
		line(indent + "  transforms: [unescape-formulas]");
	}

	private void line(String text) {
		this.yaml.append(text).append('\n');
	}

}
