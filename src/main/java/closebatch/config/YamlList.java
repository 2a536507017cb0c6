package closebatch.config;

import java.util.List;

/**
 * A YAML sequence.
 *
 * @param items the items in order
 * @param location where the sequence starts
 */
public record YamlList(List<YamlNode> items, YamlLocation location) implements YamlNode {

	public YamlList {
		items = List.copyOf(items);
	}

	@Override
	public String kind() {
		return "a list";
	}

}
