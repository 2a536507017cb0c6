package closebatch.job;

import closebatch.report.ExportSummary;
import closebatch.report.RunReport;

/**
 * How an export run ended.
 *
 * @param summary what it wrote
 * @param report its report, as written to {@code summary.json} and printed
 */
public record ExportResult(ExportSummary summary, RunReport report) {
}
