package closebatch.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * The columns of an export and how an object fills them: regular fields, custom fields
 * named after the field, numbered contact and address columns, or one row per contact.
 *
 * <p>
 * Fixed before the first row is written, so a restarted export writes the same columns;
 * {@link #fingerprint()} changes whenever the columns do.
 */
public final class ExportLayout {

	private final List<LayoutPart> parts;

	private final LayoutPart.Contacts explodedContacts;

	private final List<Column> columns;

	private final Set<String> apiFields;

	ExportLayout(List<LayoutPart> parts) {
		this.parts = List.copyOf(parts);
		this.explodedContacts = parts.stream()
			.filter((part) -> part instanceof LayoutPart.Contacts contacts && contacts.exploded())
			.map(LayoutPart.Contacts.class::cast)
			.findFirst()
			.orElse(null);
		List<Column> all = new ArrayList<>();
		Set<String> fields = new LinkedHashSet<>(List.of("id", "date_created"));
		for (LayoutPart part : this.parts) {
			all.addAll(part.columns());
			fields.add(part.apiField());
		}
		this.columns = List.copyOf(all);
		this.apiFields = fields;
	}

	/** The columns, in order. */
	public List<Column> columns() {
		return this.columns;
	}

	/** The headers, in order. */
	public List<String> headers() {
		return this.columns.stream().map(Column::header).toList();
	}

	/** The fields to ask the API for ({@code _fields}). */
	public List<String> apiFields() {
		return List.copyOf(this.apiFields);
	}

	/** The parts the columns come from, in order. */
	List<LayoutPart> parts() {
		return this.parts;
	}

	/** Whether each contact of a lead gets its own row. */
	public boolean explodesContacts() {
		return this.explodedContacts != null;
	}

	/** SHA-256 of the headers and their kinds. */
	public String fingerprint() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Column column : this.columns) {
				digest.update((column.header() + "\u0000" + column.kind() + "\n").getBytes(StandardCharsets.UTF_8));
			}
			return "sha256:" + HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The rows of one object: one, or one per contact when contacts are exploded.
	 * @param values how JSON values become cells
	 */
	FlatObject flatten(JsonNode object, CellValues values) {
		Object[] row = new Object[this.columns.size()];
		boolean truncated = false;
		int offset = 0;
		int contactOffset = -1;
		for (LayoutPart part : this.parts) {
			if (part == this.explodedContacts) {
				contactOffset = offset;
			}
			else {
				truncated |= part.fill(object, row, offset, values);
			}
			offset += part.columns().size();
		}
		if (this.explodedContacts == null) {
			return new FlatObject(List.of(java.util.Arrays.asList(row)), truncated);
		}
		List<JsonNode> contacts = new ArrayList<>();
		object.path("contacts").values().forEach(contacts::add);
		if (contacts.isEmpty()) {
			return new FlatObject(List.of(java.util.Arrays.asList(row)), truncated);
		}
		List<List<Object>> rows = new ArrayList<>(contacts.size());
		for (JsonNode contact : contacts) {
			Object[] copy = row.clone();
			truncated |= this.explodedContacts.fillContact(contact, 0, copy, contactOffset, values);
			rows.add(java.util.Arrays.asList(copy));
		}
		return new FlatObject(rows, truncated);
	}

	/**
	 * The rows of one object and whether it had more values than its numbered columns
	 * hold.
	 */
	record FlatObject(List<List<Object>> rows, boolean truncated) {
	}

}
