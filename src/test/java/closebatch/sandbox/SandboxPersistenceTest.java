package closebatch.sandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a database file, data and keys survive a restart; without one, nothing is left
 * behind.
 */
class SandboxPersistenceTest {

	@Test
	void dataAndKeysSurviveARestartWithTheSameDatabase(@TempDir Path dir) {
		Path db = dir.resolve("sandbox.db");
		SandboxSettings settings = SandboxSettings.defaults().withDatabase(db).withApiKeys(List.of("api_kept"));
		String leadId;
		try (Sandbox first = Sandbox.start(settings)) {
			leadId = SandboxClient.withKey(first.baseUrl(), "api_kept")
				.post("lead/", Map.of("name", "Kept", "contacts", List.of(Map.of("name", "Ann"))))
				.ok()
				.get("id")
				.asString();
		}

		try (Sandbox second = Sandbox.start(settings.withApiKeys(List.of()))) {
			assertThat(second.generatedKey()).isFalse();
			assertThat(SandboxClient.withKey(second.baseUrl(), "api_kept")
				.get("lead/" + leadId + "/")
				.ok()
				.at("/contacts/0/name")
				.asString()).isEqualTo("Ann");
		}
	}

	@Test
	void aTemporaryDatabaseIsDeletedOnClose() throws Exception {
		long before;
		try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			before = files.filter(file -> file.getFileName().toString().startsWith("closebatch-sandbox-")).count();
		}
		try (Sandbox sandbox = Sandbox.start(SandboxSettings.defaults())) {
			assertThat(sandbox.generatedKey()).isTrue();
			assertThat(SandboxClient.withKey(sandbox.baseUrl(), sandbox.apiKey()).get("me/").status()).isEqualTo(200);
		}
		try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			assertThat(files.filter(file -> file.getFileName().toString().startsWith("closebatch-sandbox-")).count())
				.isLessThanOrEqualTo(before);
		}
	}

}
