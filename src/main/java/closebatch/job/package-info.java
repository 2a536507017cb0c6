/**
 * Runs jobs: the lifecycle every run shares ({@link closebatch.job.RunSession} takes the
 * state's {@link closebatch.checkpoint.RunLock}, recovers runs a killed process left,
 * numbers the run and its folder in {@link closebatch.job.RunFolders} and starts or
 * resumes it; every run, validation included, finishes with one
 * {@link closebatch.report.RunReport}, written once as {@code summary.json}, in its
 * {@link closebatch.job.RunResult} or {@link closebatch.job.ExportResult}).
 * {@link closebatch.job.ImportRunner} runs the import step
 * {@link closebatch.load.ImportJobs} builds, and plans and retries it;
 * {@link closebatch.job.ExportRunner} runs {@link closebatch.export.ExportJobs}';
 * {@link closebatch.job.ValidateRunner} reads and maps a whole input and checks it
 * against the target without writing; {@link closebatch.job.JobTarget} chooses the Close
 * API to talk to, starting the embedded sandbox when no key is configured.
 *
 * <p>
 * The one package outside {@code sandbox} that may start a sandbox (the embedded target).
 * Prints nothing: progress goes to a {@link closebatch.load.ProgressListener}, results to
 * the returned {@link closebatch.job.RunResult}.
 */
package closebatch.job;
