package closebatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import closebatch.job.ExportResult;
import closebatch.job.JobTarget;
import closebatch.job.RunResult;
import closebatch.report.SummaryText;

/** Prints how a run ended and returns its exit code. */
final class Reports {

	private Reports() {
	}

	static int print(RunResult result, JobTarget target, PrintWriter out, PrintWriter err) {
		return print(result.failure(), SummaryText.render(result.summary(), result.decision()), result.outputDir(),
				result.decision().code(), target, out, err);
	}

	static int print(ExportResult result, JobTarget target, PrintWriter out, PrintWriter err) {
		return print(result.failure(), result.text(), result.outputDir(), result.exitCode(), target, out, err);
	}

	private static int print(String failure, String summary, Path outputDir, int exitCode, JobTarget target,
			PrintWriter out, PrintWriter err) {
		if (failure != null) {
			// A user's error comes with its code; anything else is named a failed run.
			err.println("error " + (failure.matches("^[A-Z]+-[A-Z0-9]+ .*") ? failure : "CB-RUN " + failure));
			err.flush();
		}
		out.print(summary);
		out.println("Output: " + outputDir);
		if (target.embedded()) {
			Targets.banner(out);
		}
		out.flush();
		return exitCode;
	}

}
