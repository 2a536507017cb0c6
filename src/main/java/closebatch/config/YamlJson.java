package closebatch.config;

import java.util.Iterator;
import java.util.regex.Pattern;

/**
 * Turns a YAML value into JSON text, for a search query written inline in a job file
 * either as JSON text or as YAML.
 *
 * <p>
 * A scalar that reads as a number, {@code true}, {@code false} or {@code null} becomes
 * that JSON value; every other scalar becomes a string. A query that needs the string
 * {@code "1"} is written as JSON text ({@code query: |} followed by the JSON).
 */
final class YamlJson {

	private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][-+]?\\d+)?");

	private YamlJson() {
	}

	/** The JSON text of a node; a scalar is taken as JSON text already. */
	static String text(YamlNode node) {
		if (node instanceof YamlScalar scalar) {
			return scalar.asText("'query'");
		}
		StringBuilder json = new StringBuilder();
		append(node, json);
		return json.toString();
	}

	private static void append(YamlNode node, StringBuilder json) {
		if (node instanceof YamlMap map) {
			json.append('{');
			Iterator<YamlMap.Entry> entries = map.entries().iterator();
			while (entries.hasNext()) {
				YamlMap.Entry entry = entries.next();
				string(entry.key(), json);
				json.append(':');
				append(entry.value(), json);
				json.append(entries.hasNext() ? "," : "");
			}
			json.append('}');
		}
		else if (node instanceof YamlList list) {
			json.append('[');
			for (int index = 0; index < list.items().size(); index++) {
				json.append((index > 0) ? "," : "");
				append(list.items().get(index), json);
			}
			json.append(']');
		}
		else {
			scalar(((YamlScalar) node).text(), json);
		}
	}

	private static void scalar(String text, StringBuilder json) {
		if (text == null || text.equals("null") || text.equals("~")) {
			json.append("null");
		}
		else if (text.equals("true") || text.equals("false") || NUMBER.matcher(text).matches()) {
			json.append(text);
		}
		else {
			string(text, json);
		}
	}

	private static void string(String text, StringBuilder json) {
		json.append('"');
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				default -> {
					if (c < 0x20) {
						json.append(String.format("\\u%04x", (int) c));
					}
					else {
						json.append(c);
					}
				}
			}
		}
		json.append('"');
	}

}
