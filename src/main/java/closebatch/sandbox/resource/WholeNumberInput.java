package closebatch.sandbox.resource;

import closebatch.sandbox.http.FieldErrors;
import tools.jackson.databind.JsonNode;

/**
 * Whole numbers in request bodies, read the lenient way Close's pydantic models read
 * them, with their messages.
 */
final class WholeNumberInput {

	private WholeNumberInput() {
	}

	/**
	 * A whole number as pydantic reads one: an integer, a float without fraction, or a
	 * string of digits; null stays null.
	 */
	static Long read(JsonNode value, String field, long min, long max, FieldErrors errors) {
		if (value.isNull()) {
			return null;
		}
		Long number = null;
		if (value.isIntegralNumber() && value.canConvertToLong()) {
			number = value.asLong();
		}
		else if (value.isNumber() && value.asDouble() == Math.rint(value.asDouble())
				&& Math.abs(value.asDouble()) < 9.0e15) {
			number = (long) value.asDouble();
		}
		else if (value.isNumber()) {
			errors.field(field, "Input should be a valid integer, got a number with a fractional part");
			return null;
		}
		else if (value.isString()) {
			try {
				number = Long.parseLong(value.asString().trim());
			}
			catch (NumberFormatException ex) {
				errors.field(field, "Input should be a valid integer, unable to parse string as an integer");
				return null;
			}
		}
		if (number == null) {
			errors.field(field, "Input should be a valid integer");
			return null;
		}
		if (number < min) {
			errors.field(field, "Input should be greater than or equal to " + min);
		}
		else if (number > max) {
			errors.field(field, "Input should be less than or equal to " + max);
		}
		return number;
	}

}
