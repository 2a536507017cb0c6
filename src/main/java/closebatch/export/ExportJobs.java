package closebatch.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import closebatch.checkpoint.CheckpointBatch;
import closebatch.checkpoint.CheckpointDatabase;
import closebatch.close.CloseClient;
import closebatch.config.ExportJob;
import closebatch.config.OutputFormat;
import closebatch.config.OutputSpec;
import closebatch.error.SourceLocation;
import closebatch.error.UserInputException;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.step.Step;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns an {@link ExportJob} into a restartable Spring Batch job: a chunk step that reads
 * the search or list and writes rows, saving its position with each chunk, then a step
 * that builds the workbook (XLSX) and writes the mapping ({@link ExportSteps}); for an
 * export of everything, those steps for each file ({@link OrganizationExport}).
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
	 * {@code query-file}, {@code everything.folder}) are relative to
	 * @throws UserInputException if the job names an unknown custom field, its query
	 * cannot be read, or it asks for what an export cannot do
	 */
	public static ExportRun build(ExportJob job, CloseClient client, CheckpointDatabase database, CheckpointBatch batch,
			Path workingDirectory, ExportTuning tuning) {
		if (job.everything() != null) {
			return OrganizationExport.build(job, client, database, batch, workingDirectory, tuning);
		}
		ExportFile file = plan(job, client, workingDirectory, tuning, null);
		ExportCounters counters = new ExportCounters();
		List<Step> steps = ExportSteps.of(file, job.name(), "", counters, database, batch, tuning);
		Job springJob = new JobBuilder(job.name(), batch.jobRepository()).start(steps.get(0))
			.next(steps.get(1))
			.build();
		return new ExportRun(springJob, file.file(), file.mapping(), file.layout(), fingerprint(file), counters);
	}

	/**
	 * The file of an export of one search or list.
	 * @param leadNamespace for a lead export, the namespace its mapping gives the leads'
	 * keys, or null for the mapping file's name
	 */
	static ExportFile plan(ExportJob job, CloseClient client, Path workingDirectory, ExportTuning tuning,
			String leadNamespace) {
		OutputSpec output = job.output();
		Path file = workingDirectory.resolve(output.path()).normalize();
		boolean escaped = output.escapeFormulas() && output.format() == OutputFormat.CSV;
		if (job.isSearch()) {
			checkSearch(job);
			CustomFieldSchema schema = CustomFieldSchema.read(client, job.objectType());
			CustomFieldSchema contactSchema = job.objectType().equals("lead")
					? CustomFieldSchema.read(client, "contact") : CustomFieldSchema.NONE;
			ExportLayout layout = LayoutPlanner.plan(job.name(), job.objectType(), job.fields(), schema, contactSchema,
					output);
			JsonNode query = query(job, workingDirectory);
			SearchSpec spec = new SearchSpec(job.name(), query, job.objectType(), layout.apiFields());
			boolean leads = job.objectType().equals("lead");
			Supplier<String> mapping = () -> MappingWriter.yaml(layout, output.multiValueSeparator(),
					file.getFileName().toString(), escaped, leadNamespace);
			return new ExportFile(job.objectType(), file, output, layout,
					(after) -> new SearchObjects(client, spec, tuning.pageSize(), after), query.toString(), null,
					leads ? MappingWriter.besides(file) : null, leads ? mapping : null, sheetName(job.objectType()));
		}
		Optional<ObjectColumns> objects = job.fields().isEmpty() ? ObjectColumns.ofEndpoint(job.list().endpoint())
				: Optional.empty();
		if (objects.isPresent()) {
			return ObjectExports.read(client, tuning)
				.file(job.objectType(), objects.get(), job.list(), null, null, file, output);
		}
		ExportLayout layout = ListLayouts.plan(job, client);
		return new ExportFile(job.objectType(), file, output, layout,
				(after) -> new ListObjects(client, job.list(), tuning.pageSize(), after), job.list().toString(), null,
				null, null, sheetName(job.objectType()));
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

	/** Identifies an export of everything: its files' fingerprints and its folder. */
	static String fingerprint(String files, closebatch.config.ExportFolder folder) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(files.getBytes(StandardCharsets.UTF_8));
			digest.update(folder.toString().getBytes(StandardCharsets.UTF_8));
			return "sha256:" + HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Identifies what a file holds: what it reads, its columns and its format. */
	static String fingerprint(ExportFile file) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(file.sourceText().getBytes(StandardCharsets.UTF_8));
			digest.update(file.layout().fingerprint().getBytes(StandardCharsets.UTF_8));
			digest.update(
					(file.output().format() + "|" + file.output().escapeFormulas()).getBytes(StandardCharsets.UTF_8));
			return "sha256:" + HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
