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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import closebatch.checkpoint.CheckpointBatch;
import closebatch.checkpoint.CheckpointDatabase;
import closebatch.checkpoint.RunIdentity;
import closebatch.checkpoint.RunLock;
import closebatch.checkpoint.RunPlanner;
import closebatch.close.CloseClient;
import closebatch.close.PlannedWrites;
import closebatch.config.ImportJob;
import closebatch.config.ImportStep;
import closebatch.config.InputSpec;
import closebatch.error.UserInputException;
import closebatch.load.CloseSchema;
import closebatch.load.ImportJobs;
import closebatch.load.ImportRun;
import closebatch.load.LoadCounts;
import closebatch.load.ObjectSchema;
import closebatch.load.ProgressListener;
import closebatch.load.SchemaResolver;
import closebatch.mapping.MappingLoader;
import closebatch.mapping.ObjectMapper;
import closebatch.mapping.PhoneNumberMapper;
import closebatch.mapping.RowMapper;
import closebatch.report.ExitDecision;
import closebatch.report.PlanWriter;
import closebatch.report.RejectThreshold;
import closebatch.report.RejectsWriter;
import closebatch.report.RentCost;
import closebatch.report.ResultsWriter;
import closebatch.report.RunReport;
import closebatch.report.RunStatus;
import closebatch.report.RunSummary;
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
		return execute(job, options, target, progress, null, (step) -> (row) -> true);
	}

	/**
	 * Starts a new run of the job over only the rows earlier runs did not settle: those
	 * the latest run that reached them rejected, and those no run reached. The rows are
	 * read from the job's input as it is now (fixed in place, or with a fixed mapping),
	 * under the same identity rules as any run.
	 * @throws UserInputException ({@link JobError#NO_EARLIER_RUN}) if no run of the job
	 * wrote results in the output folder
	 */
	public RunResult retryFailed(ImportJob job, RunOptions options, JobTarget target, ProgressListener progress) {
		Map<String, SettledRows> settled = new java.util.HashMap<>();
		for (ImportStep step : job.steps()) {
			SettledRows ofStep = SettledRows.of(options.outputRoot(), job.name(), job.hasSteps() ? step.name() : null);
			if (ofStep != null) {
				settled.put(step.name(), ofStep);
			}
		}
		if (settled.isEmpty()) {
			throw new UserInputException(
					JobError.NO_EARLIER_RUN, null, "no run of " + job.name() + " has results in "
							+ options.outputRoot().resolve(job.name()) + ", so no row of it failed yet",
					"Run it first: closebatch run " + job.name(), null);
		}
		// A share of rejected rows means nothing over rows chosen for having been
		// rejected:
		// only the count limit applies.
		RunOptions fresh = new RunOptions(options.state(), RunPlanner.RestartMode.FRESH, options.outputRoot(),
				new RejectThreshold(options.threshold().maxRejects(), null), options.toolVersion());
		return execute(job, fresh, target, progress, null, (step) -> {
			SettledRows ofStep = settled.get(step.name());
			return (row) -> ofStep == null || !ofStep.contains(row.number());
		});
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
			if (options.state().exists()) {
				try (RunLock lock = RunLock.acquire(options.state(), job.name(), target.identity());
						CheckpointDatabase state = CheckpointDatabase.open(options.state())) {
					state.snapshotTo(stateCopy);
				}
			}
			RunOptions onCopy = new RunOptions(stateCopy, RunPlanner.RestartMode.FRESH, options.outputRoot(),
					options.threshold(), options.toolVersion());
			return execute(job, onCopy, target, progress, new Planning(planDir, new PlannedWrites()),
					(step) -> (row) -> true);
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
			Planning planning, Function<ImportStep, Predicate<SourceRow>> included) {
		Instant started = this.clock.instant();
		List<StepSource> sources = job.steps().stream().map((step) -> StepSource.of(job, step)).toList();
		if (job.kind() == ImportJob.Kind.PHONE_NUMBERS && target.embedded()) {
			target.addEmbeddedUsers(MappingKinds.users(sources.get(0).file(), sources.get(0).mapper()));
		}
		RunIdentity identity = new RunIdentity(job.name(), StepSource.combined(sources, StepSource::inputFingerprint),
				StepSource.combined(sources, StepSource::mappingFingerprint), target.identity(), options.toolVersion());
		CloseClient client = (planning != null) ? target.client().planning(planning.writes()) : target.client();
		try (RunSession session = RunSession.open(options, job.name(), identity.target(),
				Math.min(job.concurrency(), 8) + 2)) {
			RunSession.Run numbered = session.plan(identity, options);
			Path outputDir = (planning != null) ? planning.dir() : numbered.folder();
			List<PlanWriter> planFiles = new ArrayList<>();
			try {
				List<ImportRun.Step> steps = new ArrayList<>();
				for (StepSource source : sources) {
					Path stepDir = job.hasSteps() ? outputDir.resolve(source.step().name()) : outputDir;
					PlanWriter planFile = (planning != null) ? PlanWriter.open(stepDir.resolve(PlanWriter.FILE_NAME))
							: null;
					if (planFile != null) {
						planFiles.add(planFile);
					}
					steps.add(source.resolve(client, included.apply(source.step()), stepDir, planFile));
				}
				ImportRun run = new ImportRun(identity, job.name() + ":" + numbered.number(), steps,
						target.searchLags(), (planning != null) ? planning.writes() : null, progress);
				Job batchJob = ImportJobs.build(job, run, client, session.database(), session.batch(), this.clock);
				JobExecution execution = session.start(batchJob, numbered);
				return finish(job, options, target, session.batch(), execution, run, outputDir,
						(planning != null) ? planning.dir().getFileName().toString() : Long.toString(numbered.number()),
						(planning != null) ? planCounts(planFiles) : null,
						Duration.between(started, this.clock.instant()));
			}
			finally {
				planFiles.forEach(PlanWriter::close);
			}
		}
	}

	/**
	 * A step's input and mapping, read and compiled before the state file is touched.
	 */
	private record StepSource(ImportStep step, SourceFile file, RowMapper mapper, String inputFingerprint,
			String mappingFingerprint) {

		static StepSource of(ImportJob job, ImportStep step) {
			SourceFile file = sourceFile(step.input());
			RowMapper mapper = MappingLoader.load(step.mapping(), header(file).names());
			MappingKinds.check(job, step, mapper);
			return new StepSource(step, file, mapper, SourceFingerprint.of(file.path()).sha256(),
					SourceFingerprint.of(step.mapping()).sha256());
		}

		/**
		 * The fingerprint of all the steps' files: a single step's own, so that a run
		 * started by an earlier release resumes.
		 */
		static String combined(List<StepSource> sources, Function<StepSource, String> fingerprint) {
			if (sources.size() == 1) {
				return fingerprint.apply(sources.get(0));
			}
			StringBuilder all = new StringBuilder();
			sources.forEach((source) -> all.append(source.step().name())
				.append('=')
				.append(fingerprint.apply(source))
				.append(';'));
			try {
				return java.util.HexFormat.of()
					.formatHex(java.security.MessageDigest.getInstance("SHA-256")
						.digest(all.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
			}
			catch (java.security.NoSuchAlgorithmException ex) {
				throw new IllegalStateException("every JVM has SHA-256", ex);
			}
		}

		/**
		 * The step as the run loads it, with the names its mapping uses resolved against
		 * the target. A plan's client keeps the creates of missing fields, and answers
		 * them with made-up ids.
		 */
		ImportRun.Step resolve(CloseClient client, Predicate<SourceRow> included, Path outputDir, PlanWriter planFile) {
			SchemaResolver resolver = new SchemaResolver(client, false);
			CloseSchema schema = (this.mapper instanceof PhoneNumberMapper) ? CloseSchema.NONE
					: resolver.resolve(this.mapper.customFields());
			ObjectSchema objects = (this.mapper instanceof ObjectMapper objectMapper)
					? ObjectSchema.resolve(client, objectMapper, schema, resolver) : null;
			return new ImportRun.Step(this.step.name(), this.file, this.mapper, included, this.inputFingerprint, schema,
					objects, outputDir, planFile);
		}

	}

	private static Map<PlanWriter.Action, Long> planCounts(List<PlanWriter> planFiles) {
		Map<PlanWriter.Action, Long> counts = new java.util.EnumMap<>(PlanWriter.Action.class);
		planFiles.forEach((file) -> file.counts().forEach((action, count) -> counts.merge(action, count, Long::sum)));
		return counts;
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// A leftover copy of the state file in the plan's folder harms nothing.
		}
	}

	private RunResult finish(ImportJob job, RunOptions options, JobTarget target, CheckpointBatch batch,
			JobExecution execution, ImportRun run, Path outputDir, String runName, Map<PlanWriter.Action, Long> planned,
			Duration elapsed) {
		RunStatus status = Outcomes.status(execution);
		long rowsRead = 0;
		RunSummary.RowCounts rows = RunSummary.RowCounts.NONE;
		LoadCounts leads = LoadCounts.NONE;
		Map<String, LoadCounts> objects = new java.util.LinkedHashMap<>();
		List<Path> rejectsFiles = new ArrayList<>();
		for (ImportRun.Step step : run.steps()) {
			// A step an earlier execution of a resumed run completed is not in this one.
			StepExecution last = batch.jobRepository().getLastStepExecution(execution.getJobInstance(), step.name());
			ExecutionContext context = (last != null) ? last.getExecutionContext() : new ExecutionContext();
			rowsRead += context.getLong(KeyGroupReader.ROWS_READ, 0);
			rows = rows.plus(ResultsWriter.count(step.outputDir().resolve(ResultsWriter.FILE_NAME)));
			LoadCounts counts = LoadCounts.from(context);
			if (step.mapper() instanceof ObjectMapper objectMapper) {
				objects.merge(objectMapper.type().key(), counts, LoadCounts::plus);
			}
			else if (step.mapper() instanceof PhoneNumberMapper) {
				objects.merge("phone_number", counts, LoadCounts::plus);
			}
			else {
				leads = leads.plus(counts);
			}
			Path rejects = step.outputDir().resolve(RejectsWriter.FILE_NAME);
			if (Files.exists(rejects)) {
				rejectsFiles.add(rejects);
			}
		}
		Path results = job.hasSteps() ? outputDir : outputDir.resolve(ResultsWriter.FILE_NAME);
		Map<String, RunSummary.RecordCounts> objectCounts = new java.util.LinkedHashMap<>();
		objects.forEach((type, counts) -> objectCounts.put(type, new RunSummary.RecordCounts(counts.recordsCreated(),
				counts.recordsUpdated(), counts.recordsUnchanged())));
		RunSummary summary = new RunSummary(job.name(), runName, status, rowsRead, rows, leads.recordsCreated(),
				leads.recordsUpdated(), leads.recordsUnchanged(), leads.contactsCreated(), leads.contactsUpdated(),
				objectCounts, target.usage(), elapsed.toMillis(),
				(rejectsFiles.size() == 1) ? rejectsFiles.get(0).toString()
						: rejectsFiles.isEmpty() ? null : outputDir.toString(),
				Files.exists(results) ? results.toString() : null);
		ExitDecision decision = ExitDecision.of(summary, options.threshold());
		String failure = Outcomes.failure(execution);
		RentCost cost = rentCost(run, planned);
		RunReport report = (planned != null) ? RunReport.ofPlan(summary, decision, outputDir, failure, planned, cost)
				: RunReport.of(summary, decision, outputDir, failure);
		return new RunResult(summary, report.write(), planned, cost);
	}

	/** For a plan of phone numbers with a declared price, what its rents cost a month. */
	private static RentCost rentCost(ImportRun run, Map<PlanWriter.Action, Long> planned) {
		if (planned == null || !(run.steps().get(0).mapper() instanceof PhoneNumberMapper numbers)
				|| numbers.price() == null) {
			return null;
		}
		return new RentCost(planned.getOrDefault(PlanWriter.Action.CREATE, 0L), numbers.price().monthly(),
				numbers.price().currency());
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
