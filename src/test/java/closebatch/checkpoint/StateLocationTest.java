package closebatch.checkpoint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import closebatch.error.Secrets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StateLocationTest {

	private static final String URL = "jdbc:postgresql://db.example.com:5432/closebatch";

	@TempDir
	Path dir;

	@Test
	void isTheSqliteFileOfTheDefaultPathWhenNothingNamesAnother() {
		assertThat(StateLocation.of(null, Map.of()))
			.isEqualTo(new StateLocation.SqliteFile(CheckpointDatabase.DEFAULT_PATH));
		assertThat(StateLocation.of("ci/state.db", Map.of()))
			.isEqualTo(new StateLocation.SqliteFile(Path.of("ci/state.db")));
	}

	@Test
	void isAPostgresDatabaseNamedByTheOptionOrElseTheEnvironmentWithItsCredentials() {
		Map<String, String> environment = Map.of(PostgresState.URL, URL, PostgresState.USER, "runner",
				PostgresState.PASSWORD, "s3cret-state-password");

		assertThat(StateLocation.of(null, environment))
			.isEqualTo(new PostgresState(URL, "runner", "s3cret-state-password"));
		assertThat(StateLocation.of("local.db", environment)).isInstanceOf(StateLocation.SqliteFile.class);
		assertThat(StateLocation.of(URL + "2", environment)).extracting(StateLocation::describe).isEqualTo(URL + "2");
	}

	@Test
	void readsThePasswordFromTheFileTheEnvironmentNames() throws Exception {
		Path file = this.dir.resolve("password");
		Files.writeString(file, "from-a-file-password\n");

		PostgresState state = PostgresState.of(URL, Map.of(PostgresState.PASSWORD_FILE, file.toString()));

		assertThat(state.password()).isEqualTo("from-a-file-password");
		assertThat(state.connectionProperties()).containsEntry("password", "from-a-file-password");
	}

	@Test
	void neverShowsThePasswordAndRegistersItForRedaction() {
		PostgresState state = new PostgresState(URL, "runner", "never-shown-password");

		assertThat(state.toString()).doesNotContain("never-shown-password").contains(URL);
		assertThat(state.describe()).doesNotContain("never-shown-password");
		assertThat(Secrets.redact("error: never-shown-password")).doesNotContain("never-shown-password");
	}

	@Test
	void refusesAUrlThatHoldsThePasswordOrIsNoPostgresUrl() {
		assertThatIllegalArgumentException().isThrownBy(() -> PostgresState.of(URL + "?user=a&password=b", Map.of()))
			.withMessageContaining(PostgresState.PASSWORD)
			.withMessageNotContaining("password=b");
		assertThatIllegalArgumentException().isThrownBy(() -> new PostgresState("jdbc:mysql://h/db", null, null));
	}

	@Test
	void refusesAPasswordFileItCannotRead() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PostgresState.of(URL,
					Map.of(PostgresState.PASSWORD_FILE, this.dir.resolve("missing").toString())))
			.withMessageContaining(PostgresState.PASSWORD_FILE);
	}

}
