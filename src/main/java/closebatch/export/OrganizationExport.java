package closebatch.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import closebatch.checkpoint.CheckpointBatch;
import closebatch.checkpoint.CheckpointDatabase;
import closebatch.close.CloseClient;
import closebatch.report.TextFiles;
import closebatch.config.ExportFolder;
import closebatch.config.ExportJob;
import closebatch.config.ListSource;
import closebatch.config.OutputFormat;
import closebatch.config.OutputSpec;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import tools.jackson.databind.JsonNode;

/**
 * An export of everything: every lead with its contacts (one row per contact), then its
 * opportunities, tasks, notes, calls and custom activities (a file per type) into one
 * folder, each file with its mapping, and {@code import.yaml}, the import job of the
 * folder's files in that order.
 *
 * <p>
 * The leads' mapping keys each lead by its exported id in the namespace
 * {@value #LEAD_NAMESPACE}, and the objects' mappings link to their lead by that key: in
 * the organization the folder came from each lead is found by its id and keeps it as its
 * key in the state file, in another one it is created with it (in its hidden key field),
 * and either way its objects find it. Each file is two steps of one restartable job.
 */
final class OrganizationExport {

	/** The namespace of the exported leads' keys. */
	static final String LEAD_NAMESPACE = "exported-leads";

	/** The import job written into the folder. */
	static final String IMPORT_JOB = "import.yaml";

	private static final String ALL_LEADS = "{\"type\": \"match_all\"}";

	private static final Map<ObjectColumns, String> LISTS = Map.of(ObjectColumns.OPPORTUNITY, "opportunity",
			ObjectColumns.TASK, "task", ObjectColumns.NOTE, "activity/note", ObjectColumns.CALL, "activity/call");

	private OrganizationExport() {
	}

	static ExportRun build(ExportJob job, CloseClient client, CheckpointDatabase database, CheckpointBatch batch,
			Path workingDirectory, ExportTuning tuning) {
		ExportFolder everything = job.everything();
		Path folder = workingDirectory.resolve(everything.folder()).normalize();
		List<ExportFile> files = files(job.name(), everything.format(), folder, client, workingDirectory, tuning);
		ExportCounters counters = new ExportCounters();
		StringBuilder fingerprints = new StringBuilder();
		List<Step> steps = new ArrayList<>();
		for (ExportFile file : files) {
			steps.addAll(ExportSteps.of(file, job.name() + "/" + file.name(), file.name() + "-", counters, database,
					batch, tuning));
			fingerprints.append(file.name()).append('=').append(ExportJobs.fingerprint(file)).append('\n');
		}
		Path importJob = folder.resolve(IMPORT_JOB);
		String importYaml = importJob(files);
		steps.add(new StepBuilder("write-import-job", batch.jobRepository()).tasklet((contribution, context) -> {
			TextFiles.replace(importJob, importYaml);
			return RepeatStatus.FINISHED;
		}, database.transactionManager()).build());
		SimpleJobBuilder builder = new JobBuilder(job.name(), batch.jobRepository()).start(steps.get(0));
		steps.subList(1, steps.size()).forEach(builder::next);
		Job springJob = builder.build();
		return new ExportRun(springJob, folder, importJob, files.get(0).layout(),
				ExportJobs.fingerprint(fingerprints.toString(), everything), counters);
	}

	/** The folder's files, leads first. */
	private static List<ExportFile> files(String jobName, OutputFormat format, Path folder, CloseClient client,
			Path workingDirectory, ExportTuning tuning) {
		String extension = format.name().toLowerCase(Locale.ROOT);
		List<ExportFile> files = new ArrayList<>();
		OutputSpec leadsOutput = new OutputSpec(folder.resolve("leads." + extension), format, true, true,
				OutputSpec.DEFAULT_SEPARATOR, 1, 3);
		ExportJob leads = new ExportJob(jobName, ALL_LEADS, null, "lead", List.of(), List.of(), leadsOutput);
		files.add(ExportJobs.plan(leads, client, workingDirectory, tuning, LEAD_NAMESPACE).named("leads"));
		ObjectExports objects = ObjectExports.read(client, tuning);
		for (ObjectColumns columns : List.of(ObjectColumns.OPPORTUNITY, ObjectColumns.TASK, ObjectColumns.NOTE,
				ObjectColumns.CALL)) {
			String name = ExportJobs.sheetName(columns.type().key());
			files.add(objects.file(name, columns, new ListSource(LISTS.get(columns), Map.of()), null, LEAD_NAMESPACE,
					folder.resolve(name + "." + extension), output(folder.resolve(name + "." + extension), format)));
		}
		for (JsonNode type : objects.activityTypes()) {
			String name = "custom-activities-" + slug(type.path("name").asString(""), type.path("id").asString());
			Path file = folder.resolve(name + "." + extension);
			files.add(objects.file(name, ObjectColumns.CUSTOM_ACTIVITY, new ListSource("activity/custom", Map.of()),
					type, LEAD_NAMESPACE, file, output(file, format)));
		}
		return files;
	}

	private static OutputSpec output(Path file, OutputFormat format) {
		return new OutputSpec(file, format);
	}

	/**
	 * A file name part of a custom activity type's name: lower-case letters, digits, '-'.
	 */
	static String slug(String name, String id) {
		String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.isEmpty()) {
			slug = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
		}
		return (slug.length() > 40) ? slug.substring(0, 40) : slug;
	}

	/** The import job of the folder: a step per file, in the order exported. */
	static String importJob(List<ExportFile> files) {
		StringBuilder yaml = new StringBuilder();
		yaml.append("# Imports the export of everything in this folder, written by closebatch with it: the\n");
		yaml.append("# leads with their contacts first, then the objects that link to them by the leads' key.\n");
		yaml.append("# Paths are relative to the directory closebatch ran the export in.\n");
		yaml.append("type: import\n");
		yaml.append("steps:\n");
		for (ExportFile file : files) {
			if (file.mapping() == null) {
				continue;
			}
			yaml.append("  - name: ").append(file.name()).append('\n');
			yaml.append("    input: {path: ").append(MappingWriter.quote(file.file().toString())).append("}\n");
			yaml.append("    mapping: ").append(MappingWriter.quote(file.mapping().toString())).append('\n');
		}
		return yaml.toString();
	}

}
