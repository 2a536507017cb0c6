package closebatch.mapping;

import java.util.List;

/**
 * One step of a field's pipeline: takes the field's values so far (none for a blank cell,
 * several after a split) and returns the new ones.
 */
interface Transform {

	/** The new values; a value that cannot be converted rejects the row. */
	List<String> apply(List<String> values) throws ValueRejected;

	/** Whether this step can turn one value into several. */
	default boolean splits() {
		return false;
	}

	/** A step that converts each value on its own and leaves an empty field empty. */
	static Transform eachValue(ValueConverter converter) {
		return (values) -> {
			List<String> converted = new java.util.ArrayList<>(values.size());
			for (String value : values) {
				converted.add(converter.convert(value));
			}
			return converted;
		};
	}

	/** Converts one non-blank value. */
	@FunctionalInterface
	interface ValueConverter {

		String convert(String value) throws ValueRejected;

	}

}
