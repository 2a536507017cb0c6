package closebatch.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import closebatch.checkpoint.RunIdentity;
import closebatch.close.PlannedWrites;
import closebatch.mapping.RowMapper;
import closebatch.report.PlanWriter;
import closebatch.source.SourceFile;
import closebatch.source.SourceRow;

/**
 * One run of an import, as its steps read and write it.
 *
 * @param identity the run's identity: its target names the ledger
 * @param run the run, as {@code <job>:<run number>}
 * @param steps the steps, in order
 * @param searchLags whether the target's search index lags its writes (Close's does)
 * @param plannedWrites for a plan, the writes its client keeps instead of sending;
 * {@code null} for a run that writes
 * @param progress hears about each chunk
 */
public record ImportRun(RunIdentity identity, String run, List<Step> steps, boolean searchLags,
		PlannedWrites plannedWrites, ProgressListener progress) {

	public ImportRun {
		Objects.requireNonNull(identity, "identity");
		Objects.requireNonNull(run, "run");
		steps = List.copyOf(steps);
		Objects.requireNonNull(progress, "progress");
	}

	/**
	 * One step of the run: a file, its mapping and what the mapping names in Close.
	 *
	 * @param name the step's name (its Spring Batch step)
	 * @param file the input
	 * @param mapper the step's mapping, compiled against the input's header
	 * @param included which rows the step takes: all, or those {@code retry-failed}
	 * re-drives
	 * @param inputFingerprint the input's fingerprint, which names the rows the mapping
	 * gives no key
	 * @param schema the mapping's statuses and custom fields, resolved against the target
	 * @param objects for a mapping of objects of leads, the users, statuses and types it
	 * names; {@code null} for leads
	 * @param outputDir where results.csv and rejects.csv go
	 * @param plan for a plan, its {@code plan.csv}; {@code null} for a run that writes
	 */
	public record Step(String name, SourceFile file, RowMapper mapper, Predicate<SourceRow> included,
			String inputFingerprint, CloseSchema schema, ObjectSchema objects, Path outputDir, PlanWriter plan) {

		public Step {
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(file, "file");
			Objects.requireNonNull(mapper, "mapper");
			Objects.requireNonNull(included, "included");
			Objects.requireNonNull(inputFingerprint, "inputFingerprint");
			Objects.requireNonNull(schema, "schema");
			Objects.requireNonNull(outputDir, "outputDir");
		}

	}

}
