/**
 * The checkpoint database: one SQLite file ({@code .closebatch/state.db} by default)
 * opened through HikariCP ({@link closebatch.checkpoint.CheckpointDatabase}) that holds
 * Spring Batch's JDBC job repository ({@link closebatch.checkpoint.CheckpointBatch}), the
 * exactly-once {@link closebatch.checkpoint.Ledger}, export progress
 * ({@link closebatch.checkpoint.ExportProgress}) and the identity of each run
 * ({@link closebatch.checkpoint.RunIdentity}, {@link closebatch.checkpoint.RunPlanner}).
 * {@link closebatch.checkpoint.RunLock} makes sure one process at a time owns the file,
 * and {@link closebatch.checkpoint.AbandonedRuns} recovers the runs a killed owner left
 * behind.
 *
 * <p>
 * Uses Spring JDBC, Spring Batch core, HikariCP and the SQLite driver only; nothing from
 * the other stages. Never stores a secret: a run is identified by fingerprints and the
 * target's base URL, never by an API key.
 */
package closebatch.checkpoint;
