package closebatch.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;

import closebatch.report.ResultsWriter;
import closebatch.report.RowAction;

/**
 * The input rows that earlier runs of a job settled: created, updated, unchanged or
 * skipped, by the latest run that reached the row. A row a later run rejected is
 * unsettled again; a row no run reached (a run killed or failed before its chunk
 * committed) never was. {@code retry-failed} re-drives the others.
 */
final class SettledRows {

	private final BitSet settled;

	private SettledRows(BitSet settled) {
		this.settled = settled;
	}

	/**
	 * Reads the results of the runs in {@code out/<job>/}, in run order.
	 * @param step the step's folder in a run's, or {@code null} for a job of one step
	 * @return the settled rows; {@code null} when no run of the job wrote results
	 */
	static SettledRows of(Path outputRoot, String job, String step) {
		List<Path> results = RunFolders.inOrder(outputRoot, job)
			.stream()
			.map((folder) -> ((step != null) ? folder.resolve(step) : folder).resolve(ResultsWriter.FILE_NAME))
			.filter(Files::exists)
			.toList();
		if (results.isEmpty()) {
			return null;
		}
		BitSet settled = new BitSet();
		for (Path file : results) {
			ResultsWriter.forEachOutcome(file,
					(row, action) -> settled.set(Math.toIntExact(row), action != RowAction.REJECTED));
		}
		return new SettledRows(settled);
	}

	/** Whether an earlier run settled the row. */
	boolean contains(long row) {
		return this.settled.get(Math.toIntExact(row));
	}

}
