package closebatch.job;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import closebatch.load.ProgressListener;
import closebatch.report.PlanWriter;
import closebatch.report.ResultsWriter;
import closebatch.sandbox.SandboxExtension;
import closebatch.sandbox.store.Kind;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code closebatch plan}: every record resolved against the target without one write,
 * and the following run doing to each record exactly what the plan said.
 */
class PlanTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	@TempDir
	Path folder;

	@Test
	void aPlanIntoAnEmptyOrganizationWritesNothingAndTheRunThenDoesWhatItSaid() throws Exception {
		sandbox.sandbox().requests().clear();

		RunResult plan = plan(Path.of("jobs/import-leads.yaml"));

		assertThat(InProcessImport.writeRequests(sandbox.sandbox().requests())).as("writes").isEmpty();
		assertThat(sandbox.sandbox().store().count(Kind.LEAD)).isZero();
		assertThat(Files.exists(this.folder.resolve("state.db"))).as("the state file is untouched").isFalse();
		assertThat(plan.planned()).containsEntry(PlanWriter.Action.CREATE, 100L);

		RunResult run = run(Path.of("jobs/import-leads.yaml"));

		assertThat(actionsDone(plan, run)).isEqualTo(actionsPlanned(plan));
	}

	@Test
	void aPlanNamesEachFieldAnUpdateWouldChangeWithItsOldAndNewValue() throws Exception {
		run(Path.of("jobs/import-leads.yaml"));
		String sample = Files.readString(Path.of("samples/leads.csv"));
		Path changed = Files.writeString(this.folder.resolve("changed.csv"),
				sample.replace("Brightmoor Consulting Inc.,,Referred by an existing customer,",
						"Brightmoor Consulting Inc.,,Met at the 2026 trade show,"));
		Path job = Files.writeString(this.folder.resolve("import-changed.yaml"), "type: import\ninput:\n  path: "
				+ changed.toAbsolutePath() + "\nmapping: " + Path.of("mappings/leads.yaml").toAbsolutePath() + "\n");
		sandbox.sandbox().requests().clear();

		RunResult plan = plan(job);

		assertThat(InProcessImport.writeRequests(sandbox.sandbox().requests())).as("writes").isEmpty();
		Map<String, CSVRecord> byRecord = planLines(plan).stream()
			.collect(Collectors.toMap((line) -> line.get("record"), (line) -> line, (a, b) -> a));
		CSVRecord brightmoor = byRecord.get("brightmoor consulting inc.");
		assertThat(brightmoor.get("action")).isEqualTo("update");
		assertThat(brightmoor.get("changes"))
			.isEqualTo("description: Referred by an existing customer → Met at the 2026 trade show");
		assertThat(plan.planned()).containsEntry(PlanWriter.Action.UPDATE, 1L)
			.containsEntry(PlanWriter.Action.UNCHANGED, 99L);

		RunResult run = run(job);

		assertThat(actionsDone(plan, run)).isEqualTo(actionsPlanned(plan));
		assertThat(run.summary().leadsUpdated()).isEqualTo(1);
	}

	private RunResult plan(Path jobFile) {
		RunResult result = new ImportRunner(Clock.systemUTC()).plan(InProcessImport.importJob(jobFile),
				InProcessImport.options(this.folder), InProcessImport.target(sandbox.baseUrl()), ProgressListener.NONE);
		assertThat(result.failure()).as("failure of the plan").isNull();
		return result;
	}

	private RunResult run(Path jobFile) {
		RunResult result = new ImportRunner(Clock.systemUTC()).run(InProcessImport.importJob(jobFile),
				InProcessImport.options(this.folder), InProcessImport.target(sandbox.baseUrl()), ProgressListener.NONE);
		assertThat(result.failure()).as("failure of the run").isNull();
		return result;
	}

	/** Each plan line's first row, with the action the plan names. */
	private static Map<Long, String> actionsPlanned(RunResult plan) throws Exception {
		Map<Long, String> actions = new LinkedHashMap<>();
		planLines(plan).forEach((line) -> actions.put(Long.parseLong(line.get("_row")), line.get("action")));
		return actions;
	}

	/**
	 * Each plan line's first row, with what the run did to the record: created if any of
	 * its rows was, else updated if any was, else what all its rows share.
	 */
	private static Map<Long, String> actionsDone(RunResult plan, RunResult run) throws Exception {
		Map<Long, String> byRow = new HashMap<>();
		read(run.outputDir().resolve(ResultsWriter.FILE_NAME))
			.forEach((line) -> byRow.put(Long.parseLong(line.get("_row")), line.get("action")));
		Map<Long, String> actions = new LinkedHashMap<>();
		for (CSVRecord line : planLines(plan)) {
			Set<String> done = java.util.Arrays.stream(line.get("rows").split(" "))
				.map((row) -> byRow.get(Long.parseLong(row)))
				.collect(Collectors.toSet());
			String action = done.contains("created") ? "create"
					: done.contains("updated") ? "update"
							: (done.size() == 1)
									? Map.of("unchanged", "unchanged", "skipped", "skip", "rejected", "reject")
										.get(done.iterator().next())
									: done.toString();
			actions.put(Long.parseLong(line.get("_row")), action);
		}
		return actions;
	}

	private static List<CSVRecord> planLines(RunResult plan) throws Exception {
		return read(plan.outputDir().resolve(PlanWriter.FILE_NAME));
	}

	private static List<CSVRecord> read(Path file) throws Exception {
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			in.mark(1);
			if (in.read() != '\uFEFF') {
				in.reset();
			}
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
		}
	}

}
