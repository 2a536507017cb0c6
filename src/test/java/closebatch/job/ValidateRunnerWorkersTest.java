package closebatch.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import closebatch.config.ImportJob;
import closebatch.report.RejectsWriter;
import closebatch.report.ResultsWriter;
import closebatch.sandbox.SandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code validate} with its rows mapped and checked by several workers writes exactly
 * what one thread writes: the same results and rejects files, line for line in the order
 * of the input, and the same counts.
 */
class ValidateRunnerWorkersTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	@TempDir
	Path dir;

	@Test
	void writesTheSameFilesWithFourWorkersAsWithOne() throws IOException {
		Path input = Files.createDirectories(this.dir.resolve("input"));
		ImportJob job = InProcessImport.importJob(GeneratedLeads.csv(input, 5_000, 3));

		RunResult one = new ValidateRunner(Clock.systemUTC(), 1).run(job,
				InProcessImport.options(this.dir.resolve("one")), InProcessImport.target(sandbox.baseUrl()));
		RunResult four = new ValidateRunner(Clock.systemUTC(), 4).run(job,
				InProcessImport.options(this.dir.resolve("four")), InProcessImport.target(sandbox.baseUrl()));

		assertThat(one.summary().rowsRead()).isEqualTo(5_000);
		assertThat(one.summary().rows().rejected()).as("rows the generated file gets wrong on purpose").isPositive();
		assertThat(four.summary()).usingRecursiveComparison()
			.ignoringFields("run", "elapsedMs", "usage", "rejectsFile", "resultsFile")
			.isEqualTo(one.summary());
		for (String file : new String[] { ResultsWriter.FILE_NAME, RejectsWriter.FILE_NAME }) {
			assertThat(Files.readAllLines(four.outputDir().resolve(file))).as(file)
				.isEqualTo(Files.readAllLines(one.outputDir().resolve(file)));
		}
	}

}
