package closebatch.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** An email, phone or URL field with the Close type its values get. */
record TypedField(FieldMapping field, String type) {

	/** Adds one item per value of this field to {@code items}. */
	<T> void addTo(List<T> items, Map<String, String> cells, BiFunction<String, String, T> item) throws FieldRejected {
		for (String value : this.field.values(cells)) {
			items.add(item.apply(value, this.type));
		}
	}

	static <T> List<T> all(List<TypedField> fields, Map<String, String> cells, BiFunction<String, String, T> item)
			throws FieldRejected {
		List<T> items = new ArrayList<>();
		for (TypedField field : fields) {
			field.addTo(items, cells, item);
		}
		return items;
	}

}
