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
import closebatch.load.LeadPayloads;
import closebatch.load.LoadError;
import closebatch.load.LoadItem;
import closebatch.load.RowMapping;
import closebatch.load.SchemaResolver;
import closebatch.mapping.MappingLoader;
import closebatch.mapping.RecordMapper;
import closebatch.report.ExitDecision;
import closebatch.report.OutcomeCounter;
import closebatch.report.RejectsWriter;
import closebatch.report.ResultsWriter;
import closebatch.report.RowError;
import closebatch.report.RowOutcome;
import closebatch.report.RunStatus;
import closebatch.report.RunSummary;
import closebatch.report.SummaryJson;
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

	public ValidateRunner(Clock clock) {
		this.clock = clock;
	}

	/** Validates the job's input and says how it went. */
	public RunResult run(ImportJob job, RunOptions options, JobTarget target) {
		Instant started = this.clock.instant();
		SourceFile file = ImportRunner.sourceFile(job.input());
		RecordMapper mapper = MappingLoader.load(job.mapping(), ImportRunner.header(file).names());
		LeadPayloads payloads = new LeadPayloads(
				new SchemaResolver(target.client(), true).resolve(mapper.customFields()));
		String run = RUN_ID.format(started);
		Path outputDir = options.outputRoot().resolve(job.name()).resolve(run);
		RowError notWritten = RowError.of(LoadError.NOT_WRITTEN, "", "valid; not written (dry run)");
		OutcomeCounter counter = new OutcomeCounter();
		RowMapping mapping = new RowMapping(mapper);
		RejectsWriter rejects = null;
		try (SourceRows rows = file.open();
				ResultsWriter results = ResultsWriter.open(outputDir.resolve(ResultsWriter.FILE_NAME))) {
			List<RowOutcome> outcomes = new ArrayList<>(BATCH);
			List<RejectsWriter.Reject> rejected = new ArrayList<>();
			while (rows.hasNext()) {
				SourceRow row = rows.next();
				counter.rowRead();
				LoadItem item = mapping.process(row);
				RowError error = item.skipped() ? null
						: (item.error() != null) ? item.error() : payloads.problem(item.lead()).orElse(null);
				RowOutcome outcome = item.skipped() ? RowOutcome.skipped(row.number(), item.error()) : (error != null)
						? RowOutcome.rejected(row.number(), null, error) : RowOutcome.skipped(row.number(), notWritten);
				counter.count(outcome);
				outcomes.add(outcome);
				if (error != null) {
					rejected.add(new RejectsWriter.Reject(row, error));
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
			RunSummary summary = counter.summary(job.name(), run, RunStatus.COMPLETED, target.usage(),
					Duration.between(started, this.clock.instant()), (rejects != null) ? rejects.path() : null,
					results.path());
			ExitDecision decision = ExitDecision.of(summary, options.threshold());
			SummaryJson.write(outputDir.resolve(SummaryJson.FILE_NAME), summary, decision);
			return new RunResult(summary, decision, outputDir, null);
		}
		finally {
			if (rejects != null) {
				rejects.close();
			}
		}
	}

	/**
	 * The input a job reads, as the user should see it named: the file, and for a
	 * workbook the sheet (the first visible one unless the job names one).
	 * @param job the job
	 * @return such as {@code samples/leads.xlsx, sheet "Leads"}
	 */
	public static String describeInput(ImportJob job) {
		SourceFile file = ImportRunner.sourceFile(job.input());
		return (file instanceof XlsxFile xlsx) ? file.label() + ", sheet \"" + xlsx.sheetName() + "\"" : file.label();
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
