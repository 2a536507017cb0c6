package closebatch.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Turns a JSON value of the API into the value of one cell: a number stays a number in a
 * number column, a list of values is joined with the export's separator, a list of
 * emails, phones or urls gives their addresses, and anything else nested is JSON text.
 */
final class CellValues {

	private static final List<String> VALUE_KEYS = List.of("email", "phone", "url", "value", "name", "id");

	private final String separator;

	CellValues(String separator) {
		this.separator = separator;
	}

	/** The cell for {@code node} in a column of {@code kind}; null when empty. */
	Object cell(JsonNode node, CellKind kind) {
		if (node == null || node.isMissingNode() || node.isNull()) {
			return null;
		}
		if (node.isArray()) {
			List<String> parts = new ArrayList<>();
			for (JsonNode item : node.values()) {
				String text = itemText(item);
				if (text != null && !text.isEmpty()) {
					parts.add(text);
				}
			}
			return parts.isEmpty() ? null : String.join(this.separator, parts);
		}
		if (kind == CellKind.NUMBER) {
			if (node.isNumber()) {
				return node.decimalValue();
			}
			try {
				return new BigDecimal(node.asString().trim());
			}
			catch (NumberFormatException ex) {
				return text(node);
			}
		}
		String text = text(node);
		return (text == null || text.isEmpty()) ? null : text;
	}

	/** An item of a list: an email, phone or url object gives its address. */
	static String itemText(JsonNode item) {
		if (item.isObject()) {
			for (String key : VALUE_KEYS) {
				JsonNode value = item.get(key);
				if (value != null && value.isValueNode() && !value.isNull()) {
					return value.asString();
				}
			}
		}
		return text(item);
	}

	/** A single value as text: plain numbers, ISO dates as given, objects as JSON. */
	static String text(JsonNode node) {
		if (node == null || node.isMissingNode() || node.isNull()) {
			return null;
		}
		if (node.isNumber()) {
			return node.decimalValue().stripTrailingZeros().toPlainString();
		}
		if (node.isString()) {
			return node.asString();
		}
		if (node.isValueNode()) {
			return node.asString();
		}
		return node.toString();
	}

}
