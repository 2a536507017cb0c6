package closebatch.mapping;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * How a record's fields differ between creating it and updating one that exists: the
 * values a create writes instead of the record's own (where a {@code default} or
 * {@code constant} step with {@code on: create}, the default, changed them) and the
 * fields a blank cell clears on an existing record ({@code blank: clear}). A record's own
 * fields hold what an update writes.
 *
 * <p>
 * Fields are named {@code name}, {@code url}, {@code description}, {@code status},
 * {@code title} or {@code custom.<Field Name>}.
 *
 * @param createOnly values a create writes instead of the record's own, by field
 * @param clear fields an update sets to empty, because the file's cell is blank
 */
public record WriteRules(Map<String, List<String>> createOnly, Set<String> clear) {

	/** No difference between creating and updating. */
	public static final WriteRules NONE = new WriteRules(Map.of(), Set.of());

	public WriteRules {
		createOnly = CustomValues.copy(createOnly);
		clear = Collections.unmodifiableSet(new LinkedHashSet<>(clear));
	}

	/** The one value a create writes to {@code field} instead, or {@code null}. */
	public String createOnlyValue(String field) {
		List<String> values = this.createOnly.get(field);
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

	/**
	 * The rules of two rows of one record. A create-only value stands unless another row
	 * fills the field with a value of its own (a {@code default} yields to a row that has
	 * the value, a {@code constant} does not); the first row's wins. A field is cleared
	 * when a row says so and the merged record does not fill it.
	 */
	WriteRules merge(WriteRules later, Predicate<String> firstFills, Predicate<String> laterFills,
			Predicate<String> mergedFills) {
		if (this == NONE && later == NONE) {
			return NONE;
		}
		Map<String, List<String>> createOnly = new LinkedHashMap<>();
		this.createOnly.forEach((field, values) -> {
			if (!laterFills.test(field) || later.createOnly.containsKey(field)) {
				createOnly.put(field, values);
			}
		});
		later.createOnly.forEach((field, values) -> {
			if (!firstFills.test(field) || this.createOnly.containsKey(field)) {
				createOnly.putIfAbsent(field, values);
			}
		});
		Set<String> clear = new LinkedHashSet<>(this.clear);
		clear.addAll(later.clear);
		clear.removeIf(mergedFills);
		return new WriteRules(createOnly, clear);
	}

}
