package closebatch.checkpoint;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where the checkpoint database lives: a SQLite file (the embedded default) or a
 * PostgreSQL database shared by many runners.
 */
public sealed interface StateLocation permits StateLocation.SqliteFile, PostgresState {

	/**
	 * The state a command names: {@code --state} (a file, or a {@code jdbc:postgresql:}
	 * URL), else {@value PostgresState#URL}, else
	 * {@link CheckpointDatabase#DEFAULT_PATH}.
	 * @param option the {@code --state} value, or null
	 * @param environment where the URL and a database's credentials may come from
	 * @throws IllegalArgumentException if a PostgreSQL URL or its credentials are
	 * unusable
	 */
	static StateLocation of(String option, Map<String, String> environment) {
		String state = (option != null) ? option : environment.get(PostgresState.URL);
		if (state == null || state.isBlank()) {
			return new SqliteFile(CheckpointDatabase.DEFAULT_PATH);
		}
		return PostgresState.isUrl(state) ? PostgresState.of(state, environment) : new SqliteFile(Path.of(state));
	}

	/** The location, for messages: a path, or a URL without credentials. */
	String describe();

	/**
	 * Whether there is anything to read yet (a PostgreSQL database always may hold runs).
	 */
	boolean exists();

	/**
	 * The embedded default: one SQLite file, owned by one process at a time.
	 *
	 * @param path the database file
	 */
	record SqliteFile(Path path) implements StateLocation {

		public SqliteFile {
			Objects.requireNonNull(path, "path");
		}

		@Override
		public String describe() {
			return this.path.toString();
		}

		@Override
		public boolean exists() {
			return java.nio.file.Files.exists(this.path);
		}

	}

}
