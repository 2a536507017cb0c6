package closebatch.checkpoint;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Properties;

import closebatch.checkpoint.RunRefusedException.Reason;

/**
 * Ownership of a SQLite state file by one process, for every job and target: an
 * operating-system lock on a file next to it ({@code state.db.lock}) that names the
 * owner.
 *
 * <p>
 * The operating system releases the lock when its process ends, however it ends, so a
 * lock that cannot be taken belongs to a live process (which is refused) and a lock that
 * can be taken was either released cleanly or left by a dead process. In the second case
 * the file still names that process: {@link #previousOwner()} says so, and the runs it
 * left {@code STARTED} can be recovered ({@link AbandonedRuns}). Take the lock before
 * opening the database.
 */
public final class StateFileLock implements RunLock {

	/** Locked past the owner's details, so they stay readable on every platform. */
	private static final long LOCK_POSITION = Long.MAX_VALUE - 1;

	private final Path file;

	private final FileChannel channel;

	private final FileLock lock;

	private final RunOwner owner;

	private final RunOwner previousOwner;

	private StateFileLock(Path file, FileChannel channel, FileLock lock, RunOwner owner, RunOwner previousOwner) {
		this.file = file;
		this.channel = channel;
		this.lock = lock;
		this.owner = owner;
		this.previousOwner = previousOwner;
	}

	/** The lock file that guards {@code stateFile}. */
	public static Path lockFileOf(Path stateFile) {
		return stateFile.resolveSibling(stateFile.getFileName() + ".lock");
	}

	/**
	 * Takes ownership of {@code stateFile} for this process.
	 * @throws RunRefusedException if another live process owns it
	 */
	public static StateFileLock acquire(Path stateFile) {
		Path file = lockFileOf(stateFile.toAbsolutePath().normalize());
		FileChannel channel = null;
		try {
			Files.createDirectories(file.getParent());
			channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
					StandardOpenOption.WRITE);
			FileLock lock = tryLock(channel);
			if (lock == null) {
				Optional<RunOwner> holder = readOwner(channel);
				channel.close();
				throw inUse(stateFile, holder);
			}
			RunOwner previous = readOwner(channel).orElse(null);
			RunOwner owner = RunOwner.current();
			writeOwner(channel, owner);
			return new StateFileLock(file, channel, lock, owner, previous);
		}
		catch (IOException ex) {
			closeQuietly(channel);
			throw new UncheckedIOException("Cannot lock " + file, ex);
		}
	}

	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock(LOCK_POSITION, 1, false);
		}
		catch (OverlappingFileLockException ex) {
			return null; // held by this very process
		}
	}

	private static RunRefusedException inUse(Path stateFile, Optional<RunOwner> holder) {
		String who = holder.map(RunOwner::toString).orElse("another process");
		return new RunRefusedException(Reason.STATE_IN_USE, "The state file " + stateFile + " is in use by " + who,
				"Wait for that run to finish (or stop it), or give this run another state file.");
	}

	private static Optional<RunOwner> readOwner(FileChannel channel) throws IOException {
		ByteArrayOutputStream content = new ByteArrayOutputStream();
		ByteBuffer buffer = ByteBuffer.allocate(1024);
		long position = 0;
		int read;
		while ((read = channel.read(buffer, position)) > 0) {
			content.write(buffer.array(), 0, read);
			position += read;
			buffer.clear();
		}
		if (content.size() == 0) {
			return Optional.empty();
		}
		Properties properties = new Properties();
		properties.load(new StringReader(content.toString(StandardCharsets.UTF_8)));
		return RunOwner.fromProperties(properties);
	}

	private static void writeOwner(FileChannel channel, RunOwner owner) throws IOException {
		ByteArrayOutputStream content = new ByteArrayOutputStream();
		owner.toProperties().store(content, "closebatch run lock");
		channel.truncate(0);
		channel.write(ByteBuffer.wrap(content.toByteArray()), 0);
		channel.force(true);
	}

	private static void closeQuietly(FileChannel channel) {
		if (channel != null) {
			try {
				channel.close();
			}
			catch (IOException ex) {
				// Already failing: the first error is the one to report.
			}
		}
	}

	/** This process, as written in the lock file. */
	@Override
	public RunOwner owner() {
		return this.owner;
	}

	/**
	 * The process that owned the state file before and ended without releasing it (it was
	 * killed or crashed), if any: its runs may have been left {@code STARTED}.
	 */
	@Override
	public Optional<RunOwner> previousOwner() {
		return Optional.ofNullable(this.previousOwner);
	}

	/** Every run in the file is this process's. */
	@Override
	public boolean guards(String jobName, String target) {
		return true;
	}

	@Override
	public boolean guardsEveryRunOf(String jobName) {
		return true;
	}

	/** Releases the state file, leaving a lock file that names no owner. */
	@Override
	public void close() {
		try {
			this.channel.truncate(0);
			this.lock.release();
			this.channel.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot release " + this.file, ex);
		}
	}

}
