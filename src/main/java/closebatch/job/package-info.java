/**
 * Runs jobs: the lifecycle every run shares (take the state file's
 * {@link closebatch.checkpoint.RunLock}, recover runs a killed process left, plan the run
 * number and its folder in {@link closebatch.job.RunFolders}, start or resume, finish
 * with a {@link closebatch.job.RunResult}). {@link closebatch.job.ImportRunner} runs the
 * import step {@link closebatch.load.ImportJobs} builds, and plans and retries it;
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
