package closebatch.job;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import closebatch.checkpoint.CheckpointDatabase;
import closebatch.checkpoint.RunIdentity;
import closebatch.config.ExportJob;
import closebatch.export.ExportJobs;
import closebatch.export.ExportRun;
import closebatch.report.ExportSummary;
import closebatch.report.RunReport;
import org.springframework.batch.core.job.JobExecution;

/**
 * Runs an export job the way imports run, in a {@link RunSession}: resumes the
 * interrupted run of the same export (or starts a new one) and writes
 * {@code summary.json} to {@code out/<job>/<run>/}. The export itself (reading past the
 * API's limits, the output file, the mapping beside it) is {@link ExportJobs}'.
 */
public final class ExportRunner {

	private final Clock clock;

	public ExportRunner(Clock clock) {
		this.clock = clock;
	}

	/** Runs the export and says how it ended. */
	public ExportResult run(ExportJob job, RunOptions options, JobTarget target) {
		Instant started = this.clock.instant();
		try (RunSession session = RunSession.open(options, job.name(), target.identity(),
				CheckpointDatabase.DEFAULT_POOL_SIZE)) {
			ExportRun export = ExportJobs.build(job, target.client(), session.database(), session.batch(), Path.of(""));
			RunIdentity identity = new RunIdentity(job.name(), null, export.fingerprint(), target.identity(),
					options.toolVersion());
			RunSession.Run run = session.plan(identity, options);
			JobExecution execution = session.start(export.job(), run);
			ExportSummary summary = new ExportSummary(job.name(), Long.toString(run.number()),
					Outcomes.status(execution), export.counters().rows(), export.counters().objects(),
					export.counters().truncatedObjects(), export.output(), export.mapping(), target.usage(),
					Duration.between(started, this.clock.instant()).toMillis());
			return new ExportResult(summary, RunReport.of(summary, run.folder(), Outcomes.failure(execution)).write());
		}
	}

}
