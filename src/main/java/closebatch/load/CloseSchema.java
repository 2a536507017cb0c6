package closebatch.load;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import closebatch.mapping.CustomFieldSpec;

/**
 * The organization's names a mapping uses, resolved to Close ids once per run.
 *
 * @param statusIds lead status ids by label, lower-cased
 * @param statusLabels the labels as Close spells them, for error messages
 * @param fieldIds custom field ids by owner and name
 * @param multipleValues the ids of custom fields that hold several values
 * @param keyFieldId the id of the hidden lead field that holds each lead's record key, or
 * {@code null} in a dry run where it does not exist yet
 * @param newFieldIds the fields created while resolving, which no lead holds a value of
 * yet
 */
public record CloseSchema(Map<String, String> statusIds, List<String> statusLabels,
		Map<CustomFieldSpec.Owner, Map<String, String>> fieldIds, List<String> multipleValues, String keyFieldId,
		Set<String> newFieldIds) {

	/** Stands for the id of a field that a dry run would create. */
	public static final String NOT_CREATED_YET = "cf_not_created_yet";

	public CloseSchema {
		statusIds = Map.copyOf(statusIds);
		statusLabels = List.copyOf(statusLabels);
		fieldIds = Map.copyOf(fieldIds);
		multipleValues = List.copyOf(multipleValues);
		newFieldIds = Set.copyOf(newFieldIds);
	}

	/**
	 * The schema of a mapping that names no lead status nor custom field and writes no
	 * lead (phone numbers): nothing to resolve, and no hidden key field to create.
	 */
	public static final CloseSchema NONE = new CloseSchema(Map.of(), List.of(), Map.of(), List.of(), null, Set.of());

	/** Whether the field was created while resolving: a search on it can find nothing. */
	public boolean isNew(String fieldId) {
		return this.newFieldIds.contains(fieldId);
	}

	/** The id of the lead status with this label, compared without case. */
	public Optional<String> statusId(String label) {
		return Optional.ofNullable(this.statusIds.get(label.strip().toLowerCase(java.util.Locale.ROOT)));
	}

	/** The id of a custom field the mapping names (every one was resolved). */
	public String fieldId(CustomFieldSpec.Owner owner, String name) {
		String id = this.fieldIds.getOrDefault(owner, Map.of()).get(name);
		if (id == null) {
			throw new IllegalArgumentException("the mapping's " + owner + " field '" + name + "' was not resolved");
		}
		return id;
	}

	/** Whether the field holds several values (sent as a list). */
	public boolean holdsSeveral(String fieldId) {
		return this.multipleValues.contains(fieldId);
	}

}
