package closebatch.job;

import java.nio.file.Path;
import java.util.Objects;

import closebatch.checkpoint.RunPlanner.RestartMode;
import closebatch.checkpoint.StateLocation;
import closebatch.report.RejectThreshold;

/**
 * How to run a job, from the command line.
 *
 * @param state the checkpoint database ({@code .closebatch/state.db} by default, or a
 * PostgreSQL database)
 * @param restart resume an interrupted run, or start afresh
 * @param outputRoot where run folders go ({@code out/<job>/<run>/})
 * @param threshold the reject limits (the job's, unless the command line overrides them)
 * @param toolVersion the closebatch version, recorded with the run
 */
public record RunOptions(StateLocation state, RestartMode restart, Path outputRoot, RejectThreshold threshold,
		String toolVersion) {

	public RunOptions {
		Objects.requireNonNull(state, "state");
		Objects.requireNonNull(restart, "restart");
		Objects.requireNonNull(outputRoot, "outputRoot");
		Objects.requireNonNull(threshold, "threshold");
		Objects.requireNonNull(toolVersion, "toolVersion");
	}

	/** Options with a SQLite state file. */
	public RunOptions(Path stateFile, RestartMode restart, Path outputRoot, RejectThreshold threshold,
			String toolVersion) {
		this(new StateLocation.SqliteFile(stateFile), restart, outputRoot, threshold, toolVersion);
	}

}
