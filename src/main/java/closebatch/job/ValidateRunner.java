package closebatch.job;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import closebatch.config.ImportJob;
import closebatch.config.ImportStep;
import closebatch.load.LeadPayloads;
import closebatch.load.LoadError;
import closebatch.load.LoadItem;
import closebatch.load.RowMapping;
import closebatch.load.SchemaResolver;
import closebatch.mapping.InOrderWorkers;
import closebatch.mapping.MappingLoader;
import closebatch.mapping.LeadRecord;
import closebatch.mapping.RowMapper;
import closebatch.report.ExitDecision;
import closebatch.report.OutcomeCounter;
import closebatch.report.RejectsWriter;
import closebatch.report.ResultsWriter;
import closebatch.report.RowError;
import closebatch.report.RowOutcome;
import closebatch.report.RunReport;
import closebatch.report.RunStatus;
import closebatch.report.RunSummary;
import closebatch.source.SourceFile;
import closebatch.source.SourceRow;
import closebatch.source.SourceRows;
import closebatch.source.XlsxFile;

/**
 * Validates an import without writing to Close ({@code closebatch validate},
 * {@code run --dry-run}): reads and maps every row, checks the mapping's custom fields
 * and each row's status against the target, and writes {@code results.csv} (every valid
 * row {@code skipped}, since nothing is written), {@code rejects.csv} and
 * {@code summary.json} to {@code out/<job>/validate-<time>/}. Needs no state file.
 */
public final class ValidateRunner {

	private static final int BATCH = 1_000;

	private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("'validate-'yyyyMMdd-HHmmss")
		.withZone(ZoneOffset.UTC);

	private final Clock clock;

	private final int workers;

	public ValidateRunner(Clock clock) {
		this(clock, InOrderWorkers.cores());
	}

	/**
	 * @param clock the run's clock
	 * @param workers how many threads map and check rows (1: the caller's only)
	 */
	public ValidateRunner(Clock clock, int workers) {
		this.clock = clock;
		this.workers = workers;
	}

	/** Validates the job's input and says how it went. */
	public RunResult run(ImportJob job, RunOptions options, JobTarget target) {
		Instant started = this.clock.instant();
		String run = RUN_ID.format(started);
		Path outputDir = options.outputRoot().resolve(job.name()).resolve(run);
		OutcomeCounter counter = new OutcomeCounter();
		List<Path> rejectsFiles = new ArrayList<>();
		Path resultsFile = null;
		for (ImportStep step : job.steps()) {
			Path stepDir = job.hasSteps() ? outputDir.resolve(step.name()) : outputDir;
			Path rejects = validate(job, step, target, stepDir, counter, this.workers);
			if (rejects != null) {
				rejectsFiles.add(rejects);
			}
			resultsFile = stepDir.resolve(ResultsWriter.FILE_NAME);
		}
		RunSummary summary = counter.summary(job.name(), run, RunStatus.COMPLETED, target.usage(),
				Duration.between(started, this.clock.instant()),
				(rejectsFiles.size() == 1) ? rejectsFiles.get(0) : rejectsFiles.isEmpty() ? null : outputDir,
				job.hasSteps() ? outputDir : resultsFile);
		ExitDecision decision = ExitDecision.of(summary, options.threshold());
		return new RunResult(summary, RunReport.of(summary, decision, outputDir, null).write(), null, null);
	}

	/**
	 * Validates one step's rows into its folder, reading the input once: rows are mapped
	 * and checked by the workers, and their outcomes written in the order read.
	 * @return its rejects file, or null when no row was rejected
	 */
	private static Path validate(ImportJob job, ImportStep step, JobTarget target, Path outputDir,
			OutcomeCounter counter, int workers) {
		SourceFile file = ImportRunner.sourceFile(step.input());
		RejectsWriter rejects = null;
		try (SourceRows rows = file.open()) {
			RowMapper mapper = MappingLoader.load(step.mapping(), rows.header().names());
			MappingKinds.check(job, step, mapper);
			LeadPayloads payloads = new LeadPayloads(
					new SchemaResolver(target.client(), true).resolve(mapper.customFields()));
			RowError notWritten = RowError.of(LoadError.NOT_WRITTEN, "", "valid; not written (dry run)");
			RowMapping mapping = new RowMapping(mapper);
			try (ResultsWriter results = ResultsWriter.open(outputDir.resolve(ResultsWriter.FILE_NAME));
					InOrderWorkers<SourceRow, Checked> checked = new InOrderWorkers<>(rows,
							(row) -> Checked.of(mapping.process(row), payloads, notWritten), workers)) {
				List<RowOutcome> outcomes = new ArrayList<>(BATCH);
				List<RejectsWriter.Reject> rejected = new ArrayList<>();
				while (checked.hasNext()) {
					Checked row = checked.next();
					counter.rowRead();
					counter.count(row.outcome());
					outcomes.add(row.outcome());
					if (row.reject() != null) {
						rejected.add(row.reject());
					}
					if (outcomes.size() == BATCH) {
						results.write(outcomes);
						outcomes.clear();
					}
					if (rejected.size() == BATCH) {
						rejects = writeRejects(rejects, rejected, outputDir, rows);
					}
				}
				results.write(outcomes);
				rejects = writeRejects(rejects, rejected, outputDir, rows);
				return (rejects != null) ? rejects.path() : null;
			}
		}
		finally {
			if (rejects != null) {
				rejects.close();
			}
		}
	}

	/** A row's outcome, and the row as the rejects file takes it when it is rejected. */
	private record Checked(RowOutcome outcome, RejectsWriter.Reject reject) {

		static Checked of(LoadItem item, LeadPayloads payloads, RowError notWritten) {
			SourceRow row = item.row();
			RowError error = item.skipped() ? null : (item.error() != null) ? item.error()
					: (item.record() instanceof LeadRecord lead) ? payloads.problem(lead).orElse(null) : null;
			RowOutcome outcome = item.skipped() ? RowOutcome.skipped(row.number(), item.error()) : (error != null)
					? RowOutcome.rejected(row.number(), null, error) : RowOutcome.skipped(row.number(), notWritten);
			return new Checked(outcome, (error != null) ? new RejectsWriter.Reject(row, error) : null);
		}

	}

	/**
	 * The input a job reads, as the user should see it named: the file, and for a
	 * workbook the sheet (the first visible one unless the job names one).
	 * @param job the job
	 * @return such as {@code samples/leads.xlsx, sheet "Leads"}
	 */
	public static String describeInput(ImportJob job) {
		List<String> inputs = new ArrayList<>();
		for (ImportStep step : job.steps()) {
			SourceFile file = ImportRunner.sourceFile(step.input());
			inputs.add((file instanceof XlsxFile xlsx) ? file.label() + ", sheet \"" + xlsx.sheetName() + "\""
					: file.label());
		}
		return String.join("; ", inputs);
	}

	/**
	 * Writes and clears the rejected rows held, opening the rejects file with the first.
	 * @return the rejects file's writer, or null while no row was rejected
	 */
	private static RejectsWriter writeRejects(RejectsWriter rejects, List<RejectsWriter.Reject> rejected,
			Path outputDir, SourceRows rows) {
		if (rejected.isEmpty()) {
			return rejects;
		}
		RejectsWriter writer = (rejects != null) ? rejects
				: RejectsWriter.open(outputDir.resolve(RejectsWriter.FILE_NAME), rows.header());
		writer.write(rejected);
		rejected.clear();
		return writer;
	}

}
