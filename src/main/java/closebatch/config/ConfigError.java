package closebatch.config;

import closebatch.error.ErrorCode;
import closebatch.error.SourceLocation;
import closebatch.error.UserInputException;

/**
 * A user's mistake in a job file or another YAML configuration file, with where it is and
 * how to fix it.
 *
 * <p>
 * The location and the hint are the whole story. It keeps the YAML line and column
 * besides the {@link #location() location} it prints
 * ({@code jobs/import-leads.yaml:7:3}).
 */
public class ConfigError extends UserInputException {

	/** The configuration stage's error code. */
	public enum Code implements ErrorCode {

		CONFIG;

		@Override
		public String code() {
			return "CB-CONFIG";
		}

		@Override
		public String hint() {
			return "Fix the job file (or the --set option) at the place named.";
		}

	}

	private final YamlLocation place;

	public ConfigError(YamlLocation location, String problem, String hint) {
		this(Code.CONFIG, location, problem, hint);
	}

	/**
	 * A mistake in a YAML file of another stage, under that stage's code.
	 * @param code the stage's code
	 * @param location where the mistake is
	 * @param problem what is wrong, without the location
	 * @param hint what to do about it; null or empty when the problem says it all
	 */
	protected ConfigError(ErrorCode code, YamlLocation location, String problem, String hint) {
		super(code, at(location), problem, (hint != null) ? hint : "", null);
		this.place = location;
	}

	private static SourceLocation at(YamlLocation location) {
		SourceLocation line = SourceLocation.of(location.source()).atRow(location.line());
		return (location.line() > 0 && location.column() > 0) ? line.atColumn(Integer.toString(location.column()))
				: line;
	}

	/** Where the mistake is, as the YAML reader found it. */
	public YamlLocation place() {
		return this.place;
	}

	/** The 1-based line, or 0 for a command-line override. */
	public int line() {
		return this.place.line();
	}

	/** The 1-based column, or 0 when unknown. */
	public int column() {
		return this.place.column();
	}

}
