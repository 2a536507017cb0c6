package closebatch.job;

import java.nio.file.Path;

import closebatch.report.ExitDecision;
import closebatch.report.RunSummary;

/**
 * How a run ended.
 *
 * @param summary its counts
 * @param decision its exit code and headline
 * @param outputDir the folder with results.csv, rejects.csv and summary.json
 * @param failure what stopped it, in words, or {@code null}
 */
public record RunResult(RunSummary summary, ExitDecision decision, Path outputDir, String failure) {

}
