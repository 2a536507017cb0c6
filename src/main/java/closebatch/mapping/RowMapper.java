package closebatch.mapping;

import java.util.List;
import java.util.Map;

/**
 * A mapping file compiled against an input's headers: turns one row into a record to
 * load, or into a {@link Rejection}. Immutable and thread-safe. Build one with
 * {@link MappingLoader#load}.
 */
public sealed interface RowMapper permits RecordMapper, ObjectMapper, PhoneNumberMapper {

	/** The mapping file this was compiled from, as given. */
	String source();

	/** Whether the import creates, updates, or both. */
	MappingMode mode();

	/** How the records are identified. */
	Identity identity();

	/** Every custom field the mapping writes, for the load stage to resolve. */
	List<CustomFieldSpec> customFields();

	/**
	 * A row's record key, without mapping the rest.
	 * @return the normalised key, or {@code null} when the mapping has no key columns or
	 * the row's key cells are blank
	 */
	String recordKey(Map<String, String> cells);

	/**
	 * Maps one row.
	 * @param rowNumber the row's physical number in the input file
	 * @param cells the row's cells by header; a missing header counts as a blank cell
	 * @return the record, or the rejection of the first field that failed
	 */
	MappedRow map(long rowNumber, Map<String, String> cells);

}
