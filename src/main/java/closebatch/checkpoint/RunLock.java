package closebatch.checkpoint;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Ownership of a run by one live process, so that no two processes run the same job on
 * the same target at once: a lock on the SQLite state file ({@link StateFileLock}, every
 * job at once) or a PostgreSQL advisory lock on the job and target
 * ({@link AdvisoryRunLock}).
 *
 * <p>
 * Either lock ends with its process, however it ends: one that cannot be taken belongs to
 * a live process (which is refused, named), and one that can be taken after a kill names
 * the dead owner in {@link #previousOwner()}, whose runs may have been left
 * {@code STARTED} ({@link AbandonedRuns}). Take it before opening the database.
 */
public sealed interface RunLock extends AutoCloseable permits StateFileLock, AdvisoryRunLock {

	/**
	 * Takes the lock for running {@code jobName} against {@code target}.
	 * @throws RunRefusedException if another live process holds it, or a PostgreSQL
	 * database cannot be reached
	 */
	static RunLock acquire(StateLocation state, String jobName, String target) {
		if (state instanceof PostgresState postgres) {
			return AdvisoryRunLock.acquire(postgres, jobName, target);
		}
		return StateFileLock.acquire(((StateLocation.SqliteFile) state).path());
	}

	/** Takes ownership of a whole SQLite state file. */
	static RunLock acquire(Path stateFile) {
		return StateFileLock.acquire(stateFile);
	}

	/** The lock file that guards a SQLite state file. */
	static Path lockFileOf(Path stateFile) {
		return StateFileLock.lockFileOf(stateFile);
	}

	/** This process. */
	RunOwner owner();

	/**
	 * The process that held this lock before and ended without releasing it (it was
	 * killed or crashed), if any.
	 */
	Optional<RunOwner> previousOwner();

	/**
	 * Whether holding this lock proves that no other process runs {@code jobName} against
	 * {@code target}, so that an execution of it still marked running is abandoned.
	 * @param target the target of the execution, or null when it names none
	 */
	boolean guards(String jobName, String target);

	/**
	 * Whether no other process runs or starts {@code jobName} against any target, so that
	 * a job instance without an execution was left by a process killed while starting it.
	 */
	boolean guardsEveryRunOf(String jobName);

	/** Releases the lock. */
	@Override
	void close();

}
