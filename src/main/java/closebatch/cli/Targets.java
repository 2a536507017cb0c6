package closebatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

import closebatch.job.JobTarget;

/** Opens a run's target and says so loudly when it is the embedded sandbox. */
final class Targets {

	private Targets() {
	}

	static JobTarget open(Map<String, String> environment, JobOptions options, Console console) {
		return open(environment, options.apiKeyFile, console);
	}

	static JobTarget open(Map<String, String> environment, Path apiKeyFile, Console console) {
		JobTarget target = JobTarget.open(environment, apiKeyFile, JobTarget.EMBEDDED_DATABASE);
		if (target.embedded()) {
			console.sandboxBanner();
		}
		return target;
	}

	static void banner(PrintWriter out) {
		String[] lines = { "SANDBOX RUN: no Close API key is configured (CLOSE_API_KEY or",
				"--api-key-file), so this run uses the embedded sandbox, with its data",
				"in " + JobTarget.EMBEDDED_DATABASE + ". NOTHING WAS SENT TO CLOSE." };
		int width = 74;
		out.println("*".repeat(width));
		for (String line : lines) {
			out.println("* " + line + " ".repeat(Math.max(0, width - 4 - line.length())) + " *");
		}
		out.println("*".repeat(width));
		out.flush();
	}

}
