package closebatch.sandbox.search;

import java.math.BigDecimal;

import closebatch.sandbox.http.ApiException;
import tools.jackson.databind.JsonNode;

/**
 * Reads typed values out of a search request body, refusing a wrong one with a 400 whose
 * {@code field-errors} key is the value's path ({@code query.queries.1.condition.type}),
 * so the client sees which part of a nested query is wrong. Messages follow the
 * pydantic-style wording Close uses elsewhere.
 */
final class JsonInput {

	private JsonInput() {
	}

	static ApiException error(String path, String message) {
		return ApiException.fieldError(path, message);
	}

	static String path(String parent, String key) {
		return parent.isEmpty() ? key : parent + "." + key;
	}

	/** Whether a key is absent or null. */
	static boolean absent(JsonNode object, String key) {
		JsonNode value = object.get(key);
		return value == null || value.isNull();
	}

	static JsonNode object(JsonNode value, String path) {
		if (value == null || !value.isObject()) {
			throw error(path, "Input should be a valid dictionary");
		}
		return value;
	}

	static JsonNode required(JsonNode object, String parent, String key) {
		if (absent(object, key)) {
			throw error(path(parent, key), "Field required");
		}
		return object.get(key);
	}

	static String string(JsonNode object, String parent, String key) {
		JsonNode value = required(object, parent, key);
		if (!value.isString()) {
			throw error(path(parent, key), "Input should be a valid string");
		}
		return value.asString();
	}

	/** An optional string; null when absent. */
	static String optionalString(JsonNode object, String parent, String key) {
		return absent(object, key) ? null : string(object, parent, key);
	}

	/** An optional boolean; the default when absent. */
	static boolean bool(JsonNode object, String parent, String key, boolean defaultValue) {
		if (absent(object, key)) {
			return defaultValue;
		}
		JsonNode value = object.get(key);
		if (!value.isBoolean()) {
			throw error(path(parent, key), "Input should be a valid boolean");
		}
		return value.asBoolean();
	}

	static JsonNode array(JsonNode object, String parent, String key) {
		JsonNode value = required(object, parent, key);
		if (!value.isArray()) {
			throw error(path(parent, key), "Input should be a valid list");
		}
		return value;
	}

	/** An optional number (or numeric text); null when absent. */
	static BigDecimal number(JsonNode object, String parent, String key) {
		if (absent(object, key)) {
			return null;
		}
		JsonNode value = object.get(key);
		if (value.isNumber()) {
			return value.decimalValue();
		}
		if (value.isString()) {
			try {
				return new BigDecimal(value.asString().trim());
			}
			catch (NumberFormatException ex) {
				// refused below
			}
		}
		throw error(path(parent, key), "Input should be a valid number");
	}

	/**
	 * An optional integer within bounds; the default when absent. Integral numbers and
	 * numeric strings are accepted, as pydantic does.
	 */
	static int integer(JsonNode object, String parent, String key, int defaultValue, int min, int max) {
		if (absent(object, key)) {
			return defaultValue;
		}
		JsonNode value = object.get(key);
		String path = path(parent, key);
		long number;
		if (value.isIntegralNumber() && value.canConvertToLong()) {
			number = value.asLong();
		}
		else if (value.isString() && value.asString().trim().matches("-?\\d{1,18}")) {
			number = Long.parseLong(value.asString().trim());
		}
		else {
			throw error(path, "Input should be a valid integer");
		}
		if (number < min) {
			throw error(path, "Input should be greater than or equal to " + min);
		}
		if (number > max) {
			throw error(path, "Input should be less than or equal to " + max);
		}
		return (int) number;
	}

}
