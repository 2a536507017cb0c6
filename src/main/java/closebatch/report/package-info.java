/**
 * What a run did, for people and for CI: the outcome of every input row
 * ({@link closebatch.report.RowOutcome}), the per-row results file
 * ({@link closebatch.report.ResultsWriter}), the rejects file that can be fixed and fed
 * back ({@link closebatch.report.RejectsWriter}), the one report every run ends with
 * ({@link closebatch.report.RunReport}: {@code summary.json}, console text, the
 * {@code --quiet} line and the {@code --json} document) of an import's
 * {@link closebatch.report.RunSummary} or an export's
 * {@link closebatch.report.ExportSummary}, and the exit code decision
 * ({@link closebatch.report.ExitDecision}), for runs and for a user's mistake alike.
 *
 * <p>
 * Uses {@code closebatch.source} for rows and headers, {@code closebatch.error} for error
 * codes, Commons CSV and Jackson. Never prints: the console summary is returned as text
 * for {@code cli} to print.
 */
package closebatch.report;
