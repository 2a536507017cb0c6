/**
 * The checkpoint database: a SQLite file ({@code .closebatch/state.db} by default) or a
 * PostgreSQL database shared by many runners
 * ({@link closebatch.checkpoint.StateLocation}), opened through HikariCP
 * ({@link closebatch.checkpoint.CheckpointDatabase}), that holds Spring Batch's JDBC job
 * repository ({@link closebatch.checkpoint.CheckpointBatch}), the exactly-once
 * {@link closebatch.checkpoint.Ledger}, export progress
 * ({@link closebatch.checkpoint.ExportProgress}) and the identity of each run
 * ({@link closebatch.checkpoint.RunIdentity}, {@link closebatch.checkpoint.RunPlanner}).
 * {@link closebatch.checkpoint.RunLock} makes sure one process at a time runs a job on a
 * target (a lock on the SQLite file, or a PostgreSQL advisory lock), and
 * {@link closebatch.checkpoint.AbandonedRuns} recovers the runs a killed owner left
 * behind.
 *
 * <p>
 * Uses Spring JDBC, Spring Batch core, HikariCP, the SQLite and PostgreSQL drivers and
 * {@code error} only; nothing from the other stages. Never stores a secret: a run is
 * identified by fingerprints and the target's base URL, never by an API key, and a
 * database password never leaves {@link closebatch.checkpoint.PostgresState}.
 */
package closebatch.checkpoint;
