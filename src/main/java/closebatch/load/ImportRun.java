package closebatch.load;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Predicate;

import closebatch.checkpoint.RunIdentity;
import closebatch.close.PlannedWrites;
import closebatch.mapping.RecordMapper;
import closebatch.report.PlanWriter;
import closebatch.source.SourceFile;
import closebatch.source.SourceRow;

/**
 * One run of an import, as its step reads and writes it.
 *
 * @param file the input
 * @param mapper the job's mapping, compiled against the input's header
 * @param included which rows the run takes: all, or those {@code retry-failed} re-drives
 * @param identity the run's identity: its target names the ledger, its input fingerprint
 * the rows without a key
 * @param searchLags whether the target's search index lags its writes (Close's does)
 * @param outputDir where results.csv and rejects.csv go
 * @param plan for a plan, the writes it keeps instead of sending and its plan file;
 * {@code null} for a run that writes
 * @param progress hears about each chunk
 */
public record ImportRun(SourceFile file, RecordMapper mapper, Predicate<SourceRow> included, RunIdentity identity,
		boolean searchLags, Path outputDir, Plan plan, ProgressListener progress) {

	public ImportRun {
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(mapper, "mapper");
		Objects.requireNonNull(included, "included");
		Objects.requireNonNull(identity, "identity");
		Objects.requireNonNull(outputDir, "outputDir");
		Objects.requireNonNull(progress, "progress");
	}

	/**
	 * What a plan writes instead of Close.
	 *
	 * @param writes the writes its client kept
	 * @param file its {@code plan.csv}
	 */
	public record Plan(PlannedWrites writes, PlanWriter file) {

		public Plan {
			Objects.requireNonNull(writes, "writes");
			Objects.requireNonNull(file, "file");
		}

	}

}
