package closebatch.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import closebatch.report.SummaryJson;
import closebatch.sandbox.SandboxExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static closebatch.cli.CommandLineChild.assertInvalidInput;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #16 as a new user met it: bad files, paths and arguments each get exit 2 and one
 * located line with a hint, and no stack frame reaches the terminal.
 */
class HostileInputCommandTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	@TempDir
	Path workDir;

	private CommandLineChild closebatch;

	private Map<String, String> environment;

	@BeforeEach
	void copyTheSamples() throws Exception {
		this.closebatch = new CommandLineChild(this.workDir).withSamples();
		this.environment = Map.of("CLOSE_API_KEY", SandboxExtension.API_KEY, "CLOSE_BASE_URL",
				sandbox.baseUrl().toString());
	}

	@Test
	void aPortOutOfRangeIsAnInvalidArgumentWithoutAStackTrace() throws Exception {
		CommandLineChild.Result result = this.closebatch.run(Map.of(), "sandbox", "--port", "99999");

		assertInvalidInput(result, "CB-USAGE", "--port 99999");
	}

	@Test
	void anUnknownOptionIsOneLineWithAHint() throws Exception {
		CommandLineChild.Result result = this.closebatch.run(this.environment, "run", "import-leads", "--no-such");

		assertInvalidInput(result, "CB-USAGE", "--no-such");
	}

	@Test
	@EnabledOnOs(OS.LINUX)
	void aDeviceIsRefusedAtOnceInsteadOfReadForever() throws Exception {
		CommandLineChild.Result result = this.closebatch.run(this.environment, "run", "import-leads", "--set",
				"input.path=/dev/zero", "--set", "input.format=csv");

		assertInvalidInput(result, "SRC-117", "/dev/zero");
		assertThat(sandbox.sandbox().requests().toJson().path("writes").asLong()).isZero();
	}

	@Test
	@EnabledOnOs(OS.LINUX)
	void aDeviceAsTheKeyFileIsRefusedAtOnce() throws Exception {
		CommandLineChild.Result result = this.closebatch.run(Map.of("CLOSE_BASE_URL", sandbox.baseUrl().toString()),
				"validate", "import-leads", "--api-key-file", "/dev/zero");

		assertInvalidInput(result, "CB-TARGET", "/dev/zero");
	}

	@Test
	@EnabledOnOs(OS.LINUX)
	void aNamedPipeAndAFolderAreRefused() throws Exception {
		Path fifo = this.workDir.resolve("leads.fifo");
		assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();

		assertInvalidInput(this.closebatch.run(this.environment, "validate", "import-leads", "--set",
				"input.path=leads.fifo", "--set", "input.format=csv"), "SRC-117", "leads.fifo");
		assertInvalidInput(this.closebatch.run(this.environment, "validate", "import-leads", "--set",
				"input.path=samples", "--set", "input.format=csv"), "SRC-117", "samples");
	}

	@Test
	@EnabledOnOs(OS.LINUX)
	void theProcessEnvironmentIsNeverReadSoTheKeyIsNeverShown() throws Exception {
		CommandLineChild.Result result = this.closebatch.run(this.environment, "run", "import-leads", "--set",
				"input.path=/proc/self/environ", "--set", "input.format=csv");

		assertInvalidInput(result, "SRC-117", "/proc/self/environ");
		assertThat(result.out() + result.err()).doesNotContain(SandboxExtension.API_KEY);
	}

	@Test
	void aLineInAnotherEncodingInTheMiddleIsRejectedAndTheRestLoadedInRunAndValidateAlike() throws Exception {
		Path samples = this.workDir.resolve("samples/leads.csv");
		String text = Files.readString(samples);
		String line302 = text.lines().skip(301).findFirst().orElseThrow();
		String bad = "Café Müller GmbH" + line302.substring(line302.indexOf(','));
		int at = text.indexOf(line302);
		byte[] before = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
		byte[] after = text.substring(at + line302.length()).getBytes(StandardCharsets.UTF_8);
		try (var out = Files.newOutputStream(this.workDir.resolve("mixed.csv"))) {
			out.write(before);
			out.write(bad.getBytes(Charset.forName("windows-1252")));
			out.write(after);
		}

		CommandLineChild.Result validate = this.closebatch.run(this.environment, "validate", "import-leads", "--set",
				"input.path=mixed.csv");
		CommandLineChild.Result run = this.closebatch.run(this.environment, "run", "import-leads", "--set",
				"input.path=mixed.csv");

		for (CommandLineChild.Result result : new CommandLineChild.Result[] { validate, run }) {
			assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
			assertThat(result.hasStackFrame()).as(result.err()).isFalse();
			assertThat(result.out() + result.err()).doesNotContainIgnoringCase("run the same command");
		}
		assertThat(validate.out()).as("validate names the first line not in the encoding")
			.containsPattern("row 302: SRC-206: line 302: byte 0x[0-9A-F]{2} at byte offset \\d+ is not valid UTF-8");
		JsonNode summary = SummaryJson.read(this.workDir.resolve("out/import-leads/1/summary.json"));
		assertThat(summary.path("rows_read").asLong()).isEqualTo(304);
		assertThat(summary.path("rows_rejected").asLong()).isEqualTo(13);
		String rejects = Files.readString(this.workDir.resolve("out/import-leads/1/rejects.csv"));
		assertThat(rejects).contains("SRC-206", "line 302", "byte offset " + (before.length + 3), "windows-1252");
		try (Stream<Path> runs = Files.list(this.workDir.resolve("out/import-leads"))) {
			Path validated = runs.filter((dir) -> dir.getFileName().toString().startsWith("validate-"))
				.findFirst()
				.orElseThrow();
			assertThat(Files.readString(validated.resolve("rejects.csv"))).contains("SRC-206", "line 302");
		}
	}

}
