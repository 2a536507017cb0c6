package closebatch.job;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import closebatch.checkpoint.AbandonedRuns;
import closebatch.checkpoint.CheckpointBatch;
import closebatch.checkpoint.CheckpointDatabase;
import closebatch.checkpoint.RunIdentity;
import closebatch.checkpoint.RunLock;
import closebatch.checkpoint.RunPlan;
import closebatch.checkpoint.RunPlanner;
import closebatch.config.ExportJob;
import closebatch.export.ExportJobs;
import closebatch.export.ExportRun;
import closebatch.report.ExitDecision;
import closebatch.report.RunStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;

/**
 * Runs an export job the way imports run: takes the state file, recovers runs a killed
 * process left, resumes the interrupted run of the same export (or starts a new one), and
 * writes {@code summary.json} to {@code out/<job>/<run>/}. The export itself (reading
 * past the API's limits, the output file, the mapping beside it) is {@link ExportJobs}'.
 */
public final class ExportRunner {

	private final Clock clock;

	public ExportRunner(Clock clock) {
		this.clock = clock;
	}

	/** Runs the export and says how it ended. */
	public ExportResult run(ExportJob job, RunOptions options, JobTarget target) {
		Instant started = this.clock.instant();
		try (RunLock lock = RunLock.acquire(options.state(), job.name(), target.identity());
				CheckpointDatabase database = CheckpointDatabase.open(options.state())) {
			CheckpointBatch batch = CheckpointBatch.on(database);
			AbandonedRuns.recover(batch, lock);
			ExportRun export = ExportJobs.build(job, target.client(), database, batch, Path.of(""));
			RunIdentity identity = new RunIdentity(job.name(), null, export.fingerprint(), target.identity(),
					options.toolVersion());
			RunPlan plan = new RunPlanner(batch.jobRepository()).plan(identity, options.restart(),
					RunFolders.lowestFree(options.outputRoot(), job.name()));
			long runNumber = plan.parameters().getLong(RunIdentity.RUN_NUMBER);
			JobExecution execution = batch.jobOperator().start(export.job(), plan.parameters());
			RunStatus status = Outcomes.status(execution);
			ExportResult result = new ExportResult(job.name(), Long.toString(runNumber), status,
					export.counters().rows(), export.counters().objects(), export.counters().truncatedObjects(),
					export.output(), export.mapping(), target.usage(),
					Duration.between(started, this.clock.instant()).toMillis(), Outcomes.failure(execution),
					options.outputRoot().resolve(job.name()).resolve(Long.toString(runNumber)));
			result.writeSummary();
			return result;
		}
		catch (JobExecutionException ex) {
			throw new IllegalStateException("Cannot run job " + job.name() + ": " + ex.getMessage(), ex);
		}
	}

	static int exitCode(RunStatus status) {
		return switch (status) {
			case COMPLETED -> ExitDecision.COMPLETED;
			case AUTH_REFUSED -> ExitDecision.AUTH_REFUSED;
			case INVALID -> ExitDecision.INVALID;
			case FAILED -> ExitDecision.FAILED;
		};
	}

}
