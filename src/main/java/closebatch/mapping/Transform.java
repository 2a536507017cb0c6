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

	/**
	 * Whether this step applies only when a record is created ({@code default} and
	 * {@code constant} with {@code on: create}, their default).
	 */
	default boolean createOnly() {
		return false;
	}

	/** This step, applied only when a record is created. */
	default Transform onCreateOnly() {
		Transform step = this;
		return new Transform() {
			@Override
			public List<String> apply(List<String> values) throws ValueRejected {
				return step.apply(values);
			}

			@Override
			public boolean createOnly() {
				return true;
			}
		};
	}

	/** A step that converts each value on its own and leaves an empty field empty. */
	static Transform eachValue(ValueConverter converter) {
		return (values) -> {
			if (values.size() == 1) {
				return List.of(converter.convert(values.get(0)));
			}
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
