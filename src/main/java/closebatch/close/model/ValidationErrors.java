package closebatch.close.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The body of a Close 400: {@code {"errors": [...], "field-errors": {...}}}. Errors of
 * nested objects such as contacts nest the same structure under each object's index:
 * {@code {"field-errors": {"contacts": {"errors": {"0": {"errors": [], "field-errors":
 * {"emails": ...}}}}}}}.
 *
 * @param errors messages about the request as a whole
 * @param fieldErrors messages about one field each, by field name
 * @param nested the errors of nested objects, by field name and then by index (a string,
 * as Close sends it)
 */
public record ValidationErrors(List<String> errors, Map<String, String> fieldErrors,
		Map<String, Map<String, ValidationErrors>> nested) {

	public ValidationErrors {
		errors = List.copyOf(errors);
		fieldErrors = copy(fieldErrors);
		nested = copy(nested);
	}

	/**
	 * Reads a 400 body. The older {@code {"error": "..."}} shape becomes one
	 * request-level error; anything unreadable becomes no errors.
	 */
	public static ValidationErrors from(JsonNode body) {
		List<String> errors = new ArrayList<>();
		Map<String, String> fieldErrors = new LinkedHashMap<>();
		Map<String, Map<String, ValidationErrors>> nested = new LinkedHashMap<>();
		if (body == null || !body.isObject()) {
			return new ValidationErrors(errors, fieldErrors, nested);
		}
		JsonNode error = body.get("error");
		if (error != null && error.isString()) {
			errors.add(error.asString());
		}
		body.path("errors").values().forEach(message -> errors.add(text(message)));
		body.path("field-errors").properties().forEach(entry -> {
			JsonNode value = entry.getValue();
			JsonNode items = value.path("errors");
			if (value.isObject() && items.isObject()) {
				Map<String, ValidationErrors> byIndex = new LinkedHashMap<>();
				items.properties().forEach(item -> byIndex.put(item.getKey(), from(item.getValue())));
				nested.put(entry.getKey(), byIndex);
			}
			else {
				fieldErrors.put(entry.getKey(), text(value));
			}
		});
		return new ValidationErrors(errors, fieldErrors, nested);
	}

	/** Every message, each with the path of its field, nested ones included. */
	public List<FieldError> flatten() {
		List<FieldError> all = new ArrayList<>();
		collect("", all);
		return all;
	}

	public boolean isEmpty() {
		return this.errors.isEmpty() && this.fieldErrors.isEmpty() && this.nested.isEmpty();
	}

	/** Every message on one line: {@code name: required; contacts[0].email: invalid}. */
	public String summary() {
		return String.join("; ", flatten().stream().map(FieldError::toString).toList());
	}

	private void collect(String prefix, List<FieldError> into) {
		this.errors.forEach(message -> into.add(new FieldError(prefix.isEmpty() ? "" : prefix, message)));
		this.fieldErrors.forEach((field, message) -> into.add(new FieldError(join(prefix, field), message)));
		this.nested.forEach((field, byIndex) -> byIndex
			.forEach((index, errors) -> errors.collect(join(prefix, field) + "[" + index + "]", into)));
	}

	private static String join(String prefix, String field) {
		return prefix.isEmpty() ? field : prefix + "." + field;
	}

	private static String text(JsonNode message) {
		if (message.isString()) {
			return message.asString();
		}
		if (message.isArray()) {
			List<String> parts = new ArrayList<>();
			message.values().forEach(part -> parts.add(text(part)));
			return String.join("; ", parts);
		}
		return message.toString();
	}

	private static <V> Map<String, V> copy(Map<String, V> map) {
		return Collections.unmodifiableMap(new LinkedHashMap<>(map));
	}

}
