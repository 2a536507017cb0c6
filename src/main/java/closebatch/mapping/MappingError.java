package closebatch.mapping;

import closebatch.config.ConfigError;
import closebatch.config.YamlLocation;

/**
 * A mistake in a mapping file (an unknown column, an unknown Close field, a bad
 * transform), with the file, line, column and a hint. It stops the job before any write.
 */
public final class MappingError extends ConfigError {

	/** The error code shown to the user. */
	public static final String CODE = "CB-MAPPING";

	public MappingError(YamlLocation location, String problem, String hint) {
		super(location, problem, hint);
	}

	static MappingError of(ConfigError error) {
		return (error instanceof MappingError mapping) ? mapping
				: new MappingError(error.location(), error.problem(), error.hint());
	}

	@Override
	public String code() {
		return CODE;
	}

}
