package closebatch.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import closebatch.FileSchemas;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code schemas/job.schema.json} accepts every job in {@code jobs/}, which name it in
 * their first line, refuses what the job loader refuses, and allows exactly the keys the
 * loader reads.
 */
class JobSchemaTest {

	@Test
	void everySampleJobNamesTheSchemaAndMatchesIt() throws Exception {
		List<Path> jobs;
		try (Stream<Path> files = Files.list(Path.of("jobs"))) {
			jobs = files.filter((file) -> file.toString().endsWith(".yaml")).sorted().toList();
		}
		assertThat(jobs).hasSizeGreaterThanOrEqualTo(5);
		for (Path job : jobs) {
			assertThat(Files.readAllLines(job).get(0)).as(job.toString()).isEqualTo(FileSchemas.JOB.modeline(job));
			assertThat(FileSchemas.JOB.validate(job)).as(job.toString()).isEmpty();
		}
	}

	@Test
	void refusesAnUnknownKeyAndAWrongValue() {
		assertThat(FileSchemas.JOB.validate("type: import\ninput: {path: a.csv}\nmapping: m.yaml\nchunk_size: 5\n"))
			.as("a misspelt key")
			.isNotEmpty();
		assertThat(FileSchemas.JOB.validate("type: import\ninput: {path: a.csv, format: xls}\nmapping: m.yaml\n"))
			.as("a format closebatch does not read")
			.isNotEmpty();
		assertThat(FileSchemas.JOB.validate("type: export\nquery: {type: match_all}\noutput: {path: a.csv}\n"))
			.isEmpty();
		assertThat(FileSchemas.JOB
			.validate("type: phone-numbers\nsteps: [{name: a, input: {path: a.csv}, mapping: m.yaml}]\n"))
			.as("a phone-numbers job has one file, no steps")
			.isNotEmpty();
	}

	@Test
	void allowsExactlyTheKeysTheLoaderReads() {
		assertThat(FileSchemas.JOB.propertiesAt("/$defs/import/properties"))
			.containsExactlyInAnyOrderElementsOf(JobLoader.IMPORT_KEYS);
		assertThat(FileSchemas.JOB.propertiesAt("/$defs/phone-numbers/properties"))
			.containsExactlyInAnyOrderElementsOf(JobLoader.PHONE_NUMBER_KEYS);
		assertThat(FileSchemas.JOB.propertiesAt("/$defs/export/properties"))
			.containsExactlyInAnyOrderElementsOf(JobLoader.EXPORT_KEYS);
		assertThat(FileSchemas.JOB.propertiesAt("/$defs/import/properties/input/properties"))
			.containsExactlyInAnyOrderElementsOf(JobLoader.INPUT_KEYS);
		assertThat(FileSchemas.JOB.propertiesAt("/$defs/import/properties/steps/items/properties"))
			.containsExactlyInAnyOrderElementsOf(JobLoader.STEP_KEYS);
		assertThat(FileSchemas.JOB.propertiesAt("/$defs/export/properties/output/properties"))
			.containsExactlyInAnyOrderElementsOf(JobLoader.OUTPUT_KEYS);
	}

}
