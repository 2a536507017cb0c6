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
public final class RecordMapper {

	private final String source;

	private final MappingMode mode;

	private final List<String> keyColumns;

	private final LeadMapping lead;

	private final List<ContactMapping> contacts;

	RecordMapper(String source, MappingMode mode, List<String> keyColumns, LeadMapping lead,
			List<ContactMapping> contacts) {
		this.source = source;
		this.mode = mode;
		this.keyColumns = List.copyOf(keyColumns);
		this.lead = lead;
		this.contacts = List.copyOf(contacts);
	}

	/** The mapping file this was compiled from, as given. */
	public String source() {
		return this.source;
	}

	/** Whether the import creates, updates, or both. */
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
	public List<CustomFieldSpec> customFields() {
		List<CustomFieldSpec> specs = new ArrayList<>();
		this.lead.custom().forEach((field) -> specs.add(field.spec()));
		this.contacts.forEach((contact) -> contact.custom().forEach((field) -> specs.add(field.spec())));
		return specs.stream().distinct().toList();
	}

	/**
	 * Maps one row.
	 * @param rowNumber the row's physical number in the input file
	 * @param cells the row's cells by header; a missing header counts as a blank cell
	 * @return the lead, or the rejection of the first field that failed
	 */
	public MappedRow map(long rowNumber, Map<String, String> cells) {
		String key = null;
		if (!this.keyColumns.isEmpty()) {
			key = RecordKeys.of(this.keyColumns, cells);
			if (key == null) {
				return new Rejection(rowNumber, String.join(", ", this.keyColumns),
						"the key is empty, so the row cannot be matched to a lead");
			}
		}
		try {
			String name = ContactMapping.value(this.lead.name(), cells);
			String url = ContactMapping.value(this.lead.url(), cells);
			String description = ContactMapping.value(this.lead.description(), cells);
			String status = ContactMapping.value(this.lead.status(), cells);
			Map<String, List<String>> custom = CustomField.values(this.lead.custom(), cells);
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
					contactRecords);
		}
		catch (FieldRejected ex) {
			return ex.toRejection(rowNumber);
		}
	}

}
