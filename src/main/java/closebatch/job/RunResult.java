package closebatch.job;

import java.nio.file.Path;
import java.util.Map;

import closebatch.report.PlanWriter;
import closebatch.report.ExitDecision;
import closebatch.report.RunSummary;

/**
 * How a run ended.
 *
 * @param summary its counts
 * @param decision its exit code and headline
 * @param outputDir the folder with results.csv, rejects.csv and summary.json
 * @param failure what stopped it, in words, or {@code null}
 * @param planned for a plan, its records by what a run would do to them; otherwise
 * {@code null}
 * @param rentCost for a plan of phone numbers whose mapping declares a price, what the
 * numbers it would rent cost a month; otherwise {@code null}
 */
public record RunResult(RunSummary summary, ExitDecision decision, Path outputDir, String failure,
		Map<PlanWriter.Action, Long> planned, RentCost rentCost) {

	/** The result of a plan, or of a run that wrote ({@code planned} null). */
	public RunResult(RunSummary summary, ExitDecision decision, Path outputDir, String failure,
			Map<PlanWriter.Action, Long> planned) {
		this(summary, decision, outputDir, failure, planned, null);
	}

	/** The result of a run that wrote. */
	public RunResult(RunSummary summary, ExitDecision decision, Path outputDir, String failure) {
		this(summary, decision, outputDir, failure, null);
	}

}
