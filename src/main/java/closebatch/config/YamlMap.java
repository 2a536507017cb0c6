package closebatch.config;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A YAML mapping with string keys, in the order written, remembering where each key is.
 *
 * <p>
 * Readers call {@link #rejectUnknownKeys} first, then take values with the typed getters,
 * each of which reports a wrong value at the value's own line.
 */
public final class YamlMap implements YamlNode {

	/** One key with its location and value. */
	public record Entry(String key, YamlLocation keyLocation, YamlNode value) {
	}

	private final Map<String, Entry> entries;

	private final YamlLocation location;

	public YamlMap(Map<String, Entry> entries, YamlLocation location) {
		this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
		this.location = location;
	}

	@Override
	public YamlLocation location() {
		return this.location;
	}

	@Override
	public String kind() {
		return "a mapping";
	}

	/** The entries in the order written. */
	public Collection<Entry> entries() {
		return this.entries.values();
	}

	/** The keys in the order written. */
	public Set<String> keys() {
		return this.entries.keySet();
	}

	/** Whether the key is present (even with an empty value). */
	public boolean has(String key) {
		return this.entries.containsKey(key);
	}

	/** The value of a key, if present. */
	public Optional<YamlNode> get(String key) {
		return Optional.ofNullable(this.entries.get(key)).map(Entry::value);
	}

	/** The entry of a key, if present. */
	public Optional<Entry> entry(String key) {
		return Optional.ofNullable(this.entries.get(key));
	}

	/** The value of a required key, or a {@link ConfigError} at this mapping. */
	public YamlNode require(String key, String what) {
		return get(key).orElseThrow(
				() -> new ConfigError(this.location, what + " needs '" + key + "'", "add '" + key + ":' here"));
	}

	/** The text of a key, if present and not null. */
	public Optional<String> text(String key) {
		return get(key).filter((node) -> !(node instanceof YamlScalar scalar && scalar.text() == null))
			.map((node) -> node.asText("'" + key + "'"));
	}

	/** The whole number of a key, or {@code otherwise} when absent. */
	public int integer(String key, int otherwise, int min) {
		Optional<YamlNode> node = get(key);
		if (node.isEmpty() || node.get() instanceof YamlScalar scalar && scalar.text() == null) {
			return otherwise;
		}
		String text = node.get().asText("'" + key + "'");
		try {
			int value = Integer.parseInt(text.trim());
			if (value < min) {
				throw new ConfigError(node.get().location(), "'" + key + "' must be at least " + min + ", not " + value,
						null);
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw new ConfigError(node.get().location(), "'" + key + "' must be a whole number, not '" + text + "'",
					null);
		}
	}

	/** The yes/no value of a key, or {@code otherwise} when absent. */
	public boolean flag(String key, boolean otherwise) {
		Optional<YamlNode> node = get(key);
		if (node.isEmpty()) {
			return otherwise;
		}
		String text = node.get().asText("'" + key + "'");
		return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
			case "true", "yes", "on" -> true;
			case "false", "no", "off" -> false;
			default -> throw new ConfigError(node.get().location(),
					"'" + key + "' must be true or false, not '" + text + "'", null);
		};
	}

	/**
	 * Rejects the first key that is not allowed, at its line, suggesting the nearest
	 * allowed key.
	 * @param what what this mapping is, for the message ("the job", "a contact")
	 * @param allowed the keys a reader understands
	 */
	public void rejectUnknownKeys(String what, Set<String> allowed) {
		for (Entry entry : this.entries.values()) {
			if (!allowed.contains(entry.key())) {
				throw new ConfigError(entry.keyLocation(), "unknown key '" + entry.key() + "' in " + what,
						Suggestions.hint(entry.key(), allowed));
			}
		}
	}

	/** The allowed keys, sorted, for hints. */
	static String listed(Collection<String> keys) {
		return String.join(", ", keys.stream().distinct().sorted(Comparator.naturalOrder()).toList());
	}

}
