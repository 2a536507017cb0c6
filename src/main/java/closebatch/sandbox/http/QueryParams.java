package closebatch.sandbox.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * The filter and paging parameters of a request: from the query string, or from the
 * {@code _params} object of the body (Close's way around long URLs), which wins when both
 * name the same parameter.
 */
public final class QueryParams {

	private final Map<String, List<String>> values;

	/** The parameters a handler may read; null when any. */
	private final Set<String> declared;

	private QueryParams(Map<String, List<String>> values) {
		this(values, null);
	}

	private QueryParams(Map<String, List<String>> values, Set<String> declared) {
		this.values = values;
		this.declared = declared;
	}

	public static QueryParams empty() {
		return new QueryParams(Map.of());
	}

	/**
	 * These parameters, checked against the ones a route implements: any other is a 400
	 * naming it (Close's own answer to a parameter it does not know), never ignored.
	 * Reading an undeclared parameter from the result is a bug of the route and throws
	 * {@link IllegalStateException}.
	 * @param route the method and template, for the message
	 */
	public QueryParams acceptOnly(Set<String> accepted, String route) {
		FieldErrors errors = new FieldErrors();
		for (String name : this.values.keySet()) {
			if (!accepted.contains(name)) {
				errors.field(name, "The sandbox does not support the parameter \"" + name + "\" on " + route + ".");
			}
		}
		errors.throwIfAny();
		return new QueryParams(this.values, Set.copyOf(accepted));
	}

	/** Parses a raw (still percent-encoded) query string, which may be null. */
	public static QueryParams parse(String rawQuery) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		if (rawQuery != null && !rawQuery.isEmpty()) {
			for (String pair : rawQuery.split("&")) {
				if (pair.isEmpty()) {
					continue;
				}
				int equals = pair.indexOf('=');
				String name = decode((equals < 0) ? pair : pair.substring(0, equals));
				String value = (equals < 0) ? "" : decode(pair.substring(equals + 1));
				values.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
			}
		}
		return new QueryParams(values);
	}

	/**
	 * These parameters with the entries of a {@code _params} object added over them.
	 * Lists become comma-separated values, as they would be written in a query string.
	 */
	public QueryParams withParamsObject(JsonNode params) {
		if (params == null || !params.isObject()) {
			return this;
		}
		Map<String, List<String>> merged = new LinkedHashMap<>(this.values);
		for (Map.Entry<String, JsonNode> entry : params.properties()) {
			JsonNode value = entry.getValue();
			String text;
			if (value.isArray()) {
				List<String> items = new ArrayList<>();
				value.values().forEach(item -> items.add(item.asString()));
				text = String.join(",", items);
			}
			else {
				text = value.isNull() ? "" : value.asString();
			}
			merged.put(entry.getKey(), List.of(text));
		}
		return new QueryParams(merged);
	}

	public boolean has(String name) {
		checkDeclared(name);
		return this.values.containsKey(name);
	}

	public Set<String> names() {
		return this.values.keySet();
	}

	/** The first value of a parameter, if it was given. */
	public Optional<String> first(String name) {
		checkDeclared(name);
		List<String> list = this.values.get(name);
		return (list == null || list.isEmpty()) ? Optional.empty() : Optional.of(list.get(0));
	}

	/**
	 * All values of a parameter, each comma-separated value split ({@code id__in=a,b}).
	 */
	public List<String> list(String name) {
		checkDeclared(name);
		List<String> result = new ArrayList<>();
		for (String value : this.values.getOrDefault(name, List.of())) {
			Arrays.stream(value.split(",")).map(String::trim).filter(item -> !item.isEmpty()).forEach(result::add);
		}
		return result;
	}

	/**
	 * A boolean flag as Close accepts it ({@code true}/{@code false},
	 * {@code 1}/{@code 0}).
	 */
	public Optional<Boolean> bool(String name) {
		return first(name).map(value -> {
			String normalized = value.trim().toLowerCase();
			if (normalized.equals("true") || normalized.equals("1") || normalized.equals("yes")) {
				return true;
			}
			if (normalized.equals("false") || normalized.equals("0") || normalized.equals("no")) {
				return false;
			}
			throw ApiException.fieldError(name, "Input should be a valid boolean");
		});
	}

	/**
	 * An integer parameter within bounds, with pydantic-style messages as Close gives
	 * them.
	 */
	public int integer(String name, int defaultValue, int min, int max) {
		Optional<String> raw = first(name);
		if (raw.isEmpty() || raw.get().isBlank()) {
			return defaultValue;
		}
		int value;
		try {
			value = Integer.parseInt(raw.get().trim());
		}
		catch (NumberFormatException ex) {
			throw ApiException.fieldError(name,
					"Input should be a valid integer, unable to parse string as an integer");
		}
		if (value < min) {
			throw ApiException.fieldError(name, "Input should be greater than or equal to " + min);
		}
		if (value > max) {
			throw ApiException.fieldError(name, "Input should be less than or equal to " + max);
		}
		return value;
	}

	private void checkDeclared(String name) {
		if (this.declared != null && !this.declared.contains(name)) {
			throw new IllegalStateException("The route reads the query parameter " + name + " it does not declare");
		}
	}

	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

}
