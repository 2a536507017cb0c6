package closebatch.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A mapping file compiled against an input's headers: turns one row into a
 * {@link LeadRecord}, or into a {@link Rejection} naming the column and the reason.
 *
 * <p>
 * Immutable and thread-safe, so one instance serves every worker of a run. Build it with
 * {@link MappingLoader#load}.
 */
public final class RecordMapper implements RowMapper {

	private final String source;

	private final MappingMode mode;

	private final Identity identity;

	private final List<String> keyColumns;

	private final String closeIdColumn;

	private final LeadMapping lead;

	private final List<ContactMapping> contacts;

	RecordMapper(String source, MappingMode mode, Identity identity, LeadMapping lead, List<ContactMapping> contacts) {
		this.source = source;
		this.mode = mode;
		this.identity = identity;
		this.keyColumns = identity.keyColumns();
		this.closeIdColumn = identity.match()
			.stream()
			.filter(MatchRule.CloseId.class::isInstance)
			.map((rule) -> ((MatchRule.CloseId) rule).column())
			.findFirst()
			.orElse(null);
		this.lead = lead;
		this.contacts = List.copyOf(contacts);
	}

	/** How the records are identified and found in Close. */
	@Override
	public Identity identity() {
		return this.identity;
	}

	/** The mapping file this was compiled from, as given. */
	@Override
	public String source() {
		return this.source;
	}

	/** Whether the import creates, updates, or both. */
	@Override
	public MappingMode mode() {
		return this.mode;
	}

	/**
	 * The columns whose normalised values make a record key; empty when none is declared.
	 */
	public List<String> keyColumns() {
		return this.keyColumns;
	}

	/**
	 * Every custom field the mapping writes, lead fields first, for the load stage to
	 * resolve.
	 */
	@Override
	public List<CustomFieldSpec> customFields() {
		List<CustomFieldSpec> specs = new ArrayList<>();
		this.lead.custom().forEach((field) -> specs.add(field.spec()));
		this.contacts.forEach((contact) -> contact.custom().forEach((field) -> specs.add(field.spec())));
		return specs.stream().distinct().toList();
	}

	/**
	 * A row's record key, as {@link #map} gives its lead, without mapping the rest.
	 * @return the normalised key, or {@code null} when the mapping has no key columns or
	 * the row's key cells are blank
	 */
	@Override
	public String recordKey(Map<String, String> cells) {
		return this.keyColumns.isEmpty() ? null : RecordKeys.of(this.keyColumns, cells);
	}

	/**
	 * Maps one row.
	 * @param rowNumber the row's physical number in the input file
	 * @param cells the row's cells by header; a missing header counts as a blank cell
	 * @return the lead, or the rejection of the first field that failed
	 */
	@Override
	public MappedRow map(long rowNumber, Map<String, String> cells) {
		String key = recordKey(cells);
		if (!this.keyColumns.isEmpty()) {
			if (key == null) {
				return new Rejection(rowNumber, String.join(", ", this.keyColumns),
						"the key is empty, so the row cannot be matched to a lead");
			}
		}
		try {
			FieldCollector fields = new FieldCollector(cells);
			String name = fields.value("name", this.lead.name());
			String url = fields.value("url", this.lead.url());
			String description = fields.value("description", this.lead.description());
			String status = fields.value("status", this.lead.status());
			Map<String, List<String>> custom = fields.custom(this.lead.custom());
			List<AddressRecord> addresses = new ArrayList<>();
			for (AddressMapping address : this.lead.addresses()) {
				AddressRecord mapped = address.map(cells);
				if (mapped != null) {
					addresses.add(mapped);
				}
			}
			List<ContactRecord> contactRecords = new ArrayList<>();
			for (ContactMapping contact : this.contacts) {
				ContactRecord mapped = contact.map(cells);
				if (!mapped.isEmpty()) {
					contactRecords.add(mapped);
				}
			}
			return new LeadRecord(List.of(rowNumber), key, name, url, description, status, addresses, custom,
					contactRecords, closeId(cells), fields.rules());
		}
		catch (FieldRejected ex) {
			return ex.toRejection(rowNumber);
		}
	}

	private String closeId(Map<String, String> cells) {
		if (this.closeIdColumn == null) {
			return null;
		}
		String id = cells.getOrDefault(this.closeIdColumn, "").strip();
		return id.isEmpty() ? null : id;
	}

}
