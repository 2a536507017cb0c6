package closebatch.config;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads {@code jobs/<name>.yaml} into a {@link JobDefinition}, after applying
 * {@code --set} overrides.
 *
 * <p>
 * Every key is checked: an unknown or misplaced key is a {@link ConfigError} at its line
 * with the nearest known key as a hint, so a typo never silently falls back to a default.
 */
public final class JobLoader {

	static final Set<String> IMPORT_KEYS = Set.of("type", "description", "input", "mapping", "steps", "chunk-size",
			"concurrency", "max-rejects", "max-reject-rate");

	static final Set<String> PHONE_NUMBER_KEYS = Set.of("type", "description", "input", "mapping", "chunk-size",
			"concurrency", "max-rejects", "max-reject-rate");

	static final Set<String> STEP_KEYS = Set.of("name", "input", "mapping");

	static final Set<String> EXPORT_KEYS = Set.of("type", "description", "query", "query-file", "list", "everything",
			"object-type", "fields", "sort", "output");

	static final Set<String> EVERYTHING_KEYS = Set.of("folder", "format");

	private static final Set<String> LIST_KEYS = Set.of("endpoint", "filters");

	static final Set<String> INPUT_KEYS = Set.of("path", "format", "encoding", "delimiter", "sheet");

	static final Set<String> OUTPUT_KEYS = Set.of("path", "format", "explode", "escape-formulas",
			"multi-value-separator", "contact-columns", "value-columns");

	private JobLoader() {
	}

	/** Reads a job file with no overrides. */
	public static JobDefinition load(Path file) {
		return load(file, List.of());
	}

	/** Reads a job file and applies {@code key=value} overrides to it first. */
	public static JobDefinition load(Path file, List<String> overrides) {
		YamlNode tree = JobOverrides.apply(YamlReader.read(file), overrides);
		YamlMap job = tree.asMap("a job file");
		String name = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
		String type = job.require("type", "a job").asText("'type'");
		return switch (type) {
			case "import" -> importJob(name, job);
			case "export" -> exportJob(name, job);
			case "phone-numbers" -> phoneNumberJob(name, job);
			default -> throw new ConfigError(job.get("type").orElseThrow().location(),
					"unknown job type '" + type + "'", "use 'import', 'phone-numbers' or 'export'");
		};
	}

	private static ImportJob importJob(String name, YamlMap job) {
		job.rejectUnknownKeys("an import job", IMPORT_KEYS);
		return importJob(name, job, steps(job), ImportJob.Kind.RECORDS);
	}

	/** A job that rents, updates and releases phone numbers: one file, one mapping. */
	private static ImportJob phoneNumberJob(String name, YamlMap job) {
		job.rejectUnknownKeys("a phone-numbers job", PHONE_NUMBER_KEYS);
		return importJob(name, job, List.of(step(ImportStep.SINGLE, job, "a phone-numbers job")),
				ImportJob.Kind.PHONE_NUMBERS);
	}

	private static ImportJob importJob(String name, YamlMap job, List<ImportStep> steps, ImportJob.Kind kind) {
		Long maxRejects = job.has("max-rejects") ? (long) job.integer("max-rejects", 0, 0) : null;
		return new ImportJob(name, steps, job.integer("chunk-size", ImportJob.DEFAULT_CHUNK_SIZE, 1),
				job.integer("concurrency", ImportJob.DEFAULT_CONCURRENCY, 1), maxRejects, rejectRate(job), kind);
	}

	/**
	 * The job's steps: a {@code steps} list, or one step from {@code input} and
	 * {@code mapping} at the top.
	 */
	private static List<ImportStep> steps(YamlMap job) {
		if (!job.has("steps")) {
			return List.of(step(ImportStep.SINGLE, job, "an import job"));
		}
		for (String key : List.of("input", "mapping")) {
			if (job.has(key)) {
				throw new ConfigError(job.entry(key).orElseThrow().keyLocation(),
						"'" + key + "' is given both at the top and in 'steps'",
						"give each step its own 'input' and 'mapping'");
			}
		}
		List<ImportStep> steps = new java.util.ArrayList<>();
		Set<String> names = new java.util.HashSet<>();
		for (YamlNode item : job.get("steps").orElseThrow().asList("'steps'").items()) {
			YamlMap step = item.asMap("a step");
			step.rejectUnknownKeys("a step", STEP_KEYS);
			YamlNode nameNode = step.require("name", "a step");
			String stepName = nameNode.asText("the step's name");
			if (!ImportStep.isName(stepName) || !names.add(stepName)) {
				throw new ConfigError(nameNode.location(),
						names.contains(stepName) && ImportStep.isName(stepName)
								? "two steps are named '" + stepName + "'" : "'" + stepName + "' cannot name a step",
						"give each step its own name of letters, digits, '.', '_' and '-', such as 'deals'");
			}
			steps.add(step(stepName, step, "a step"));
		}
		if (steps.isEmpty()) {
			throw new ConfigError(job.get("steps").orElseThrow().location(), "'steps' is empty",
					"list each file with its mapping, leads first");
		}
		return steps;
	}

	private static ImportStep step(String name, YamlMap owner, String what) {
		InputSpec input = input(owner.require("input", what).asMap("'input'"));
		return new ImportStep(name, input, Path.of(owner.require("mapping", what).asText("'mapping'")));
	}

	private static Double rejectRate(YamlMap job) {
		if (job.text("max-reject-rate").isEmpty()) {
			return null;
		}
		YamlNode node = job.get("max-reject-rate").orElseThrow();
		String text = node.asText("'max-reject-rate'").trim();
		try {
			double rate = text.endsWith("%") ? Double.parseDouble(text.substring(0, text.length() - 1)) / 100
					: Double.parseDouble(text);
			if (rate >= 0 && rate <= 1) {
				return rate;
			}
		}
		catch (NumberFormatException ex) {
			// reported below with the other out-of-range values
		}
		throw new ConfigError(node.location(), "'max-reject-rate' must be between 0 and 1, not '" + text + "'",
				"write a share such as 0.05, or a percentage such as 5%");
	}

	private static InputSpec input(YamlMap input) {
		input.rejectUnknownKeys("'input'", INPUT_KEYS);
		YamlNode pathNode = input.require("path", "'input'");
		Path path = Path.of(pathNode.asText("'input.path'"));
		InputFormat format = input.text("format")
			.map((text) -> choice(InputFormat.class, text, input.get("format").orElseThrow().location(), "format"))
			.or(() -> InputFormat.fromExtension(path))
			.orElseThrow(() -> new ConfigError(pathNode.location(),
					"cannot tell the format of '" + path + "' from its extension",
					"add 'format: csv' or 'format: xlsx'"));
		Charset encoding = input.text("encoding").map((text) -> charset(text, input)).orElse(StandardCharsets.UTF_8);
		return new InputSpec(path, format, encoding, delimiter(input), input.text("sheet").orElse(null));
	}

	private static Character delimiter(YamlMap input) {
		return input.text("delimiter").map((text) -> switch (text) {
			case "\\t", "tab", "\t" -> '\t';
			default -> {
				if (text.length() != 1) {
					throw new ConfigError(input.get("delimiter").orElseThrow().location(),
							"'delimiter' must be one character, not '" + text + "'", "for tabs write 'tab'");
				}
				yield text.charAt(0);
			}
		}).orElse(null);
	}

	private static Charset charset(String text, YamlMap input) {
		try {
			return Charset.forName(text.trim());
		}
		catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
			throw new ConfigError(input.get("encoding").orElseThrow().location(), "unknown encoding '" + text + "'",
					"for example UTF-8, windows-1252 or ISO-8859-1");
		}
	}

	private static ExportJob exportJob(String name, YamlMap job) {
		job.rejectUnknownKeys("an export job", EXPORT_KEYS);
		if (job.has("everything")) {
			return everything(name, job);
		}
		String query = job.get("query").map(YamlJson::text).orElse(null);
		Path queryFile = job.text("query-file").map(Path::of).orElse(null);
		ListSource list = job.get("list").map(JobLoader::listSource).orElse(null);
		int sources = ((query != null) ? 1 : 0) + ((queryFile != null) ? 1 : 0) + ((list != null) ? 1 : 0);
		if (sources != 1) {
			throw new ConfigError(job.location(),
					"an export job needs exactly one of 'query', 'query-file', 'list' and 'everything'",
					"put the search query inline under 'query:' or in a file named by 'query-file:',"
							+ " name a list endpoint under 'list:', or export the whole organization"
							+ " with 'everything: {folder: ...}'");
		}
		String objectType = job.text("object-type")
			.orElseGet(() -> (list == null) ? "lead" : list.endpoint().substring(list.endpoint().lastIndexOf('/') + 1));
		return new ExportJob(name, query, queryFile, list, null, objectType, texts(job, "fields"), texts(job, "sort"),
				output(job.require("output", "an export job").asMap("'output'")));
	}

	/**
	 * An export of everything: a folder (and the format of its files) and nothing that
	 * chooses what or how one file is written.
	 */
	private static ExportJob everything(String name, YamlMap job) {
		for (String key : List.of("query", "query-file", "list", "object-type", "fields", "sort", "output")) {
			if (job.has(key)) {
				throw new ConfigError(job.entry(key).orElseThrow().keyLocation(),
						"'" + key + "' cannot go with 'everything'",
						"an export of everything writes every lead and object into 'everything.folder';"
								+ " write another export job for '" + key + "'");
			}
		}
		YamlMap everything = job.get("everything").orElseThrow().asMap("'everything'");
		everything.rejectUnknownKeys("'everything'", EVERYTHING_KEYS);
		Path folder = Path.of(everything.require("folder", "'everything'").asText("'everything.folder'"));
		OutputFormat format = everything.text("format").map((text) -> {
			YamlLocation at = everything.get("format").orElseThrow().location();
			OutputFormat chosen = choice(OutputFormat.class, text, at, "format");
			if (chosen == OutputFormat.JSONL) {
				throw new ConfigError(at, "an export of everything cannot be written as JSON Lines",
						"use 'format: csv' or 'format: xlsx', which an import reads back");
			}
			return chosen;
		}).orElse(OutputFormat.CSV);
		return ExportJob.everything(name, new ExportFolder(folder, format));
	}

	private static ListSource listSource(YamlNode node) {
		if (node instanceof YamlScalar) {
			return new ListSource(node.asText("'list'"), java.util.Map.of());
		}
		YamlMap list = node.asMap("'list'");
		list.rejectUnknownKeys("'list'", LIST_KEYS);
		java.util.Map<String, String> filters = new java.util.LinkedHashMap<>();
		list.get("filters")
			.ifPresent((value) -> value.asMap("'list.filters'")
				.entries()
				.forEach((entry) -> filters.put(entry.key(), entry.value().asText("a filter"))));
		return new ListSource(list.require("endpoint", "'list'").asText("'list.endpoint'"), filters);
	}

	private static OutputSpec output(YamlMap output) {
		output.rejectUnknownKeys("'output'", OUTPUT_KEYS);
		YamlNode pathNode = output.require("path", "'output'");
		Path path = Path.of(pathNode.asText("'output.path'"));
		OutputFormat format = output.text("format")
			.map((text) -> choice(OutputFormat.class, text, output.get("format").orElseThrow().location(), "format"))
			.or(() -> OutputFormat.fromExtension(path))
			.orElseThrow(() -> new ConfigError(pathNode.location(),
					"cannot tell the format of '" + path + "' from its extension",
					"add 'format: csv', 'format: xlsx' or 'format: jsonl'"));
		boolean explode = output.text("explode").map((text) -> {
			if (!text.trim().equals("contacts")) {
				throw new ConfigError(output.get("explode").orElseThrow().location(), "unknown explode '" + text + "'",
						"use 'explode: contacts' for one row per contact");
			}
			return true;
		}).orElse(false);
		String separator = output.get("multi-value-separator")
			.map((node) -> (node instanceof YamlScalar scalar && scalar.text() != null) ? scalar.text() : "")
			.orElse(OutputSpec.DEFAULT_SEPARATOR);
		if (separator.isEmpty()) {
			throw new ConfigError(output.get("multi-value-separator").orElseThrow().location(),
					"'multi-value-separator' must not be empty", "for example \"; \" or \"|\"");
		}
		return new OutputSpec(path, format, explode, output.flag("escape-formulas", true), separator,
				output.integer("contact-columns", OutputSpec.DEFAULT_CONTACT_COLUMNS, 0),
				output.integer("value-columns", OutputSpec.DEFAULT_VALUE_COLUMNS, 1));
	}

	private static List<String> texts(YamlMap job, String key) {
		return job.get(key)
			.map((node) -> node.asList("'" + key + "'")
				.items()
				.stream()
				.map((item) -> item.asText("a " + key + " entry"))
				.toList())
			.orElse(List.of());
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String text, YamlLocation at, String key) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(text.trim())) {
				return constant;
			}
		}
		List<String> names = java.util.Arrays.stream(type.getEnumConstants())
			.map((constant) -> constant.name().toLowerCase(Locale.ROOT))
			.toList();
		throw new ConfigError(at, "unknown " + key + " '" + text + "'", "use one of: " + String.join(", ", names));
	}

}
