package closebatch.job;

import java.nio.file.Path;
import java.util.Map;

import closebatch.report.ExitDecision;
import closebatch.report.PlanWriter;
import closebatch.report.RentCost;
import closebatch.report.RunReport;
import closebatch.report.RunSummary;

/**
 * How an import, a plan or a validation ended.
 *
 * @param summary its counts
 * @param report its report, as written to {@code summary.json} and printed
 * @param planned for a plan, its records by what a run would do to them; otherwise
 * {@code null}
 * @param rentCost for a plan of phone numbers whose mapping declares a price, what the
 * numbers it would rent cost a month; otherwise {@code null}
 */
public record RunResult(RunSummary summary, RunReport report, Map<PlanWriter.Action, Long> planned, RentCost rentCost) {

	/** Its exit code and headline. */
	public ExitDecision decision() {
		return this.report.decision();
	}

	/** The folder with results.csv, rejects.csv and summary.json. */
	public Path outputDir() {
		return this.report.outputDir();
	}

	/** What stopped it, in words, or {@code null}. */
	public String failure() {
		return this.report.failure();
	}

}
