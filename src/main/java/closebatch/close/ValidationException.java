package closebatch.close;

import java.util.List;
import java.util.Map;

import closebatch.close.model.FieldError;
import closebatch.close.model.ValidationErrors;
import tools.jackson.databind.JsonNode;

/**
 * 400: Close refused the request as invalid. Its {@code errors} and {@code field-errors},
 * nested ones (contacts, their emails…) included, say why; a row that causes one is
 * rejected with these messages.
 */
public final class ValidationException extends CloseApiException {

	private final transient ValidationErrors validationErrors;

	ValidationException(String request, int attempts, JsonNode body) {
		this(request, attempts, body, ValidationErrors.from(body));
	}

	private ValidationException(String request, int attempts, JsonNode body, ValidationErrors errors) {
		super(request, 400, attempts, body, errors.isEmpty() ? "invalid request (400)" : errors.summary(), null);
		this.validationErrors = errors;
	}

	/** The whole error structure. */
	public ValidationErrors validationErrors() {
		return this.validationErrors;
	}

	/** {@code errors}: messages about the request as a whole. */
	public List<String> errors() {
		return this.validationErrors.errors();
	}

	/** {@code field-errors} of the top-level object, nested objects aside. */
	public Map<String, String> fieldErrors() {
		return this.validationErrors.fieldErrors();
	}

	/** Every message with its field's path ({@code contacts[0].emails[0].email}). */
	public List<FieldError> allFieldErrors() {
		return this.validationErrors.flatten();
	}

}
