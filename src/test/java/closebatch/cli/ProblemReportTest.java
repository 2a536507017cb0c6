package closebatch.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import closebatch.checkpoint.RunRefusedException;
import closebatch.checkpoint.RunRefusedException.Reason;
import closebatch.close.CloseConfigurationException;
import closebatch.close.CloseConfigurationException.Problem;
import closebatch.config.ConfigError;
import closebatch.config.YamlLocation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every problem that stops a command is one line on stderr, {@code error <code> <where>:
 * <what> Hint: <what to do>}, and an exit code.
 */
class ProblemReportTest {

	private final StringWriter err = new StringWriter();

	@Test
	void aMistakeInAJobFileNamesItsPlaceAndExits2() {
		int exit = report(
				new ConfigError(new YamlLocation("jobs/a.yaml", 7, 3), "unknown key 'pth'", "did you mean 'path'?"));

		assertThat(exit).isEqualTo(2);
		assertThat(this.err)
			.hasToString("error CB-CONFIG jobs/a.yaml:7:3: unknown key 'pth' Hint: did you mean 'path'?\n");
	}

	@Test
	void aStateInUseExits1SinceRunningAgainLaterGetsPastItButAChangedInputExits2() {
		assertThat(report(new RunRefusedException(Reason.STATE_IN_USE, "The state file is in use by 42", "Wait.")))
			.isEqualTo(1);
		assertThat(report(new RunRefusedException(Reason.STATE_UNREACHABLE, "No answer", "Check."))).isEqualTo(1);
		assertThat(report(new RunRefusedException(Reason.INPUT_CHANGED, "The input changed", "Restore it.")))
			.isEqualTo(2);
		assertThat(this.err.toString()).startsWith("error CB-STATE The state file is in use by 42 Hint: Wait.\n");
	}

	@Test
	void aTargetMistakeWithoutAHintOfItsOwnGivesTheHintOfItsCode() {
		int exit = report(new CloseConfigurationException(Problem.BASE_URL, "The base URL is empty", null));

		assertThat(exit).isEqualTo(2);
		assertThat(this.err).hasToString(
				"error CB-TARGET The base URL is empty Hint: Set CLOSE_BASE_URL to the API root, e.g. https://api.close.com/api/v1/\n");
	}

	@Test
	void aUsageProblemExits2() {
		assertThat(report(CommandError.usage("--restart=x is not known", "Use --restart=fresh."))).isEqualTo(2);
		assertThat(this.err).hasToString("error CB-USAGE --restart=x is not known Hint: Use --restart=fresh.\n");
	}

	@Test
	void aFailureOfTheDiskExits1AndAdvisesRunningAgain() {
		assertThat(report(new UncheckedIOException("cannot write out/a/1/summary.json", new java.io.IOException())))
			.isEqualTo(1);
		assertThat(this.err.toString()).startsWith("error CB-IO cannot write out/a/1/summary.json Hint: Check the disk")
			.contains("run the same command again");
	}

	@Test
	void aBugIsNamedOneWithoutPrintingANullMessage() {
		assertThat(report(new IllegalStateException())).isEqualTo(1);
		assertThat(this.err.toString())
			.startsWith("error CB-BUG closebatch stopped on an unexpected IllegalStateException Hint: ")
			.doesNotContain("null");
	}

	@Test
	void whatStoppedARunKeepsItsCodeOrIsNamedAFailedRun() {
		PrintWriter writer = new PrintWriter(this.err);

		ProblemReport.reportRunFailure("SRC-203 leads.csv:9: the quote is not closed. Hint: Close it.", writer);
		ProblemReport.reportRunFailure("Connection reset", writer);

		assertThat(this.err).hasToString(
				"error SRC-203 leads.csv:9: the quote is not closed. Hint: Close it.\nerror CB-RUN Connection reset\n");
	}

	private int report(Throwable problem) {
		return ProblemReport.report(problem, new PrintWriter(this.err));
	}

}
