package closebatch.sandbox.http;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Collects validation errors into Close's 400 body: {@code {"errors": [], "field-errors":
 * {}}}, with errors of nested objects under their index, e.g. {@code {"field-errors":
 * {"contacts": {"errors": {"0": {"errors": [], "field-errors": {...}}}}}}}.
 */
public final class FieldErrors {

	private final ArrayNode errors = Json.array();

	private final ObjectNode fieldErrors = Json.object();

	/** Adds an error about the request as a whole. */
	public FieldErrors error(String message) {
		this.errors.add(message);
		return this;
	}

	/** Adds an error about one field; the first error of a field wins. */
	public FieldErrors field(String field, String message) {
		if (!this.fieldErrors.has(field)) {
			this.fieldErrors.put(field, message);
		}
		return this;
	}

	/**
	 * Adds the errors of the {@code index}-th item of a nested list such as
	 * {@code contacts}.
	 */
	public FieldErrors nested(String field, int index, FieldErrors itemErrors) {
		if (itemErrors.isEmpty()) {
			return this;
		}
		ObjectNode container = this.fieldErrors.has(field) && this.fieldErrors.get(field).isObject()
				? (ObjectNode) this.fieldErrors.get(field) : this.fieldErrors.putObject(field);
		ObjectNode byIndex = container.has("errors") ? (ObjectNode) container.get("errors")
				: container.putObject("errors");
		byIndex.set(Integer.toString(index), itemErrors.toBody());
		return this;
	}

	public boolean isEmpty() {
		return this.errors.isEmpty() && this.fieldErrors.isEmpty();
	}

	public ObjectNode toBody() {
		ObjectNode body = Json.object();
		body.set("errors", this.errors.deepCopy());
		body.set("field-errors", this.fieldErrors.deepCopy());
		return body;
	}

	public ApiException toException() {
		return new ApiException(400, toBody());
	}

	/** Throws the collected errors, if there are any. */
	public void throwIfAny() {
		if (!isEmpty()) {
			throw toException();
		}
	}

}
