package closebatch.job;

import java.nio.file.Files;
import java.nio.file.Path;

import closebatch.checkpoint.RunIdentity;
import closebatch.checkpoint.RunPlanner.RestartMode;
import closebatch.checkpoint.RunRefusedException;
import closebatch.report.RejectThreshold;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Every run on the state database starts in a session that holds its job's lock. */
class RunSessionTest {

	@TempDir
	Path dir;

	@Test
	void holdsTheJobsLockOnTheTargetUntilItCloses() {
		RunOptions options = options();
		try (RunSession first = RunSession.open(options, "import-leads", "sandbox", 2)) {
			assertThatExceptionOfType(RunRefusedException.class)
				.isThrownBy(() -> RunSession.open(options, "import-leads", "sandbox", 2))
				.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(RunRefusedException.Reason.STATE_IN_USE));
		}
		try (RunSession again = RunSession.open(options, "import-leads", "sandbox", 2)) {
			assertThat(again.database()).isNotNull();
		}
	}

	@Test
	void numbersANewRunAboveEveryRunFolderOfItsJob() throws Exception {
		RunOptions options = options();
		Files.createDirectories(this.dir.resolve("out/import-leads/3"));

		try (RunSession session = RunSession.open(options, "import-leads", "sandbox", 2)) {
			RunSession.Run run = session.plan(new RunIdentity("import-leads", "in", "map", "sandbox", "test"), options);

			assertThat(run.number()).isEqualTo(4);
			assertThat(run.folder()).isEqualTo(this.dir.resolve("out/import-leads/4"));
		}
	}

	private RunOptions options() {
		return new RunOptions(this.dir.resolve("state.db"), RestartMode.RESUME, this.dir.resolve("out"),
				RejectThreshold.NONE, "test");
	}

}
