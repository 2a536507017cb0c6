package closebatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import closebatch.sandbox.SandboxExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code closebatch setup} as README shows it: plan, apply, export, their output and exit
 * codes.
 */
class SetupCommandTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	@TempDir
	Path workDir;

	private CommandLineChild closebatch;

	private Map<String, String> sandboxKey;

	@BeforeEach
	void copyTheSamples() throws Exception {
		this.closebatch = new CommandLineChild(this.workDir).withSamples();
		this.sandboxKey = Map.of("CLOSE_API_KEY", SandboxExtension.API_KEY, "CLOSE_BASE_URL",
				sandbox.baseUrl().toString());
	}

	@Test
	void planShowsTheChangesApplyMakesThemOnceAndExportWritesThem() throws Exception {
		CommandLineChild.Result plan = this.closebatch.run(this.sandboxKey, "setup", "plan", "samples/setup.yaml");
		assertThat(plan.exitCode()).as(plan.err()).isZero();
		assertThat(plan.out()).contains("create   lead custom field \"Industry\": text",
				"create   field \"Host\" of custom activity type \"Onboarding Meeting\": user",
				"Planned samples/setup.yaml: 18 to create, 0 to update, 0 to rename, 0 to delete, 8 unchanged. "
						+ "Nothing was written.");

		CommandLineChild.Result apply = this.closebatch.run(this.sandboxKey, "setup", "apply", "samples/setup.yaml",
				"--json");
		assertThat(apply.exitCode()).as(apply.err()).isZero();
		JsonNode document = JsonMapper.builder().build().readTree(apply.out());
		assertThat(document.path("applied").asBoolean()).isTrue();
		assertThat(document.path("counts").path("create").asInt()).isEqualTo(18);
		assertThat(document.path("changes").path(0).path("what").asString()).isEqualTo("lead status");

		CommandLineChild.Result export = this.closebatch.run(this.sandboxKey, "setup", "export", "--out",
				"setup/exported.yaml");
		assertThat(export.exitCode()).as(export.err()).isZero();
		assertThat(Files.readString(this.workDir.resolve("setup/exported.yaml")))
			.contains("- name: Onboarding Meeting");

		CommandLineChild.Result again = this.closebatch.run(this.sandboxKey, "setup", "plan", "setup/exported.yaml",
				"--quiet");
		assertThat(again.out().strip()).isEqualTo("Planned setup/exported.yaml: 0 to create, 0 to update, "
				+ "0 to rename, 0 to delete, 26 unchanged. Nothing was written.");
	}

	@Test
	void aConflictEndsWithExitCode3AndAMistakeWithExitCode2AtItsLine() throws Exception {
		Files.writeString(this.workDir.resolve("conflict.yaml"),
				"pipelines:\n  - name: Sales\n    statuses: [{label: Won, type: lost}]\n");
		Files.writeString(this.workDir.resolve("broken.yaml"), "lead-statuses:\n  - Potential\ncolours: [red]\n");

		CommandLineChild.Result conflict = this.closebatch.run(this.sandboxKey, "setup", "apply", "conflict.yaml");
		CommandLineChild.Result broken = this.closebatch.run(this.sandboxKey, "setup", "plan", "broken.yaml");
		CommandLineChild.Result bare = this.closebatch.run(this.sandboxKey, "setup");

		assertThat(conflict.exitCode()).isEqualTo(3);
		assertThat(conflict.out()).contains(
				"conflict opportunity status \"Won\" of pipeline \"Sales\": the file says lost, the organization has won");
		CommandLineChild.assertInvalidInput(broken, "broken.yaml:3");
		assertThat(bare.exitCode()).isEqualTo(2);
	}

}
