package closebatch.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies {@code --set key=value} overrides to a job's YAML tree before it is read.
 *
 * <p>
 * A key is a dotted path ({@code input.path}); missing sections are created, and the
 * value is read as YAML, so {@code fields=[id,name]} sets a list. A key the job does not
 * know is then refused by the job reader, at the override's text rather than at a line.
 */
public final class JobOverrides {

	private JobOverrides() {
	}

	/** The tree with every override applied, in order. */
	public static YamlNode apply(YamlNode root, List<String> overrides) {
		YamlNode result = root;
		for (String override : overrides) {
			result = applyOne(result, override);
		}
		return result;
	}

	private static YamlNode applyOne(YamlNode root, String override) {
		YamlLocation at = YamlLocation.override(override);
		int equals = override.indexOf('=');
		if (equals <= 0) {
			throw new ConfigError(at, "an override must look like key=value", "for example --set input.path=dump.xlsx");
		}
		String[] path = override.substring(0, equals).trim().split("\\.", -1);
		for (String part : path) {
			if (part.isBlank()) {
				throw new ConfigError(at, "the key '" + override.substring(0, equals) + "' has an empty part",
						"separate section and key with one dot, as in input.path");
			}
		}
		YamlNode value = relocate(YamlReader.read(override.substring(equals + 1), at.source()), at);
		return set(root.asMap("the job"), path, 0, value, at);
	}

	private static YamlMap set(YamlMap map, String[] path, int index, YamlNode value, YamlLocation at) {
		Map<String, YamlMap.Entry> entries = new LinkedHashMap<>();
		map.entries().forEach((entry) -> entries.put(entry.key(), entry));
		String key = path[index];
		YamlNode replacement = value;
		if (index < path.length - 1) {
			YamlNode existing = map.get(key).orElse(new YamlMap(Map.of(), at));
			if (!(existing instanceof YamlMap section)) {
				throw new ConfigError(at,
						"'" + String.join(".", java.util.Arrays.copyOf(path, index + 1))
								+ "' is a single value, not a section with keys",
						"set it directly: --set " + key + "=...");
			}
			replacement = set(section, path, index + 1, value, at);
		}
		entries.put(key, new YamlMap.Entry(key, at, replacement));
		return new YamlMap(entries, map.location());
	}

	private static YamlNode relocate(YamlNode node, YamlLocation at) {
		if (node instanceof YamlScalar scalar) {
			return new YamlScalar(scalar.text(), at);
		}
		return node;
	}

}
