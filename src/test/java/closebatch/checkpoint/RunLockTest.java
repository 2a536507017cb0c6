package closebatch.checkpoint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RunLockTest {

	@TempDir
	Path dir;

	@Test
	void ownsAStateFileAndNamesThisProcessInItsLockFile() throws Exception {
		Path stateFile = this.dir.resolve("state.db");
		try (RunLock lock = RunLock.acquire(stateFile)) {
			assertThat(lock.owner().pid()).isEqualTo(ProcessHandle.current().pid());
			assertThat(lock.previousOwner()).isEmpty();
			assertThat(Files.readString(RunLock.lockFileOf(stateFile)))
				.contains("pid=" + ProcessHandle.current().pid());
		}
	}

	@Test
	void refusesASecondOwnerInTheSameProcess() {
		Path stateFile = this.dir.resolve("state.db");
		try (RunLock lock = RunLock.acquire(stateFile)) {
			assertThatExceptionOfType(RunRefusedException.class).isThrownBy(() -> RunLock.acquire(stateFile))
				.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(RunRefusedException.Reason.STATE_IN_USE));
		}
	}

	@Test
	void leavesNoPreviousOwnerWhenReleasedCleanly() {
		Path stateFile = this.dir.resolve("state.db");
		RunLock.acquire(stateFile).close();
		try (RunLock lock = RunLock.acquire(stateFile)) {
			assertThat(lock.previousOwner()).isEmpty();
		}
	}

	@Test
	void refusesAStateFileALiveProcessOwnsAndTakesItOverOnceThatProcessIsKilled() throws Exception {
		Path stateFile = this.dir.resolve("state.db");
		Process owner = StateFileOwner.start("hold", stateFile);
		Instant ownerStarted = owner.info().startInstant().orElseThrow();
		try {
			assertThatExceptionOfType(RunRefusedException.class).isThrownBy(() -> RunLock.acquire(stateFile))
				.satisfies((ex) -> {
					assertThat(ex.reason()).isEqualTo(RunRefusedException.Reason.STATE_IN_USE);
					assertThat(ex.getMessage()).contains(stateFile.toString())
						.contains("in use by process " + owner.pid());
					assertThat(ex.hint()).isNotBlank();
				});
		}
		finally {
			StateFileOwner.kill(owner);
		}

		try (RunLock lock = RunLock.acquire(stateFile)) {
			assertThat(lock.previousOwner()).hasValueSatisfying((previous) -> {
				assertThat(previous.pid()).isEqualTo(owner.pid());
				assertThat(previous.startedAt()).isEqualTo(ownerStarted);
			});
		}
	}

}
