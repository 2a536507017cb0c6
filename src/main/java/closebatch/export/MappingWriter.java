package closebatch.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Writes the mapping ({@code mappings/*.yaml} format) that imports a lead export back
 * into Close: lead fields, addresses, custom fields by name (created if missing) and
 * contacts, keyed by the exported lead id, or by the lead's name when the id is not
 * exported, so that the rows of one lead (exploded contacts) become one lead again; and
 * matched on that id (or name), so that importing the file into the organization it came
 * from updates its leads instead of creating them again.
 *
 * <p>
 * When the export escaped formulas, every field starts its transforms with
 * {@code unescape-formulas}, so a value comes back exactly as Close held it.
 */
final class MappingWriter {

	private static final Set<String> CREATABLE_TYPES = Set.of("text", "textarea", "number", "date", "datetime");

	private final boolean escaped;

	private MappingWriter(boolean escaped) {
		this.escaped = escaped;
	}

	/**
	 * The mapping file beside {@code output}, named after the whole file name so that a
	 * CSV and an XLSX export of one name each get their own: {@code leads.csv} gives
	 * {@code leads.csv.mapping.yaml}.
	 */
	static Path besides(Path output) {
		return output.resolveSibling(output.getFileName() + ".mapping.yaml");
	}

	static String yaml(ExportLayout layout, String separator, String fileName) {
		return yaml(layout, separator, fileName, false);
	}

	static String yaml(ExportLayout layout, String separator, String fileName, boolean escaped) {
		return yaml(layout, separator, fileName, escaped, null);
	}

	/**
	 * The mapping's text.
	 * @param namespace the namespace of the leads' keys, which mappings of their objects
	 * link to, or null for the mapping file's name
	 */
	static String yaml(ExportLayout layout, String separator, String fileName, boolean escaped, String namespace) {
		return new MappingWriter(escaped).yamlOf(layout, separator, fileName, namespace);
	}

	private String yamlOf(ExportLayout layout, String separator, String fileName, String namespace) {
		List<String> headers = layout.headers();
		StringBuilder yaml = new StringBuilder();
		yaml.append("# Imports ").append(fileName).append(" back into Close; written by closebatch with the export.\n");
		yaml.append("# Rows with the same key are one lead (one row per contact when contacts are exploded).\n");
		yaml.append("mode: upsert\n");
		yaml.append("identity:\n");
		if (namespace != null) {
			yaml.append("  namespace: ").append(quote(namespace)).append("   # the objects' mappings link to it\n");
		}
		if (headers.contains("id")) {
			yaml.append("  key: [id]\n");
			yaml.append("  # Into the organization it came from, each row finds its lead by the exported id and\n");
			yaml.append(
					"  # updates it (or leaves it unchanged); elsewhere the id matches nothing and a lead is created.\n");
			yaml.append("  match: [key, {id: id}]\n");
		}
		else {
			yaml.append("  key: [name]\n");
			yaml.append("  match: [key, name]\n");
		}
		yaml.append("lead:\n");
		field(yaml, headers, "name", "name");
		field(yaml, headers, "url", "url");
		field(yaml, headers, "description", "description");
		field(yaml, headers, "status", "status_label");
		for (LayoutPart part : layout.parts()) {
			if (part instanceof LayoutPart.Addresses addresses) {
				addresses(yaml, addresses);
			}
		}
		customFields(yaml, layout, separator);
		for (LayoutPart part : layout.parts()) {
			if (part instanceof LayoutPart.Contacts contacts) {
				contacts(yaml, contacts, separator);
			}
		}
		return yaml.toString();
	}

	private void field(StringBuilder yaml, List<String> headers, String key, String column) {
		if (headers.contains(column)) {
			column(yaml, "  ", key, column);
		}
	}

	private void addresses(StringBuilder yaml, LayoutPart.Addresses addresses) {
		yaml.append("  addresses:\n");
		for (int number = 1; number <= addresses.count(); number++) {
			String prefix = "address" + number + "_";
			yaml.append("    - label: business\n");
			for (String field : LayoutPart.ADDRESS_FIELDS.subList(1, LayoutPart.ADDRESS_FIELDS.size())) {
				column(yaml, "      ", field, prefix + field);
			}
		}
	}

	private void customFields(StringBuilder yaml, ExportLayout layout, String separator) {
		List<CustomFieldDefinition> fields = layout.parts()
			.stream()
			.filter(LayoutPart.Custom.class::isInstance)
			.map((part) -> ((LayoutPart.Custom) part).field())
			.toList();
		if (fields.isEmpty()) {
			return;
		}
		yaml.append("  custom:\n");
		for (CustomFieldDefinition field : fields) {
			customField(yaml, "    ", field, "custom." + field.name(), separator);
		}
	}

	private void customField(StringBuilder yaml, String indent, CustomFieldDefinition field, String column,
			String separator) {
		yaml.append(indent).append(quote(field.name())).append(":\n");
		yaml.append(indent).append("  column: ").append(quote(column)).append('\n');
		if (field.multiple() || this.escaped) {
			yaml.append(indent).append("  transforms:\n");
		}
		if (this.escaped) {
			yaml.append(indent).append("    - unescape-formulas\n");
		}
		if (field.multiple()) {
			yaml.append(indent).append("    - split: ").append(quote(separator)).append('\n');
		}
		if (CREATABLE_TYPES.contains(field.type()) && !field.multiple()) {
			yaml.append(indent).append("  create-missing: true\n");
			yaml.append(indent).append("  type: ").append(field.type()).append('\n');
		}
	}

	private void contacts(StringBuilder yaml, LayoutPart.Contacts contacts, String separator) {
		yaml.append("contacts:\n");
		for (int number = 1; number <= contacts.count(); number++) {
			String prefix = contacts.prefix(number);
			column(yaml, "  - ", "name", prefix + "name");
			column(yaml, "    ", "title", prefix + "title");
			list(yaml, "emails", prefix + "email", contacts.values(), "office", null);
			// The phone transform reads past the ' that formula escaping puts before a +.
			list(yaml, "phones", prefix + "phone", contacts.values(), "office", "phone");
			list(yaml, "urls", prefix + "url", contacts.values(), "url", null);
			if (!contacts.customFields().isEmpty()) {
				yaml.append("    custom:\n");
				for (CustomFieldDefinition field : contacts.customFields()) {
					customField(yaml, "      ", field, prefix + "custom." + field.name(), separator);
				}
			}
		}
	}

	private void list(StringBuilder yaml, String key, String prefix, int count, String type, String transform) {
		yaml.append("    ").append(key).append(":\n");
		for (int value = 1; value <= count; value++) {
			yaml.append("      - column: ").append(quote(prefix + value)).append('\n');
			yaml.append("        type: ").append(type).append('\n');
			String transforms = this.escaped
					? ((transform != null) ? "unescape-formulas, " + transform : "unescape-formulas") : transform;
			if (transforms != null) {
				yaml.append("        transforms: [").append(transforms).append("]\n");
			}
		}
	}

	/** A field read from one column: {@code key: "column"}, unescaped when needed. */
	private void column(StringBuilder yaml, String indent, String key, String column) {
		if (!this.escaped) {
			yaml.append(indent).append(key).append(": ").append(quote(column)).append('\n');
			return;
		}
		String inner = " ".repeat(indent.length() + 2);
		yaml.append(indent).append(key).append(":\n");
		yaml.append(inner).append("column: ").append(quote(column)).append('\n');
		yaml.append(inner).append("transforms: [unescape-formulas]\n");
	}

	static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
