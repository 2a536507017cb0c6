package closebatch.cli;

import java.io.PrintWriter;

import closebatch.job.JobTarget;
import closebatch.job.RunResult;
import closebatch.report.SummaryText;

/** Prints how a run ended and returns its exit code. */
final class Reports {

	private Reports() {
	}

	static int print(RunResult result, JobTarget target, PrintWriter out, PrintWriter err) {
		if (result.failure() != null) {
			err.println("error: " + result.failure());
			err.flush();
		}
		out.print(SummaryText.render(result.summary(), result.decision()));
		out.println("Output: " + result.outputDir());
		if (target.embedded()) {
			Targets.banner(out);
		}
		out.flush();
		return result.decision().code();
	}

}
