/**
 * What a run did, for people and for CI: the outcome of every input row
 * ({@link closebatch.report.RowOutcome}), the per-row results file
 * ({@link closebatch.report.ResultsWriter}), the rejects file that can be fixed and fed
 * back ({@link closebatch.report.RejectsWriter}), the run summary as JSON and console
 * text ({@link closebatch.report.RunSummary}, {@link closebatch.report.OutcomeCounter})
 * and the exit code decision ({@link closebatch.report.ExitDecision}).
 *
 * <p>
 * Uses {@code closebatch.source} for rows and headers, {@code closebatch.error} for error
 * codes, Commons CSV and Jackson. Never prints: the console summary is returned as text
 * for {@code cli} to print.
 */
package closebatch.report;
