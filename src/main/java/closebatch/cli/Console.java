package closebatch.cli;

import java.io.PrintWriter;
import java.io.Writer;

import closebatch.job.JobTarget;
import closebatch.report.RunReport;
import closebatch.report.SummaryJson;
import tools.jackson.databind.JsonNode;

/**
 * Where a command's output goes. By default the banner and the summary go to stdout and
 * progress to stderr. With {@code --json}, stdout carries only the run's summary as one
 * JSON document and the text for people moves to stderr. With {@code --quiet}, the text
 * for people is dropped but for a one-line result (replaced by the JSON with
 * {@code --json}) and the sandbox banner's one-line form on stderr. Errors always go to
 * stderr.
 */
final class Console {

	private final PrintWriter out;

	private final PrintWriter err;

	private final boolean json;

	private final boolean quiet;

	private final PrintWriter human;

	Console(PrintWriter out, PrintWriter err, boolean json, boolean quiet) {
		this.out = out;
		this.err = err;
		this.json = json;
		this.quiet = quiet;
		this.human = quiet ? new PrintWriter(Writer.nullWriter()) : (json ? err : out);
	}

	/** Text for people: stdout, or stderr with {@code --json}, or nowhere when quiet. */
	PrintWriter human() {
		return this.human;
	}

	PrintWriter err() {
		return this.err;
	}

	/** The progress display of a run, or one that shows nothing when quiet. */
	ProgressDisplay progress() {
		return this.quiet ? ProgressDisplay.hidden() : ProgressDisplay.forConsole(this.err);
	}

	/**
	 * Says that the run uses the embedded sandbox: the banner, or one line when quiet.
	 */
	void sandboxBanner() {
		if (this.quiet) {
			this.err.println("SANDBOX RUN: no Close API key is configured, so this run uses the embedded sandbox ("
					+ JobTarget.EMBEDDED_DATABASE + "); nothing is sent to Close.");
			this.err.flush();
		}
		else {
			Targets.banner(this.human);
		}
	}

	/**
	 * Prints how a run ended: what stopped it on stderr, then its summary as the options
	 * ask.
	 * @return the run's exit code
	 */
	int finish(RunReport report, JobTarget target) {
		if (report.failure() != null) {
			ProblemReport.reportRunFailure(report.failure(), this.err);
		}
		this.human.print(report.text());
		if (target.embedded() && !this.quiet) {
			Targets.banner(this.human);
		}
		this.human.flush();
		if (this.json) {
			printJson(this.out, report.json());
		}
		else if (this.quiet) {
			this.out.println(report.line());
			this.out.flush();
		}
		return report.exitCode();
	}

	/**
	 * Prints a JSON document as closebatch writes every one: see
	 * {@link SummaryJson#render}.
	 */
	static void printJson(PrintWriter out, JsonNode document) {
		out.println(SummaryJson.render(document));
		out.flush();
	}

}
