package closebatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import closebatch.Version;
import closebatch.checkpoint.RunPlanner.RestartMode;
import closebatch.config.JobDefinition;
import closebatch.config.JobLoader;
import closebatch.error.RegularFiles;
import closebatch.job.RunOptions;
import closebatch.report.RejectThreshold;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What names a job and its target: shared by {@code run} and {@code validate}. */
final class JobOptions {

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

	@Option(names = "--state", paramLabel = "FILE", defaultValue = ".closebatch/state.db",
			description = "The checkpoint database. Default: ${DEFAULT-VALUE}.")
	Path stateFile;

	@Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
			description = "Where run folders go (<DIR>/<job>/<run>/). Default: ${DEFAULT-VALUE}.")
	Path outputRoot;

	/** The job file the name stands for. */
	Path jobFile() {
		boolean isPath = this.job.endsWith(".yaml") || this.job.endsWith(".yml") || this.job.contains("/");
		return isPath ? Path.of(this.job) : Path.of("jobs", this.job + ".yaml");
	}

	/** How to run the job these options name. */
	RunOptions runOptions(RestartMode restart, RejectThreshold threshold) {
		return new RunOptions(this.stateFile, restart, this.outputRoot, threshold, Version.current());
	}

	JobDefinition load() {
		Path file = jobFile();
		if (!Files.exists(file)) {
			throw new UsageProblem("No job file " + file,
					"Run 'closebatch jobs' to list the jobs in jobs/, or give the path of a job file.");
		}
		RegularFiles.problem(file).ifPresent((problem) -> {
			throw new UsageProblem("The job file " + file + " " + problem, "Give the path of a job's YAML file.");
		});
		return JobLoader.load(file, this.overrides);
	}

}
