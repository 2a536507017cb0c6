package closebatch.config;

/**
 * A user's mistake in a job file or another YAML configuration file, with where it is and
 * how to fix it.
 *
 * <p>
 * It never carries a stack trace: the location and the hint are the whole story. The
 * message starts with the location ({@code jobs/import-leads.yaml:7:3: ...}).
 */
public class ConfigError extends RuntimeException {

	/** The error code shown to the user. */
	public static final String CODE = "CB-CONFIG";

	private final YamlLocation location;

	private final String problem;

	private final String hint;

	public ConfigError(YamlLocation location, String problem, String hint) {
		super(location + ": " + problem, null, false, false);
		this.location = location;
		this.problem = problem;
		this.hint = (hint != null) ? hint : "";
	}

	/** The error code shown to the user. */
	public String code() {
		return CODE;
	}

	/** Where the mistake is. */
	public YamlLocation location() {
		return this.location;
	}

	/** The file path as given (or the {@code --set} override). */
	public String file() {
		return this.location.source();
	}

	/** The 1-based line, or 0 for a command-line override. */
	public int line() {
		return this.location.line();
	}

	/** The 1-based column, or 0 when unknown. */
	public int column() {
		return this.location.column();
	}

	/** What is wrong, without the location. */
	public String problem() {
		return this.problem;
	}

	/** What the user can do about it; empty when the message says it all. */
	public String hint() {
		return this.hint;
	}

}
