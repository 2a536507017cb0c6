package closebatch.cli;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

import closebatch.sandbox.SandboxExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import static closebatch.cli.CommandLineChild.assertInvalidInput;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the command line says when it cannot start: a wrong or unreachable base URL, no
 * command, a help screen; each sends the user the right way.
 */
class DiagnosticsCommandTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	@TempDir
	Path workDir;

	private CommandLineChild closebatch;

	@BeforeEach
	void copyTheSamples() throws Exception {
		this.closebatch = new CommandLineChild(this.workDir).withSamples();
	}

	@Test
	void aClosedPortNamesTheUrlTriedAndWhatToCheckWithoutAdvisingToRunAgain() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		String url = "http://127.0.0.1:" + port + "/api/v1/";

		CommandLineChild.Result result = this.closebatch
			.run(Map.of("CLOSE_API_KEY", SandboxExtension.API_KEY, "CLOSE_BASE_URL", url), "run", "import-leads");

		assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
		assertThat(result.hasStackFrame()).as(result.err()).isFalse();
		assertThat(result.err()).contains("CB-NETWORK", url, "connection refused", "CLOSE_BASE_URL", "server is up")
			.doesNotContainIgnoringCase("run the same command again");
	}

	@Test
	void aBaseUrlWithoutTheApiPathIsCaughtBeforeTheRunNamingTheExpectedForm() throws Exception {
		String url = sandbox.baseUrl().resolve("/").toString();

		CommandLineChild.Result result = this.closebatch
			.run(Map.of("CLOSE_API_KEY", SandboxExtension.API_KEY, "CLOSE_BASE_URL", url), "run", "import-leads");

		assertInvalidInput(result, "CB-TARGET", url, sandbox.baseUrl().toString());
		assertThat(result.err()).doesNotContain("Not found");
		assertThat(sandbox.sandbox().requests().toJson().path("writes").asLong()).isZero();
	}

	@Test
	void noCommandShowsTheUsageOnStderrAndExitsTwo() throws Exception {
		CommandLineChild.Result result = this.closebatch.run(Map.of());

		assertInvalidInput(result, "CB-USAGE", "No command");
		assertThat(result.err()).contains("Usage: closebatch").contains("Commands:");
		assertThat(result.out()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "--help", "run --help", "plan --help", "validate --help", "jobs --help", "sandbox --help",
			"completion --help" })
	void helpPrintsNoPicocliWarning(String arguments) throws Exception {
		CommandLineChild.Result result = this.closebatch.run(Map.of(), arguments.split(" "));

		assertThat(result.exitCode()).as(result.err()).isZero();
		assertThat(result.out()).contains("Usage: closebatch");
		assertThat(result.err()).doesNotContain("picocli WARN");
	}

	@Test
	void runHelpShowsThePercentOfTheRejectLimit() throws Exception {
		CommandLineChild.Result result = this.closebatch.run(Map.of(), "run", "--help");

		assertThat(result.out()).contains("as 5% or 0.05.");
	}

	@Test
	void completionPrintsABashAndZshCompletionScriptForEveryCommand() throws Exception {
		CommandLineChild.Result result = this.closebatch.run(Map.of(), "completion");

		assertThat(result.exitCode()).as(result.err()).isZero();
		assertThat(result.out()).startsWith("#!/usr/bin/env bash")
			.contains("complete -F _complete_closebatch")
			.contains("run", "plan", "validate", "sandbox");
	}

}
