package closebatch.close;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The query parameters of a Close API request, in order: filters such as {@code lead_id},
 * and Close's own {@code _fields}, {@code _limit} and {@code _skip}. Immutable; each
 * {@code with…} returns a new query, replacing a parameter of the same name.
 */
public final class Query {

	private static final Query EMPTY = new Query(List.of());

	private final List<Map.Entry<String, String>> parameters;

	private Query(List<Map.Entry<String, String>> parameters) {
		this.parameters = parameters;
	}

	public static Query empty() {
		return EMPTY;
	}

	/** This query with {@code name=value}, replacing an earlier value of {@code name}. */
	public Query with(String name, String value) {
		if (name == null || name.isEmpty() || value == null) {
			throw new IllegalArgumentException("A query parameter needs a name and a value");
		}
		List<Map.Entry<String, String>> copy = new ArrayList<>(this.parameters);
		copy.removeIf(entry -> entry.getKey().equals(name));
		copy.add(Map.entry(name, value));
		return new Query(List.copyOf(copy));
	}

	/** {@code _fields}: only these fields in each returned object. */
	public Query fields(String... fields) {
		return with("_fields", String.join(",", fields));
	}

	/** {@code _limit}: at most this many objects per page. */
	public Query limit(int limit) {
		if (limit < 0) {
			throw new IllegalArgumentException("_limit must not be negative, not " + limit);
		}
		return with("_limit", Integer.toString(limit));
	}

	/** {@code _skip}: start after this many objects. */
	public Query skip(int skip) {
		if (skip < 0) {
			throw new IllegalArgumentException("_skip must not be negative, not " + skip);
		}
		return with("_skip", Integer.toString(skip));
	}

	/** The value of a parameter, or null. */
	public String get(String name) {
		return this.parameters.stream()
			.filter(entry -> entry.getKey().equals(name))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
	}

	public boolean isEmpty() {
		return this.parameters.isEmpty();
	}

	/** {@code a=1&b=x%2Cy}, form-encoded in UTF-8; empty for no parameters. */
	public String encode() {
		return this.parameters.stream()
			.map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
			.collect(Collectors.joining("&"));
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Query query && query.parameters.equals(this.parameters);
	}

	@Override
	public int hashCode() {
		return this.parameters.hashCode();
	}

	@Override
	public String toString() {
		return encode();
	}

}
