package closebatch.sandbox.resource;

import java.util.Map;

import closebatch.sandbox.http.Json;
import closebatch.sandbox.store.Kind;
import closebatch.sandbox.store.SandboxStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The deprecated {@code custom} dictionary, which Close still serves: custom values keyed
 * by field name ({@code {"custom": {"Industry": "Banking"}}}), read beside the
 * {@code custom.cf_…} keys. On write it is read by {@link CustomValues} with the same
 * validation as {@code custom.<field name>} keys.
 */
final class CustomDictionary {

	static final String KEY = "custom";

	private CustomDictionary() {
	}

	/**
	 * A copy of the view with {@code custom} added: each stored {@code custom.cf_…} value
	 * under its field's name.
	 */
	static ObjectNode addTo(ObjectNode view, CustomObjectType type, SandboxStore store) {
		ObjectNode dictionary = Json.object();
		for (Map.Entry<String, JsonNode> entry : view.properties()) {
			String key = entry.getKey();
			if (key.startsWith(CustomValues.PREFIX)) {
				String fieldId = key.substring(CustomValues.PREFIX.length());
				ObjectNode field = store.get(type.fieldKind(), fieldId);
				if (field == null) {
					field = store.get(Kind.SHARED_CUSTOM_FIELD, fieldId);
				}
				if (field != null) {
					dictionary.set(field.get("name").asString(), entry.getValue());
				}
			}
		}
		view.set(KEY, dictionary);
		return view;
	}

}
