package closebatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import closebatch.Version;
import closebatch.checkpoint.RunPlanner.RestartMode;
import closebatch.checkpoint.StateLocation;
import closebatch.config.JobDefinition;
import closebatch.config.JobLoader;
import closebatch.error.RegularFiles;
import closebatch.job.RunOptions;
import closebatch.report.RejectThreshold;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What names a job and its target: shared by {@code run} and {@code validate}. */
final class JobOptions {

	static final String STATE_DESCRIPTION = "The checkpoint database: a SQLite file, or a PostgreSQL URL "
			+ "(jdbc:postgresql://HOST:PORT/DB; user and password from CLOSEBATCH_STATE_USER and "
			+ "CLOSEBATCH_STATE_PASSWORD or CLOSEBATCH_STATE_PASSWORD_FILE). "
			+ "Default: CLOSEBATCH_STATE_URL, else .closebatch/state.db.";

	@Parameters(index = "0", paramLabel = "JOB",
			description = "A job name (jobs/<JOB>.yaml), or the path of a job file.")
	String job;

	@Option(names = "--set", paramLabel = "KEY=VALUE",
			description = "Overrides a job setting, e.g. --set input.path=dump.xlsx; repeatable.")
	List<String> overrides = new ArrayList<>();

	@Option(names = "--api-key-file", paramLabel = "FILE",
			description = "File with the Close API key (several keys of one organization: one per line). "
					+ "Default: CLOSE_API_KEY / CLOSE_API_KEYS; with no key, the embedded sandbox.")
	Path apiKeyFile;

	@Option(names = "--state", paramLabel = "FILE|URL", description = STATE_DESCRIPTION)
	String state;

	@Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
			description = "Where run folders go (<DIR>/<job>/<run>/). Default: ${DEFAULT-VALUE}.")
	Path outputRoot;

	/** The job file the name stands for. */
	Path jobFile() {
		boolean isPath = this.job.endsWith(".yaml") || this.job.endsWith(".yml") || this.job.contains("/");
		return isPath ? Path.of(this.job) : Path.of("jobs", this.job + ".yaml");
	}

	/** How to run the job these options name. */
	RunOptions runOptions(Map<String, String> environment, RestartMode restart, RejectThreshold threshold) {
		return new RunOptions(stateLocation(this.state, environment), restart, this.outputRoot, threshold,
				Version.current());
	}

	/** The state database that {@code --state} (or the environment) names. */
	static StateLocation stateLocation(String option, Map<String, String> environment) {
		try {
			return StateLocation.of(option, environment);
		}
		catch (IllegalArgumentException ex) {
			throw CommandError.usage(ex.getMessage(), "Give --state a file, or a jdbc:postgresql://HOST:PORT/DB URL "
					+ "with the credentials in CLOSEBATCH_STATE_USER and CLOSEBATCH_STATE_PASSWORD.");
		}
	}

	JobDefinition load() {
		Path file = jobFile();
		if (!Files.exists(file)) {
			throw CommandError.usage("No job file " + file,
					"Run 'closebatch jobs' to list the jobs in jobs/, or give the path of a job file.");
		}
		RegularFiles.problem(file).ifPresent((problem) -> {
			throw CommandError.usage("The job file " + file + " " + problem, "Give the path of a job's YAML file.");
		});
		return JobLoader.load(file, this.overrides);
	}

}
