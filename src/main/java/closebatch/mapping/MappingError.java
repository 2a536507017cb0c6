package closebatch.mapping;

import closebatch.config.ConfigError;
import closebatch.config.YamlLocation;
import closebatch.error.ErrorCode;

/**
 * A mistake in a mapping file (an unknown column, an unknown Close field, a bad
 * transform), with the file, line, column and a hint. It stops the job before any write.
 */
public final class MappingError extends ConfigError {

	/** The mapping stage's error code. */
	public enum Code implements ErrorCode {

		MAPPING;

		@Override
		public String code() {
			return "CB-MAPPING";
		}

		@Override
		public String hint() {
			return "Fix the mapping file at the place named.";
		}

	}

	public MappingError(YamlLocation location, String problem, String hint) {
		super(Code.MAPPING, location, problem, hint);
	}

	static MappingError of(ConfigError error) {
		return (error instanceof MappingError mapping) ? mapping
				: new MappingError(error.place(), error.getMessage(), error.hint());
	}

}
