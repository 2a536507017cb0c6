package closebatch.config;

/**
 * A single YAML value as the user wrote it: numbers and booleans stay text until a reader
 * decides what they mean.
 *
 * @param text the value, or {@code null} for YAML null ({@code null} or nothing)
 * @param location where it was written
 */
public record YamlScalar(String text, YamlLocation location) implements YamlNode {

	@Override
	public String kind() {
		return (this.text == null) ? "an empty value" : "a single value";
	}

}
