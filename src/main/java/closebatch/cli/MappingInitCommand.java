package closebatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import closebatch.error.RegularFiles;
import closebatch.guess.ColumnGuess;
import closebatch.guess.FileSample;
import closebatch.guess.GuessedMapping;
import closebatch.guess.JobYaml;
import closebatch.guess.MappingGuesser;
import closebatch.guess.MappingYaml;
import closebatch.guess.SampleMapping;
import closebatch.source.CsvFile;
import closebatch.source.SourceFile;
import closebatch.source.XlsxFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code closebatch mapping init <file>}: guesses a mapping from a file's header and
 * first rows and writes it, with an import job that uses it, as a starting point to check
 * and edit. Never replaces a file unless told to.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
		description = { "Guesses a mapping and an import job from a CSV or XLSX file's header and first rows.",
				"Writes <DIR>/mappings/<NAME>.yaml and <DIR>/jobs/<NAME>.yaml, each entry commented with why:",
				"Close fields recognised by column name and values (company, contact names, title, emails, phones",
				"with their country, web addresses, address parts), the other columns as lead custom fields",
				"typed by their values (date with its format, number with its locale, choices, text), created",
				"when missing, and the company (or an id) column as the key. Replaces no file without --force.",
				"Exit codes: 0 written, 2 unreadable file or files already there." })
final class MappingInitCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "FILE", description = "The CSV or XLSX file to import.")
	private Path file;

	@Option(names = "--job", paramLabel = "NAME",
			description = "The name of the job and mapping. Default: the file's name without its extension.")
	private String job;

	@Option(names = "--out", paramLabel = "DIR", defaultValue = ".",
			description = "Where jobs/ and mappings/ are. Default: the current directory.")
	private Path outputRoot;

	@Option(names = "--force", description = "Replace the job and mapping files if they exist.")
	private boolean force;

	@Option(names = "--rows", paramLabel = "N", defaultValue = "" + FileSample.DEFAULT_ROWS,
			description = "How many rows to read. Default: ${DEFAULT-VALUE}.")
	private int rows;

	@Option(names = "--encoding", paramLabel = "CHARSET",
			description = "CSV only: the file's encoding. Default: UTF-8.")
	private String encoding;

	@Option(names = "--sheet", paramLabel = "SHEET",
			description = "XLSX only: the sheet's name. Default: the first visible sheet.")
	private String sheet;

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		PrintWriter err = this.spec.commandLine().getErr();
		try {
			String name = name();
			Path jobFile = this.outputRoot.resolve("jobs").resolve(name + ".yaml").normalize();
			Path mappingFile = this.outputRoot.resolve("mappings").resolve(name + ".yaml").normalize();
			refuseToReplace(jobFile, mappingFile);
			SourceFile source = source();
			FileSample sample = FileSample.read(source, this.rows);
			GuessedMapping guess = MappingGuesser.guess(sample);
			String jobReference = this.outputRoot.normalize().toString().isEmpty() ? name : jobFile.toString();
			String mapping = MappingYaml.render(guess, schema(mappingFile, "mapping.schema.json"), jobReference);
			SampleMapping trial = SampleMapping.of(mapping, mappingFile.toString(), sample);
			write(mappingFile, mapping);
			write(jobFile,
					JobYaml.render(source, mappingFile.toString(), schema(jobFile, "job.schema.json"), jobReference));
			print(out, guess, trial, sample, jobFile, mappingFile, jobReference);
			return 0;
		}
		catch (RuntimeException ex) {
			return ProblemReport.report(ex, err);
		}
	}

	private String name() {
		String name = (this.job != null) ? this.job
				: this.file.getFileName()
					.toString()
					.replaceFirst("\\.[^.]*$", "")
					.toLowerCase(Locale.ROOT)
					.replaceAll("[^a-z0-9._-]+", "-");
		if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
			throw CommandError.usage("'" + name + "' cannot name a job and a mapping",
					"Give --job NAME with letters, digits, '.', '_' and '-', starting with a letter or digit.");
		}
		return name;
	}

	private void refuseToReplace(Path... files) {
		if (this.force) {
			return;
		}
		List<Path> existing = List.of(files).stream().filter(Files::exists).toList();
		if (!existing.isEmpty()) {
			throw CommandError.usage(
					existing.stream().map(Path::toString).collect(Collectors.joining(" and "))
							+ ((existing.size() == 1) ? " exists" : " exist") + "; nothing was written",
					"Choose another name with --job NAME, or replace them with --force.");
		}
	}

	private SourceFile source() {
		RegularFiles.problem(this.file).ifPresent((problem) -> {
			throw CommandError.usage("The input " + this.file + " " + problem, "Give the path of a CSV or XLSX file.");
		});
		SourceFile source = SourceFile.of(this.file);
		if (source instanceof CsvFile csv && this.encoding != null) {
			source = csv.withEncoding(this.encoding);
		}
		if (source instanceof XlsxFile xlsx && this.sheet != null) {
			source = xlsx.withSheet(this.sheet);
		}
		return source;
	}

	/** The schema's path from the file's folder, for the editor line at its top. */
	private static String schema(Path file, String schema) {
		Path folder = file.toAbsolutePath().getParent();
		return folder.relativize(Path.of("schemas", schema).toAbsolutePath()).toString().replace('\\', '/');
	}

	private void write(Path file, String text) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			if (this.force) {
				Files.writeString(file, text);
			}
			else {
				Files.writeString(file, text, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file, ex);
		}
	}

	private static void print(PrintWriter out, GuessedMapping guess, SampleMapping trial, FileSample sample,
			Path jobFile, Path mappingFile, String jobReference) {
		out.println("Read the header and " + (sample.wholeFile() ? "all " : "the first ") + sample.rows().size()
				+ " rows of " + sample.file().label() + ":");
		int width = guess.columns().stream().mapToInt((column) -> column.column().length()).max().orElse(0);
		for (ColumnGuess column : guess.columns()) {
			out.println(String.format("  %-" + Math.min(width, 30) + "s  -> %s%s", column.column(),
					ColumnLabels.of(column), guess.key().contains(column.column()) ? " (key)" : ""));
		}
		out.println("Wrote " + mappingFile + " and " + jobFile + ".");
		long rejected = trial.rejected().values().stream().mapToLong(Long::longValue).sum();
		out.println("Through it, " + trial.mapped() + " of these rows map to a lead"
				+ ((rejected == 0) ? "."
						: ", " + rejected + " would be rejected (by column: "
								+ trial.rejected()
									.entrySet()
									.stream()
									.map((entry) -> entry.getKey() + " " + entry.getValue())
									.collect(Collectors.joining(", "))
								+ ")."));
		out.println("Check the comments in the mapping, then: ./closebatch validate " + jobReference);
		out.flush();
	}

}
