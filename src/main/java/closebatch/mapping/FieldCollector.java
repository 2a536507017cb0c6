package closebatch.mapping;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the fields of one record from a row, keeping apart what an update writes (the
 * record's fields) from what only a create writes and what an update clears
 * ({@link WriteRules}).
 */
final class FieldCollector {

	private final Map<String, String> cells;

	private final Map<String, List<String>> createOnly = new LinkedHashMap<>();

	private final Set<String> clear = new LinkedHashSet<>();

	FieldCollector(Map<String, String> cells) {
		this.cells = cells;
	}

	/** The values an update writes to {@code name}; none when {@code field} is absent. */
	List<String> values(String name, FieldMapping field) throws FieldRejected {
		if (field == null) {
			return List.of();
		}
		List<String> values = field.values(this.cells, false);
		// The create's pipeline also checks that a required value is there.
		List<String> created = field.valuesForCreate(this.cells, values);
		if (!created.isEmpty() && !created.equals(values)) {
			this.createOnly.put(name, created);
		}
		if (values.isEmpty() && field.clearsWhenBlank()) {
			this.clear.add(name);
		}
		return values;
	}

	/** The one value an update writes to {@code name}, or {@code null}. */
	String value(String name, FieldMapping field) throws FieldRejected {
		List<String> values = values(name, field);
		return values.isEmpty() ? null : values.get(0);
	}

	/** The custom values an update writes, by field name. */
	Map<String, List<String>> custom(List<CustomField> fields) throws FieldRejected {
		Map<String, List<String>> values = new LinkedHashMap<>();
		for (CustomField custom : fields) {
			List<String> value = values(custom.path(), custom.field());
			if (!value.isEmpty()) {
				values.put(custom.spec().name(), value);
			}
		}
		return values;
	}

	WriteRules rules() {
		return (this.createOnly.isEmpty() && this.clear.isEmpty()) ? WriteRules.NONE
				: new WriteRules(this.createOnly, this.clear);
	}

}
