package closebatch.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Predicate;

import closebatch.checkpoint.AbandonedRuns;
import closebatch.checkpoint.CheckpointBatch;
import closebatch.checkpoint.CheckpointDatabase;
import closebatch.checkpoint.RunIdentity;
import closebatch.checkpoint.RunLock;
import closebatch.checkpoint.RunPlan;
import closebatch.checkpoint.RunPlanner;
import closebatch.close.CloseClient;
import closebatch.close.PlannedWrites;
import closebatch.config.ImportJob;
import closebatch.config.InputSpec;
import closebatch.load.CloseSchema;
import closebatch.load.ImportJobs;
import closebatch.load.ImportRun;
import closebatch.load.LoadCounts;
import closebatch.load.ProgressListener;
import closebatch.load.SchemaResolver;
import closebatch.mapping.MappingLoader;
import closebatch.mapping.RecordMapper;
import closebatch.report.ExitDecision;
import closebatch.report.PlanWriter;
import closebatch.report.RejectsWriter;
import closebatch.report.ResultsWriter;
import closebatch.report.RunStatus;
import closebatch.report.RunSummary;
import closebatch.report.SummaryJson;
import closebatch.source.CsvFile;
import closebatch.source.SourceFile;
import closebatch.source.SourceFingerprint;
import closebatch.source.SourceHeader;
import closebatch.source.KeyGroupReader;
import closebatch.source.SourceRow;
import closebatch.source.SourceRows;
import closebatch.source.XlsxFile;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Runs an import job: checks the input and mapping, takes the state file, recovers runs a
 * killed process left, resumes the interrupted run or starts a new one, resolves the
 * mapping's fields against the target, and loads the rows chunk by chunk. Writes
 * {@code results.csv}, {@code rejects.csv} and {@code summary.json} to
 * {@code out/<job>/<run>/}.
 *
 * <p>
 * A bad job, mapping or input is thrown before the state file is touched
 * ({@link closebatch.config.ConfigError}, {@link closebatch.error.UserInputException}),
 * as is a refused run ({@link closebatch.checkpoint.RunRefusedException}) and a custom
 * field the target lacks ({@link closebatch.mapping.MappingError}, after the fields
 * listed before it with {@code create-missing} were created); what goes wrong once rows
 * are being written ends the run {@code FAILED} and is in the result.
 */
public final class ImportRunner {

	private static final DateTimeFormatter PLAN_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private final Clock clock;

	public ImportRunner(Clock clock) {
		this.clock = clock;
	}

	/** Runs the job and says how it ended. */
	public RunResult run(ImportJob job, RunOptions options, JobTarget target, ProgressListener progress) {
		return execute(job, options, target, progress, null, (row) -> true);
	}

	/**
	 * Starts a new run of the job over only the rows earlier runs did not settle: those
	 * the latest run that reached them rejected, and those no run reached. The rows are
	 * read from the job's input as it is now (fixed in place, or with a fixed mapping),
	 * under the same identity rules as any run.
	 * @throws NoEarlierRunException if no run of the job wrote results in the output
	 * folder
	 */
	public RunResult retryFailed(ImportJob job, RunOptions options, JobTarget target, ProgressListener progress) {
		SettledRows settled = SettledRows.of(options.outputRoot(), job.name());
		if (settled == null) {
			throw new NoEarlierRunException(job.name(), options.outputRoot().resolve(job.name()));
		}
		RunOptions fresh = new RunOptions(options.stateFile(), RunPlanner.RestartMode.FRESH, options.outputRoot(),
				options.threshold(), options.toolVersion());
		return execute(job, fresh, target, progress, null, (row) -> !settled.contains(row.number()));
	}

	/** {@code retry-failed} found no earlier run to take the failed rows of. */
	public static final class NoEarlierRunException extends RuntimeException {

		NoEarlierRunException(String job, Path folder) {
			super("no run of " + job + " has results in " + folder + ", so no row of it failed yet");
		}

	}

	/**
	 * Plans the job: goes through a run against the live target that reads what it needs
	 * and sends no write, on a copy of the state file, and writes {@code plan.csv} with
	 * what the run would do to each record into {@code out/<job>/plan-<time>/}.
	 */
	public RunResult plan(ImportJob job, RunOptions options, JobTarget target, ProgressListener progress) {
		Path planDir = options.outputRoot()
			.resolve(job.name())
			.resolve("plan-" + PLAN_TIME.format(this.clock.instant().atOffset(ZoneOffset.UTC)));
		Path stateCopy = planDir.resolve(".state.db");
		try {
			Files.createDirectories(planDir);
			if (Files.exists(options.stateFile())) {
				try (RunLock lock = RunLock.acquire(options.stateFile());
						CheckpointDatabase state = CheckpointDatabase.open(options.stateFile())) {
					state.snapshotTo(stateCopy);
				}
			}
			RunOptions onCopy = new RunOptions(stateCopy, RunPlanner.RestartMode.FRESH, options.outputRoot(),
					options.threshold(), options.toolVersion());
			return execute(job, onCopy, target, progress, new Planning(planDir, new PlannedWrites()), (row) -> true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the plan to " + planDir, ex);
		}
		finally {
			deleteQuietly(stateCopy);
			deleteQuietly(RunLock.lockFileOf(stateCopy));
		}
	}

	/** Where a plan goes, and the writes it keeps instead of sending. */
	private record Planning(Path dir, PlannedWrites writes) {
	}

	private RunResult execute(ImportJob job, RunOptions options, JobTarget target, ProgressListener progress,
			Planning planning, Predicate<SourceRow> included) {
		Instant started = this.clock.instant();
		SourceFile file = sourceFile(job.input());
		RecordMapper mapper = MappingLoader.load(job.mapping(), header(file).names());
		RunIdentity identity = new RunIdentity(job.name(), SourceFingerprint.of(file.path()).sha256(),
				SourceFingerprint.of(job.mapping()).sha256(), target.identity(), options.toolVersion());
		CloseClient client = (planning != null) ? target.client().planning(planning.writes()) : target.client();
		try (RunLock lock = RunLock.acquire(options.stateFile());
				CheckpointDatabase database = CheckpointDatabase.open(options.stateFile(), job.concurrency() + 2)) {
			CheckpointBatch batch = CheckpointBatch.on(database);
			AbandonedRuns.recover(batch, lock);
			RunPlan plan = new RunPlanner(batch.jobRepository()).plan(identity, options.restart(),
					RunFolders.lowestFree(options.outputRoot(), job.name()));
			long runNumber = plan.parameters().getLong(RunIdentity.RUN_NUMBER);
			Path outputDir = (planning != null) ? planning.dir()
					: options.outputRoot().resolve(job.name()).resolve(Long.toString(runNumber));
			// A plan's client keeps the creates of missing fields, and answers them with
			// made-up ids.
			CloseSchema schema = new SchemaResolver(client, false).resolve(mapper.customFields());
			try (PlanWriter planFile = (planning != null) ? PlanWriter.open(outputDir.resolve(PlanWriter.FILE_NAME))
					: null) {
				ImportRun run = new ImportRun(file, mapper, included, identity, target.searchLags(), outputDir,
						(planning != null) ? new ImportRun.Plan(planning.writes(), planFile) : null, progress);
				Job batchJob = ImportJobs.build(job, run, client, schema, database, batch, this.clock);
				JobExecution execution = batch.jobOperator().start(batchJob, plan.parameters());
				return finish(job, options, target, execution, outputDir,
						(planning != null) ? planning.dir().getFileName().toString() : Long.toString(runNumber),
						(planFile != null) ? planFile.counts() : null, Duration.between(started, this.clock.instant()));
			}
		}
		catch (JobExecutionException ex) {
			throw new IllegalStateException("Cannot run job " + job.name() + ": " + ex.getMessage(), ex);
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// A leftover copy of the state file in the plan's folder harms nothing.
		}
	}

	private RunResult finish(ImportJob job, RunOptions options, JobTarget target, JobExecution execution,
			Path outputDir, String run, Map<PlanWriter.Action, Long> planned, Duration elapsed) {
		StepExecution step = execution.getStepExecutions().stream().findFirst().orElse(null);
		ExecutionContext context = (step != null) ? step.getExecutionContext() : new ExecutionContext();
		RunStatus status = Outcomes.status(execution);
		LoadCounts counts = LoadCounts.from(context);
		Path results = outputDir.resolve(ResultsWriter.FILE_NAME);
		Path rejects = outputDir.resolve(RejectsWriter.FILE_NAME);
		RunSummary summary = new RunSummary(job.name(), run, status, context.getLong(KeyGroupReader.ROWS_READ, 0),
				ResultsWriter.count(results), counts.leadsCreated(), counts.leadsUpdated(), counts.leadsUnchanged(),
				counts.contactsCreated(), counts.contactsUpdated(), target.usage(), elapsed.toMillis(),
				Files.exists(rejects) ? rejects.toString() : null, Files.exists(results) ? results.toString() : null);
		ExitDecision decision = ExitDecision.of(summary, options.threshold());
		SummaryJson.write(outputDir.resolve(SummaryJson.FILE_NAME), summary, decision);
		return new RunResult(summary, decision, outputDir, Outcomes.failure(execution), planned);
	}

	/** The input as the job describes it. */
	static SourceFile sourceFile(InputSpec input) {
		return switch (input.format()) {
			case CSV -> {
				CsvFile csv = CsvFile.of(input.path()).withEncoding(input.encoding().name());
				yield (input.delimiter() != null) ? csv.withDelimiter(input.delimiter()) : csv;
			}
			case XLSX -> {
				XlsxFile xlsx = XlsxFile.of(input.path());
				if (input.sheet() == null) {
					yield xlsx;
				}
				yield input.sheet().matches("\\d+") ? xlsx.withSheet(Integer.parseInt(input.sheet()))
						: xlsx.withSheet(input.sheet());
			}
		};
	}

	/** The file's header, read before anything else so a mapping can be checked. */
	static SourceHeader header(SourceFile file) {
		try (SourceRows rows = file.open()) {
			return rows.header();
		}
	}

}
