package closebatch.mapping;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Replaces a value by the one the mapping gives for it, matching case-insensitively and
 * ignoring surrounding spaces. A value the map does not list is refused, or kept as it is
 * when the mapping says {@code unmapped: keep}.
 */
final class ValueMapConverter implements Transform.ValueConverter {

	private final Map<String, String> replacements;

	private final boolean keepUnmapped;

	ValueMapConverter(Map<String, String> replacements, boolean keepUnmapped) {
		this.replacements = replacements.entrySet()
			.stream()
			.collect(Collectors.toUnmodifiableMap((entry) -> normal(entry.getKey()), Map.Entry::getValue));
		this.keepUnmapped = keepUnmapped;
	}

	@Override
	public String convert(String value) throws ValueRejected {
		String replacement = this.replacements.get(normal(value));
		if (replacement != null) {
			return replacement;
		}
		if (this.keepUnmapped) {
			return value;
		}
		throw new ValueRejected("'" + value + "' is not one of the values the mapping lists");
	}

	private static String normal(String value) {
		return value.strip().toLowerCase(Locale.ROOT);
	}

}
