package closebatch.mapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import closebatch.config.YamlLocation;

/**
 * A mapping of objects of a lead (opportunities, tasks, notes, calls, custom activities)
 * compiled against an input's headers: turns one row into an {@link ObjectRecord} linked
 * to its lead, or a {@link Rejection}.
 *
 * @param source the mapping file, as given
 * @param mode create, upsert or update
 * @param identity the object's own key and namespace
 * @param type what the rows are
 * @param customActivityType for custom activities, the name of their type in Close
 * @param createType whether to create the custom activity type when Close has none of
 * that name
 * @param createStatuses whether to create an opportunity status the organization lacks
 * (in its first pipeline, as an active status)
 * @param typeLocation where the mapping names the object's type, for errors about it
 * @param lead how a row names its lead
 * @param contact how a row names its contact, or {@code null}
 * @param fields the fields, by their key in the mapping (each ends by checking its kind)
 * @param custom the custom fields
 */
public record ObjectMapper(String source, MappingMode mode, Identity identity, ObjectType type,
		String customActivityType, boolean createType, boolean createStatuses, YamlLocation typeLocation,
		LeadLinkMapping lead, ContactLinkMapping contact, Map<String, FieldMapping> fields,
		List<CustomField> custom) implements RowMapper {

	public ObjectMapper {
		fields = new LinkedHashMap<>(fields);
		custom = List.copyOf(custom);
	}

	/**
	 * How a row names its lead: by the lead mapping's namespace and the columns that make
	 * its key, or by a column of Close lead ids.
	 */
	record LeadLinkMapping(String namespace, List<String> keyColumns, String idColumn) {

		LeadLink link(Map<String, String> cells) {
			if (this.idColumn != null) {
				String id = cells.getOrDefault(this.idColumn, "").strip();
				return id.isEmpty() ? null : new LeadLink(null, null, id);
			}
			String key = RecordKeys.of(this.keyColumns, cells);
			return (key == null) ? null : new LeadLink(this.namespace, key, null);
		}

		String columns() {
			return (this.idColumn != null) ? this.idColumn : String.join(", ", this.keyColumns);
		}

	}

	/** How a row names its contact: a field giving an email address or a name. */
	record ContactLinkMapping(FieldMapping email, FieldMapping name) {
	}

	@Override
	public List<CustomFieldSpec> customFields() {
		return this.custom.stream().map(CustomField::spec).distinct().toList();
	}

	@Override
	public String recordKey(Map<String, String> cells) {
		List<String> columns = this.identity.keyColumns();
		return columns.isEmpty() ? null : RecordKeys.of(columns, cells);
	}

	@Override
	public MappedRow map(long rowNumber, Map<String, String> cells) {
		String key = recordKey(cells);
		if (!this.identity.keyColumns().isEmpty() && key == null) {
			return new Rejection(rowNumber, String.join(", ", this.identity.keyColumns()),
					"the key is empty, so the row cannot be told from the other " + this.type.key() + "s");
		}
		LeadLink lead = this.lead.link(cells);
		if (lead == null) {
			return new Rejection(rowNumber, this.lead.columns(), "the row names no lead");
		}
		try {
			FieldCollector collector = new FieldCollector(cells);
			Map<String, String> values = new LinkedHashMap<>();
			for (Map.Entry<String, FieldMapping> field : this.fields.entrySet()) {
				String value = collector.value(field.getKey(), field.getValue());
				if (value != null) {
					values.put(field.getKey(), value);
				}
			}
			Map<String, List<String>> customValues = collector.custom(this.custom);
			return new ObjectRecord(this.type, List.of(rowNumber), key, lead, contact(collector), values, customValues,
					collector.rules());
		}
		catch (FieldRejected ex) {
			return ex.toRejection(rowNumber);
		}
	}

	private ContactLink contact(FieldCollector collector) throws FieldRejected {
		if (this.contact == null) {
			return null;
		}
		String email = collector.value("contact.email", this.contact.email());
		if (email != null) {
			return new ContactLink(email.strip().toLowerCase(java.util.Locale.ROOT), null);
		}
		String name = collector.value("contact.name", this.contact.name());
		return (name != null) ? new ContactLink(null, name.strip()) : null;
	}

}
