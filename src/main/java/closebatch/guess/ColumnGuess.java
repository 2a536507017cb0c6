package closebatch.guess;

import java.util.List;
import java.util.Objects;

/**
 * What one column becomes in the guessed mapping, and why.
 *
 * @param column the column's name
 * @param target the Close field it fills
 * @param type for an email, phone or URL its Close type ({@code office},
 * {@code mobile}...); for a custom field its field type ({@code text}, {@code number},
 * {@code date}, {@code choices}); otherwise null
 * @param steps the transforms its values go through
 * @param choices a choices field's values, most frequent first; otherwise empty
 * @param reason the evidence, in words, written above the column's entry
 */
public record ColumnGuess(String column, Target target, String type, List<Step> steps, List<String> choices,
		String reason) {

	public ColumnGuess {
		Objects.requireNonNull(column, "column");
		Objects.requireNonNull(target, "target");
		steps = List.copyOf(steps);
		choices = List.copyOf(choices);
		Objects.requireNonNull(reason, "reason");
	}

	/** A guess without a type or choices. */
	static ColumnGuess of(String column, Target target, List<Step> steps, String reason) {
		return new ColumnGuess(column, target, null, steps, List.of(), reason);
	}

	/** A guess for a typed Close field (email, phone, URL). */
	static ColumnGuess typed(String column, Target target, String type, List<Step> steps, String reason) {
		return new ColumnGuess(column, target, type, steps, List.of(), reason);
	}

}
