package closebatch.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One compiled field: the columns it reads (joined when several), then its transforms in
 * order. Blank cells give no value; blank values are dropped after the last step. Steps
 * that apply only when a record is created ({@link Transform#createOnly}) are left out
 * when the field is read for an update.
 */
final class FieldMapping {

	private static final String REQUIRED = "a value is required but the cell is empty";

	private final List<String> columns;

	private final String separator;

	private final List<Transform> transforms;

	private final boolean required;

	private final boolean clearsWhenBlank;

	/** The transforms without those that apply only when a record is created. */
	private final List<Transform> updateTransforms;

	private final boolean createOnlySteps;

	FieldMapping(List<String> columns, String separator, List<Transform> transforms, boolean required,
			boolean clearsWhenBlank) {
		this.columns = List.copyOf(columns);
		this.separator = separator;
		this.transforms = List.copyOf(transforms);
		this.required = required;
		this.clearsWhenBlank = clearsWhenBlank;
		this.updateTransforms = this.transforms.stream().filter((step) -> !step.createOnly()).toList();
		this.createOnlySteps = this.updateTransforms.size() < this.transforms.size();
	}

	/** This field with one more step at the end of its pipeline. */
	FieldMapping then(Transform step) {
		List<Transform> steps = new java.util.ArrayList<>(this.transforms);
		steps.add(step);
		return new FieldMapping(this.columns, this.separator, steps, this.required, this.clearsWhenBlank);
	}

	/**
	 * Whether a blank cell empties the field of an existing record
	 * ({@code blank: clear}).
	 */
	boolean clearsWhenBlank() {
		return this.clearsWhenBlank;
	}

	/** Whether a step can give several values. */
	boolean splits() {
		return this.transforms.stream().anyMatch(Transform::splits);
	}

	/** The columns, as a rejection names them. */
	String column() {
		return this.columns.isEmpty() ? "(constant)" : String.join(", ", this.columns);
	}

	/** The values this field takes from a row for a record being created. */
	List<String> values(Map<String, String> cells) throws FieldRejected {
		return values(cells, true);
	}

	/**
	 * The values this field takes from a row.
	 * @param creating whether the record is being created: otherwise the create-only
	 * steps are left out, and a required value may be missing
	 */
	List<String> values(Map<String, String> cells, boolean creating) throws FieldRejected {
		String cell = joinedCells(cells);
		List<String> values = (cell != null) ? List.of(cell) : List.of();
		List<Transform> steps = creating ? this.transforms : this.updateTransforms;
		try {
			for (int i = 0; i < steps.size(); i++) {
				values = steps.get(i).apply(values);
			}
		}
		catch (ValueRejected ex) {
			throw new FieldRejected(column(), ex.reason());
		}
		values = withoutBlanks(values);
		if (creating && this.required && values.isEmpty()) {
			throw new FieldRejected(column(), REQUIRED);
		}
		return values;
	}

	/** The field's non-blank cells joined by its separator, or null if all are blank. */
	private String joinedCells(Map<String, String> cells) {
		if (this.columns.size() == 1) {
			String cell = cells.get(this.columns.get(0));
			return (cell != null && !cell.isBlank()) ? cell : null;
		}
		StringBuilder joined = new StringBuilder();
		for (String column : this.columns) {
			String cell = cells.get(column);
			if (cell != null && !cell.isBlank()) {
				joined.append(joined.isEmpty() ? "" : this.separator).append(cell);
			}
		}
		return joined.isEmpty() ? null : joined.toString();
	}

	private static List<String> withoutBlanks(List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			if (values.get(i).isBlank()) {
				List<String> kept = new ArrayList<>(values);
				kept.removeIf(String::isBlank);
				return kept;
			}
		}
		return values;
	}

	/**
	 * The values this field takes from a row for a record being created, given those it
	 * takes for an update: the same, checked for a required value, unless a step applies
	 * only when a record is created (then the pipeline runs again with it).
	 * @param cells the row's cells
	 * @param updated {@code values(cells, false)}
	 */
	List<String> valuesForCreate(Map<String, String> cells, List<String> updated) throws FieldRejected {
		if (this.createOnlySteps) {
			return values(cells, true);
		}
		if (this.required && updated.isEmpty()) {
			throw new FieldRejected(column(), REQUIRED);
		}
		return updated;
	}

	/** The one value this field takes from a row, or {@code null}. */
	String value(Map<String, String> cells) throws FieldRejected {
		List<String> values = values(cells);
		return values.isEmpty() ? null : values.get(0);
	}

}
