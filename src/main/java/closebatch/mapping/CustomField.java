package closebatch.mapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A custom field's declaration with the field that fills it. */
record CustomField(CustomFieldSpec spec, FieldMapping field) {

	static Map<String, List<String>> values(List<CustomField> fields, Map<String, String> cells) throws FieldRejected {
		Map<String, List<String>> values = new LinkedHashMap<>();
		for (CustomField custom : fields) {
			List<String> value = custom.field().values(cells);
			if (!value.isEmpty()) {
				values.put(custom.spec().name(), value);
			}
		}
		return values;
	}

}
