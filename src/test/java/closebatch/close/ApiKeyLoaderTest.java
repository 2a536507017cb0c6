package closebatch.close;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import closebatch.close.CloseConfigurationException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Keys come from a key file, or from CLOSE_API_KEY and CLOSE_API_KEYS. */
class ApiKeyLoaderTest {

	@TempDir
	Path dir;

	@Test
	void readsOneKeyFromCloseApiKey() {
		List<ApiKey> keys = ApiKeyLoader.load(Map.of("CLOSE_API_KEY", " api_one \n"), null);

		assertThat(keys).containsExactly(ApiKey.of("api_one"));
	}

	@Test
	void readsSeveralKeysFromCloseApiKeysAfterCloseApiKeyWithoutDuplicates() {
		List<ApiKey> keys = ApiKeyLoader
			.load(Map.of("CLOSE_API_KEY", "api_one", "CLOSE_API_KEYS", "api_two, api_one,,api_three ,"), null);

		assertThat(keys).containsExactly(ApiKey.of("api_one"), ApiKey.of("api_two"), ApiKey.of("api_three"));
	}

	@Test
	void noKeyConfiguredMeansNoKeys() {
		assertThat(ApiKeyLoader.load(Map.of("CLOSE_API_KEY", "  "), null)).isEmpty();
		assertThat(ApiKeyLoader.load(Map.of(), null)).isEmpty();
	}

	@Test
	void readsAKeyFileIgnoringBlankLinesAndComments() throws IOException {
		Path file = write("\uFEFF# production keys\napi_one\n\n   # the second user\n  api_two  \r\napi_one\n");

		List<ApiKey> keys = ApiKeyLoader.load(Map.of(), file);

		assertThat(keys).containsExactly(ApiKey.of("api_one"), ApiKey.of("api_two"));
	}

	@Test
	void aKeyFileWinsOverTheEnvironment() throws IOException {
		Path file = write("api_from_file\n");

		List<ApiKey> keys = ApiKeyLoader.load(Map.of("CLOSE_API_KEY", "api_from_env"), file);

		assertThat(keys).containsExactly(ApiKey.of("api_from_file"));
	}

	@Test
	void aMalformedKeyIsReportedByFileAndLineAndNeverShown() throws IOException {
		Path file = write("# keys\napi_good\napi_secret_value with_a_space\n");

		assertThatThrownBy(() -> ApiKeyLoader.load(Map.of(), file))
			.isInstanceOfSatisfying(CloseConfigurationException.class, ex -> {
				assertThat(ex.problem()).isEqualTo(Problem.API_KEY);
				assertThat(ex.getMessage()).contains(file + ":3")
					.contains("white space")
					.doesNotContain("api_secret_value")
					.doesNotContain("with_a_space");
				assertThat(ex.hint()).isNotBlank();
			});
	}

	@Test
	void aMalformedKeyInTheEnvironmentIsReportedByItsPositionAndNeverShown() {
		assertThatThrownBy(() -> ApiKeyLoader.load(Map.of("CLOSE_API_KEYS", "api_ok,api_sec:ret"), null))
			.isInstanceOf(CloseConfigurationException.class)
			.hasMessageContaining("CLOSE_API_KEYS entry 2")
			.hasMessageNotContaining("api_sec")
			.hasMessageNotContaining("ret");
	}

	@Test
	void aKeyFileWithOnlyCommentsIsAnError() throws IOException {
		Path file = write("# no keys yet\n\n");

		assertThatThrownBy(() -> ApiKeyLoader.load(Map.of(), file)).isInstanceOf(CloseConfigurationException.class)
			.hasMessageContaining("holds no key");
	}

	@Test
	void aMissingKeyFileIsAnErrorNamingIt() {
		Path missing = this.dir.resolve("nope.txt");

		assertThatThrownBy(() -> ApiKeyLoader.load(Map.of(), missing))
			.isInstanceOfSatisfying(CloseConfigurationException.class,
					ex -> assertThat(ex.problem()).isEqualTo(Problem.API_KEY_FILE))
			.hasMessageContaining(missing.toString());
	}

	private Path write(String text) throws IOException {
		Path file = this.dir.resolve("keys.txt");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

}
