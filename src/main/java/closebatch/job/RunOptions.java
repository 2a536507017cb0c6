package closebatch.job;

import java.nio.file.Path;
import java.util.Objects;

import closebatch.checkpoint.RunPlanner.RestartMode;
import closebatch.report.RejectThreshold;

/**
 * How to run a job, from the command line.
 *
 * @param stateFile the checkpoint database ({@code .closebatch/state.db} by default)
 * @param restart resume an interrupted run, or start afresh
 * @param outputRoot where run folders go ({@code out/<job>/<run>/})
 * @param threshold the reject limits (the job's, unless the command line overrides them)
 * @param toolVersion the closebatch version, recorded with the run
 */
public record RunOptions(Path stateFile, RestartMode restart, Path outputRoot, RejectThreshold threshold,
		String toolVersion) {

	public RunOptions {
		Objects.requireNonNull(stateFile, "stateFile");
		Objects.requireNonNull(restart, "restart");
		Objects.requireNonNull(outputRoot, "outputRoot");
		Objects.requireNonNull(threshold, "threshold");
		Objects.requireNonNull(toolVersion, "toolVersion");
	}

}
