package closebatch.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import closebatch.sandbox.SandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command, run with a known key in the environment and another in a key file,
 * including an input that quotes the process environment and rows that hold the key:
 * neither key is in stdout, stderr, the log, the reports, the results, the rejects or the
 * state database.
 */
@EnabledOnOs(OS.LINUX)
class KeyLeakTest {

	private static final String FILE_KEY = "api_leak_test_key_from_a_file_42";

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	@TempDir
	Path workDir;

	@Test
	void noCommandShowsOrWritesTheKey() throws Exception {
		sandbox.client().post("/_sandbox/api_keys/", Map.of("key", FILE_KEY)).ok();
		CommandLineChild closebatch = new CommandLineChild(this.workDir).withSamples();
		Map<String, String> environment = Map.of("CLOSE_API_KEY", SandboxExtension.API_KEY, "CLOSE_BASE_URL",
				sandbox.baseUrl().toString());
		Files.writeString(this.workDir.resolve("key.txt"), FILE_KEY + "\n");
		// Rows that hold the key of the run that reads them, and are rejected.
		for (String key : List.of(SandboxExtension.API_KEY, FILE_KEY)) {
			String name = key.equals(FILE_KEY) ? "leaky-file" : "leaky";
			Files.writeString(this.workDir.resolve(name + ".csv"), "Company,Contact," + key + "\n" + key
					+ ",Nul\u0000Ann,x\nBeta,Bell\u0007 " + key + ",y\nAcme,Ann,z\n");
			Files.writeString(this.workDir.resolve("jobs/" + name + ".yaml"), "type: import\ninput:\n  path: " + name
					+ ".csv\nmapping: " + Path.of("src/test/resources/hostile/mapping.yaml").toAbsolutePath() + "\n");
		}
		List<CommandLineChild.Result> results = new ArrayList<>();

		results.add(closebatch.run(environment, "jobs"));
		results.add(closebatch.run(environment, "validate", "import-leads"));
		results.add(closebatch.run(environment, "run", "import-leads"));
		results.add(closebatch.run(environment, "run", "import-leads", "--api-key-file", "key.txt"));
		results.add(closebatch.run(environment, "run", "import-leads", "--set", "input.path=/proc/self/environ",
				"--set", "input.format=csv"));
		results.add(closebatch.run(environment, "validate", "leaky"));
		results.add(closebatch.run(environment, "run", "leaky"));
		results.add(closebatch.run(Map.of("CLOSE_BASE_URL", sandbox.baseUrl().toString()), "run", "leaky-file",
				"--api-key-file", "key.txt"));
		results.add(closebatch.run(environment, "run", "export-leads"));
		results.add(closebatch.run(environment, "plan", "import-leads"));
		results.add(closebatch.run(environment, "run", "no-such-job"));
		results.add(closebatch.run(
				Map.of("CLOSE_API_KEY", SandboxExtension.API_KEY, "CLOSE_BASE_URL", "http://example.com/api/v1/"),
				"run", "import-leads"));
		results.add(sandboxCommand(environment));

		assertThat(results.get(2).exitCode()).as(results.get(2).err()).isEqualTo(3);
		assertThat(results.get(6).exitCode()).as(results.get(6).err()).isEqualTo(3);
		assertThat(results.get(8).exitCode()).as(results.get(8).err()).isZero();
		for (CommandLineChild.Result result : results) {
			assertThat(result.out() + result.err()).doesNotContain(SandboxExtension.API_KEY).doesNotContain(FILE_KEY);
		}
		List<Path> written;
		try (Stream<Path> files = Files.walk(this.workDir)) {
			written = files.filter(Files::isRegularFile)
				.filter((file) -> !file.startsWith(this.workDir.resolve("samples")))
				.filter((file) -> !file.equals(this.workDir.resolve("key.txt"))
						&& !file.getFileName().toString().endsWith(".csv") || file.endsWith("rejects.csv")
						|| file.endsWith("results.csv") || file.endsWith("plan.csv"))
				.toList();
		}
		assertThat(written).anyMatch((file) -> file.endsWith("state.db"))
			.anyMatch((file) -> file.endsWith("closebatch.log"))
			.anyMatch((file) -> file.endsWith("rejects.csv"))
			.anyMatch((file) -> file.endsWith("plan.csv"));
		String rejects = Files.readString(this.workDir.resolve("out/leaky/1/rejects.csv"));
		assertThat(rejects).contains("[redacted]", "SRC-208");
		for (Path file : written) {
			String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
			assertThat(bytes).as(file.toString()).doesNotContain(SandboxExtension.API_KEY).doesNotContain(FILE_KEY);
		}
	}

	private CommandLineChild.Result sandboxCommand(Map<String, String> environment) throws Exception {
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), "closebatch.Main", "sandbox", "--port", "0");
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.workDir.toFile());
		builder.environment().putAll(environment);
		Path err = this.workDir.resolve("sandbox-stderr.txt");
		Process process = builder.redirectError(err.toFile()).start();
		StringBuilder out = new StringBuilder();
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (int i = 0; i < 4; i++) {
				out.append(lines.readLine()).append('\n');
			}
			process.destroy();
			assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
		}
		assertThat(out).contains("Close sandbox listening on");
		return new CommandLineChild.Result(0, out.toString(), Files.readString(err));
	}

}
