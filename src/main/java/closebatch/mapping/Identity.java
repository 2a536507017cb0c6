package closebatch.mapping;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How a mapping's records are identified: the key columns, the namespace the keys belong
 * to, and the rules that find a lead in Close. Two jobs with the same namespace load the
 * same records; the namespace belongs to the mapping (by default its file name), never to
 * a job.
 *
 * @param namespace the keys' namespace
 * @param keyColumns the columns whose normalised values make a record key; empty when
 * every row is a record of its own
 * @param match the match rules, {@link MatchRule.Key} first
 */
public record Identity(String namespace, List<String> keyColumns, List<MatchRule> match) {

	/**
	 * The hidden lead custom field in which Close holds each lead's identity,
	 * {@code <namespace>:<key>}.
	 */
	public static final String KEY_FIELD = "closebatch_key";

	private static final Pattern NAMESPACE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

	public Identity {
		Objects.requireNonNull(namespace, "namespace");
		if (!isNamespace(namespace)) {
			throw new IllegalArgumentException("not a namespace: '" + namespace + "'");
		}
		keyColumns = List.copyOf(keyColumns);
		match = List.copyOf(match);
		if (match.isEmpty() || !(match.get(0) instanceof MatchRule.Key)) {
			throw new IllegalArgumentException("the key rule comes first");
		}
	}

	/** Whether the text can name a namespace: letters, digits, '.', '_' and '-'. */
	public static boolean isNamespace(String text) {
		return NAMESPACE.matcher(text).matches();
	}

	/** The namespace a mapping file gets by default: its name without the extension. */
	public static String defaultNamespace(String mappingSource) {
		String name = mappingSource.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		name = name.replaceFirst("\\.(yaml|yml)$", "");
		name = name.replaceAll("[^A-Za-z0-9._-]", "-").replaceFirst("^[^A-Za-z0-9]+", "");
		return name.isEmpty() ? "mapping" : name.substring(0, Math.min(100, name.length()));
	}

}
