package closebatch.sandbox.resource;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import closebatch.sandbox.http.Json;
import closebatch.sandbox.http.QueryParams;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code _fields} parameter: which top-level fields of an object to return.
 *
 * <p>
 * {@code custom} selects every {@code custom.cf_…} value, a single {@code custom.cf_…}
 * selects one, and {@code _all} everything. Without {@code _fields} an object is returned
 * whole.
 */
public final class FieldSelection {

	private static final String CUSTOM_PREFIX = "custom.";

	private final Set<String> fields;

	private FieldSelection(Set<String> fields) {
		this.fields = fields;
	}

	static FieldSelection all() {
		return new FieldSelection(null);
	}

	/** Reads a comma-separated {@code _fields} parameter. */
	static FieldSelection from(QueryParams query) {
		Optional<String> raw = query.first("_fields");
		if (raw.isEmpty() || raw.get().isBlank()) {
			return all();
		}
		return of(java.util.Arrays.asList(raw.get().split(",")));
	}

	/** A selection from a list of names, as in a search's {@code _fields} object. */
	public static FieldSelection of(Iterable<String> names) {
		Set<String> fields = new LinkedHashSet<>();
		for (String name : names) {
			if (!name.isBlank()) {
				fields.add(name.trim());
			}
		}
		return fields.contains("_all") ? all() : new FieldSelection(fields);
	}

	boolean selectsEverything() {
		return this.fields == null;
	}

	boolean includes(String field) {
		return this.fields == null || this.fields.contains(field)
				|| (field.startsWith(CUSTOM_PREFIX) && this.fields.contains("custom"));
	}

	/**
	 * A copy of the object with only the selected fields, in the order they were asked
	 * for.
	 */
	public ObjectNode apply(ObjectNode object) {
		if (this.fields == null) {
			return object;
		}
		ObjectNode selected = Json.object();
		for (String field : this.fields) {
			if (field.equals("custom")) {
				for (Map.Entry<String, JsonNode> entry : object.properties()) {
					if (entry.getKey().startsWith(CUSTOM_PREFIX)) {
						selected.set(entry.getKey(), entry.getValue());
					}
				}
			}
			else if (object.has(field)) {
				selected.set(field, object.get(field));
			}
		}
		return selected;
	}

}
