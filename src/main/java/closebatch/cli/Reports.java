package closebatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.StringJoiner;

import closebatch.job.ExportResult;
import closebatch.job.JobTarget;
import closebatch.job.RunResult;
import closebatch.report.PlanWriter;
import closebatch.report.SummaryText;

/** Prints how a run ended and returns its exit code. */
final class Reports {

	private Reports() {
	}

	static int print(RunResult result, JobTarget target, PrintWriter out, PrintWriter err) {
		String summary = (result.planned() != null) ? plan(result)
				: SummaryText.render(result.summary(), result.decision());
		return print(result.failure(), summary, result.outputDir(), result.decision().code(), target, out, err);
	}

	/** A plan's counts: what a run would do, since nothing was written. */
	private static String plan(RunResult result) {
		StringBuilder text = new StringBuilder("Plan for ").append(result.summary().job())
			.append(" (nothing was written): ");
		StringJoiner counts = new StringJoiner(", ");
		for (PlanWriter.Action action : PlanWriter.Action.values()) {
			counts.add(result.planned().getOrDefault(action, 0L) + " " + action.label());
		}
		text.append(counts).append(" (records)\n");
		text.append("A run would end: ").append(result.decision().headline()).append('\n');
		text.append("Plan: ").append(result.outputDir().resolve(PlanWriter.FILE_NAME)).append('\n');
		return text.toString();
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
