package closebatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import closebatch.checkpoint.RunPlanner.RestartMode;
import closebatch.config.ImportJob;
import closebatch.job.JobTarget;
import closebatch.job.RunResult;
import closebatch.job.ValidateRunner;
import closebatch.report.RejectsWriter;
import closebatch.error.Excerpt;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;

/**
 * {@code closebatch validate <job>}: reads and maps the whole input and checks it against
 * the target's statuses and custom fields, writing rejects and a summary but nothing to
 * Close.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
		description = { "Checks every row of an import job against the target, writing nothing to Close.",
				"Reads and maps the whole input and checks it against the target's statuses and custom fields;",
				"writes rejects.csv and summary.json but sends no write.",
				"Exit codes: 0 every row valid, 3 some rows rejected, 2 invalid job, mapping or input,",
				"1 the target could not be read (run again), 4 key or permission refused." })
final class ValidateCommand extends ImportCommand {

	@Override
	String doneTo() {
		return "validated";
	}

	@Override
	void before(ImportJob job, PrintWriter human) {
		human.println("Input: " + ValidateRunner.describeInput(job));
	}

	@Override
	RunResult run(ImportJob job, JobTarget target, Console console) {
		RunResult result = new ValidateRunner(Clock.systemUTC()).run(job,
				runOptions(RestartMode.RESUME, Thresholds.of(job, null, null)), target);
		printFirstOfEachProblem(result.outputDir().resolve(RejectsWriter.FILE_NAME), console.human());
		return result;
	}

	/**
	 * Prints the first rejected row of each error code (such as the first line that is
	 * not in the file's encoding), so that a kind of problem is seen without opening the
	 * rejects file.
	 */
	private static void printFirstOfEachProblem(Path rejects, PrintWriter out) {
		if (!Files.exists(rejects)) {
			return;
		}
		Map<String, String> first = new LinkedHashMap<>();
		try (Reader in = Files.newBufferedReader(rejects, StandardCharsets.UTF_8)) {
			CSVParser parsed = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in);
			for (CSVRecord row : parsed) {
				String error = row.get("_error");
				first.putIfAbsent(error.contains(":") ? error.substring(0, error.indexOf(':')) : error,
						"row " + row.get("_row") + ": " + Excerpt.of(error, 200));
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			return;
		}
		out.println("First row of each problem (all rejected rows are in " + rejects + "):");
		first.values().forEach((line) -> out.println("  " + line));
	}

}
