package closebatch.sandbox.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import closebatch.sandbox.http.FieldErrors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a list of objects nested in a body (a lead's contacts and addresses, a contact's
 * emails, phones and URLs), with each item's errors under its index as Close nests them.
 */
final class NestedList {

	private NestedList() {
	}

	/**
	 * The items read from {@code value}; null or missing reads as an empty list, anything
	 * but a list is a field error. Items whose reader returns null are left out.
	 */
	static <T> List<T> read(JsonNode value, String field, FieldErrors errors,
			BiFunction<ObjectNode, FieldErrors, T> readItem) {
		List<T> items = new ArrayList<>();
		if (value == null || value.isMissingNode() || value.isNull()) {
			return items;
		}
		if (!value.isArray()) {
			errors.field(field, "Input should be a valid list");
			return items;
		}
		int index = 0;
		for (JsonNode item : value) {
			FieldErrors itemErrors = new FieldErrors();
			if (item.isObject()) {
				T read = readItem.apply((ObjectNode) item, itemErrors);
				if (read != null) {
					items.add(read);
				}
			}
			else {
				itemErrors.error("Input should be a valid dictionary");
			}
			errors.nested(field, index++, itemErrors);
		}
		return items;
	}

}
