package closebatch.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

import closebatch.checkpoint.CheckpointBatch;
import closebatch.checkpoint.CheckpointDatabase;
import closebatch.checkpoint.ExportProgress;
import closebatch.close.CloseClient;
import closebatch.config.ExportJob;
import closebatch.config.OutputFormat;
import closebatch.config.OutputSpec;
import closebatch.error.SourceLocation;
import closebatch.error.UserInputException;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns an {@link ExportJob} into a restartable Spring Batch job: a chunk step that reads
 * the search or list and writes rows, saving its position with each chunk, then a step
 * that builds the workbook (XLSX) and writes the mapping.
 *
 * <p>
 * Reads the custom field schema once, here, to fix the columns. Build the job again for
 * each run (fresh or resumed); a run is identified by its job parameters as usual.
 */
public final class ExportJobs {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private ExportJobs() {
	}

	/** Builds the job with the default tuning. */
	public static ExportRun build(ExportJob job, CloseClient client, CheckpointDatabase database, CheckpointBatch batch,
			Path workingDirectory) {
		return build(job, client, database, batch, workingDirectory, ExportTuning.DEFAULTS);
	}

	/**
	 * Builds the job.
	 * @param workingDirectory what relative paths in the job ({@code output.path},
	 * {@code query-file}) are relative to
	 * @throws UserInputException if the job names an unknown custom field, its query
	 * cannot be read, or it asks for what an export cannot do
	 */
	public static ExportRun build(ExportJob job, CloseClient client, CheckpointDatabase database, CheckpointBatch batch,
			Path workingDirectory, ExportTuning tuning) {
		OutputSpec output = job.output();
		Path file = workingDirectory.resolve(output.path()).normalize();
		ExportLayout layout;
		Function<String, ExportedObjects> source;
		String sourceText;
		if (job.isSearch()) {
			checkSearch(job);
			CustomFieldSchema schema = CustomFieldSchema.read(client, job.objectType());
			CustomFieldSchema contactSchema = job.objectType().equals("lead")
					? CustomFieldSchema.read(client, "contact") : CustomFieldSchema.NONE;
			layout = LayoutPlanner.plan(job.name(), job.objectType(), job.fields(), schema, contactSchema, output);
			JsonNode query = query(job, workingDirectory);
			SearchSpec spec = new SearchSpec(job.name(), query, job.objectType(), layout.apiFields());
			source = (after) -> new SearchObjects(client, spec, tuning.pageSize(), after);
			sourceText = query.toString();
		}
		else {
			layout = ListLayouts.plan(job, client);
			source = (after) -> new ListObjects(client, job.list(), tuning.pageSize(), after);
			sourceText = job.list().toString();
		}
		ExportCounters counters = new ExportCounters();
		ExportRunState state = new ExportRunState(job.name(), new ExportProgress(database, tuning.clock()));
		Path spill = (output.format() == OutputFormat.XLSX) ? file.resolveSibling(file.getFileName() + ".spill.jsonl")
				: null;
		ExportItemWriter.SinkOpener opener = switch (output.format()) {
			case CSV -> (length) -> CsvRowSink.open(file, length, layout.columns(), output.escapeFormulas());
			case JSONL -> (length) -> JsonLinesRowSink.objects(file, length, layout.columns());
			case XLSX -> (length) -> JsonLinesRowSink.arrays(spill, length);
		};
		Path mapping = (job.isSearch() && job.objectType().equals("lead")) ? MappingWriter.besides(file) : null;
		Step rows = new StepBuilder("export-rows", batch.jobRepository())
			.<CreationGroup, CreationGroup>chunk(tuning.chunkSize())
			.reader(new CreationGroupReader(state, source))
			.writer(new ExportItemWriter(state, layout, new CellValues(output.multiValueSeparator()), opener, counters))
			.listener(state)
			.transactionManager(database.transactionManager())
			.build();
		Step finish = new StepBuilder("finish-export", batch.jobRepository())
			.tasklet(
					new FinishExportTasklet(layout, file, spill, mapping, new WorkbookBuilder(layout.columns()),
							sheetName(job.objectType()), output.multiValueSeparator(),
							output.escapeFormulas() && output.format() == OutputFormat.CSV),
					database.transactionManager())
			.build();
		Job springJob = new JobBuilder(job.name(), batch.jobRepository()).start(rows).next(finish).build();
		String fingerprint = fingerprint(sourceText, layout, output);
		return new ExportRun(springJob, file, mapping, layout, fingerprint, counters);
	}

	/** The sheet of an object type: its plural ({@code leads}, {@code opportunities}). */
	static String sheetName(String objectType) {
		String plural = objectType.endsWith("y") ? objectType.substring(0, objectType.length() - 1) + "ies"
				: objectType + "s";
		return (plural.length() > 31) ? plural.substring(0, 31) : plural;
	}

	private static void checkSearch(ExportJob job) {
		if (!job.objectType().equals("lead") && !job.objectType().equals("contact")) {
			throw new UserInputException(ExportError.UNSUPPORTED_OBJECT_TYPE, SourceLocation.of(job.name()),
					"a search cannot export '" + job.objectType() + "'");
		}
		if (!job.sort().isEmpty() && !job.sort().equals(List.of("date_created"))) {
			throw new UserInputException(ExportError.UNSUPPORTED_SORT, SourceLocation.of(job.name()),
					"an export cannot be sorted by " + String.join(", ", job.sort()));
		}
	}

	/** The user's query: the job's text or file, unwrapped from a whole request body. */
	static JsonNode query(ExportJob job, Path workingDirectory) {
		String text;
		String where = job.name();
		if (job.query() != null) {
			text = job.query();
		}
		else {
			Path file = workingDirectory.resolve(job.queryFile());
			where = file.toString();
			try {
				text = Files.readString(file, StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UserInputException(ExportError.QUERY_FILE_NOT_READABLE, SourceLocation.of(where),
						"cannot read the query file: " + ex.getMessage(), ex);
			}
		}
		JsonNode node;
		try {
			node = MAPPER.readTree(text);
		}
		catch (JacksonException ex) {
			throw new UserInputException(ExportError.BAD_QUERY, SourceLocation.of(where),
					"the query is not JSON: " + ex.getOriginalMessage(), ex);
		}
		if (node != null && node.isObject() && !node.has("type") && node.path("query").isObject()) {
			node = node.get("query");
		}
		if (node == null || !node.isObject() || !node.path("type").isString()) {
			throw new UserInputException(ExportError.BAD_QUERY, SourceLocation.of(where),
					"the query must be a JSON object with a 'type'");
		}
		return node;
	}

	private static String fingerprint(String source, ExportLayout layout, OutputSpec output) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(source.getBytes(StandardCharsets.UTF_8));
			digest.update(layout.fingerprint().getBytes(StandardCharsets.UTF_8));
			digest.update((output.format() + "|" + output.escapeFormulas()).getBytes(StandardCharsets.UTF_8));
			return "sha256:" + HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
