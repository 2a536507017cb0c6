/**
 * Runs jobs: {@link closebatch.job.ImportRunner} wires an import into a Spring Batch
 * chunk step on the checkpoint database (read a file, map each row, load each chunk
 * through the ledger with several requests in flight) and makes its results, rejects and
 * summary; {@link closebatch.job.ValidateRunner} reads and maps a whole input and checks
 * it against the target without writing; {@link closebatch.job.JobTarget} chooses the
 * Close API to talk to, starting the embedded sandbox when no key is configured.
 *
 * <p>
 * The one package outside {@code sandbox} that may start a sandbox (the embedded target).
 * Prints nothing: progress goes to a {@link closebatch.job.ProgressListener}, results to
 * the returned {@link closebatch.job.RunResult}.
 */
package closebatch.job;
