package closebatch.export;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * One entry of an export's {@code fields} and the columns it becomes.
 */
sealed interface LayoutPart {

	/** The sub-fields of a contact that get columns, with the list each comes from. */
	List<String> CONTACT_LISTS = List.of("email", "phone", "url");

	/** The sub-fields of an address, each a column. */
	List<String> ADDRESS_FIELDS = List.of("label", "address_1", "address_2", "city", "state", "zipcode", "country");

	List<Column> columns();

	/** The top-level field the API must return ({@code _fields}). */
	String apiField();

	/**
	 * Writes this part's cells of {@code object} into {@code row} from {@code offset};
	 * true if it had more values than its columns hold.
	 */
	boolean fill(JsonNode object, Object[] row, int offset, CellValues values);

	/**
	 * A regular field, possibly a path into a nested object ({@code a.b}).
	 *
	 * @param path the field's name or dotted path
	 * @param column its column
	 */
	record Regular(String path, Column column) implements LayoutPart {

		@Override
		public List<Column> columns() {
			return List.of(this.column);
		}

		@Override
		public String apiField() {
			int dot = this.path.indexOf('.');
			return (dot < 0) ? this.path : this.path.substring(0, dot);
		}

		@Override
		public boolean fill(JsonNode object, Object[] row, int offset, CellValues values) {
			JsonNode node = object;
			for (String step : this.path.split("\\.")) {
				node = node.path(step);
			}
			row[offset] = values.cell(node, this.column.kind());
			return false;
		}

	}

	/**
	 * A custom field, found by id and named {@code custom.<Field Name>}.
	 *
	 * @param field the field
	 */
	record Custom(CustomFieldDefinition field) implements LayoutPart {

		@Override
		public List<Column> columns() {
			return List.of(new Column("custom." + this.field.name(), this.field.kind()));
		}

		@Override
		public String apiField() {
			return "custom." + this.field.id();
		}

		@Override
		public boolean fill(JsonNode object, Object[] row, int offset, CellValues values) {
			row[offset] = values.cell(object.get("custom." + this.field.id()), this.field.kind());
			return false;
		}

	}

	/**
	 * A lead's addresses in numbered columns ({@code address1_city}, ...).
	 *
	 * @param count how many addresses get columns
	 */
	record Addresses(int count) implements LayoutPart {

		@Override
		public List<Column> columns() {
			List<Column> columns = new ArrayList<>();
			for (int number = 1; number <= this.count; number++) {
				for (String field : ADDRESS_FIELDS) {
					columns.add(Column.text("address" + number + "_" + field));
				}
			}
			return columns;
		}

		@Override
		public String apiField() {
			return "addresses";
		}

		@Override
		public boolean fill(JsonNode object, Object[] row, int offset, CellValues values) {
			JsonNode addresses = object.path("addresses");
			for (int index = 0; index < Math.min(this.count, addresses.size()); index++) {
				JsonNode address = addresses.get(index);
				for (int field = 0; field < ADDRESS_FIELDS.size(); field++) {
					row[offset + index * ADDRESS_FIELDS.size() + field] = values
						.cell(address.path(ADDRESS_FIELDS.get(field)), CellKind.TEXT);
				}
			}
			return addresses.size() > this.count;
		}

	}

	/**
	 * A lead's contacts: numbered columns ({@code contact1_name},
	 * {@code contact1_email1}, ..., {@code contact1_custom.<Field Name>}), or, exploded,
	 * one set of {@code contact_...} columns filled once per row.
	 *
	 * @param count how many contacts get columns (1 when exploded)
	 * @param values how many emails, phones and urls of a contact get columns
	 * @param exploded whether each contact gets its own row
	 * @param customFields the contact custom fields, each a column per contact
	 */
	record Contacts(int count, int values, boolean exploded,
			List<CustomFieldDefinition> customFields) implements LayoutPart {

		public Contacts {
			customFields = List.copyOf(customFields);
		}

		private int width() {
			return 2 + CONTACT_LISTS.size() * this.values + this.customFields.size();
		}

		/** The prefix of contact number {@code number}'s columns. */
		String prefix(int number) {
			return this.exploded ? "contact_" : "contact" + number + "_";
		}

		@Override
		public List<Column> columns() {
			List<Column> columns = new ArrayList<>();
			for (int number = 1; number <= this.count; number++) {
				String prefix = prefix(number);
				columns.add(Column.text(prefix + "name"));
				columns.add(Column.text(prefix + "title"));
				for (String list : CONTACT_LISTS) {
					for (int value = 1; value <= this.values; value++) {
						columns.add(Column.text(prefix + list + value));
					}
				}
				for (CustomFieldDefinition field : this.customFields) {
					columns.add(new Column(prefix + "custom." + field.name(), field.kind()));
				}
			}
			return columns;
		}

		@Override
		public String apiField() {
			return "contacts";
		}

		@Override
		public boolean fill(JsonNode object, Object[] row, int offset, CellValues cells) {
			JsonNode contacts = object.path("contacts");
			boolean truncated = contacts.size() > this.count;
			for (int index = 0; index < Math.min(this.count, contacts.size()); index++) {
				truncated |= fillContact(contacts.get(index), index, row, offset, cells);
			}
			return truncated;
		}

		/** Fills the columns of contact number {@code index} (0 when exploded). */
		boolean fillContact(JsonNode contact, int index, Object[] row, int offset, CellValues cells) {
			int at = offset + index * width();
			row[at] = cells.cell(contact.path("name"), CellKind.TEXT);
			row[at + 1] = cells.cell(contact.path("title"), CellKind.TEXT);
			boolean truncated = false;
			for (int list = 0; list < CONTACT_LISTS.size(); list++) {
				JsonNode items = contact.path(CONTACT_LISTS.get(list) + "s");
				for (int value = 0; value < Math.min(this.values, items.size()); value++) {
					String text = CellValues.itemText(items.get(value));
					row[at + 2 + list * this.values + value] = (text == null || text.isEmpty()) ? null : text;
				}
				truncated |= items.size() > this.values;
			}
			int custom = at + 2 + CONTACT_LISTS.size() * this.values;
			for (int field = 0; field < this.customFields.size(); field++) {
				CustomFieldDefinition definition = this.customFields.get(field);
				row[custom + field] = cells.cell(contact.get("custom." + definition.id()), definition.kind());
			}
			return truncated;
		}

	}

}
