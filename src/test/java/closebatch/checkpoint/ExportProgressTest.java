package closebatch.checkpoint;

import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ExportProgressTest {

	@TempDir
	Path dir;

	private CheckpointDatabase database;

	private ExportProgress progress;

	@BeforeEach
	void openDatabase() {
		this.database = CheckpointDatabase.open(stateOfTest());
		this.progress = new ExportProgress(this.database, Clock.systemUTC());
	}

	/** Where the state database of each test is; subclasses run the tests on another. */
	StateLocation stateOfTest() {
		return new StateLocation.SqliteFile(this.dir.resolve("state.db"));
	}

	@AfterEach
	void closeDatabase() {
		this.database.close();
	}

	@Test
	void knowsNoPositionForARunThatSavedNone() {
		assertThat(this.progress.find("export-ceos", 1)).isEmpty();
	}

	@Test
	void keepsTheLastPositionOfEachRun() {
		this.progress.save("export-ceos", 1, ExportPosition.START);
		this.progress.save("export-ceos", 1,
				new ExportPosition("2026-01-02T03:04:05.678000+00:00", "lead_a", 200, 51_234));
		this.progress.save("export-ceos", 2, new ExportPosition("2026-02-01T00:00:00+00:00", "lead_z", 5, 900));

		assertThat(this.progress.find("export-ceos", 1))
			.hasValue(new ExportPosition("2026-01-02T03:04:05.678000+00:00", "lead_a", 200, 51_234));
		assertThat(this.progress.find("export-ceos", 2)).map(ExportPosition::lastId).hasValue("lead_z");
		assertThat(this.progress.find("other-export", 1)).isEmpty();
	}

	@Test
	void commitsAPositionOnlyWithTheChunkThatReachedIt() {
		this.progress.save("export-ceos", 1, new ExportPosition("2026-01-01T00:00:00+00:00", "lead_a", 100, 1000));
		TransactionTemplate chunk = new TransactionTemplate(this.database.transactionManager());

		chunk.executeWithoutResult((status) -> {
			this.progress.save("export-ceos", 1, new ExportPosition("2026-01-02T00:00:00+00:00", "lead_b", 200, 2000));
			status.setRollbackOnly();
		});

		assertThat(this.progress.find("export-ceos", 1)).map(ExportPosition::lastId).hasValue("lead_a");
	}

	@Test
	void refusesAPositionWithADateButNoId() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ExportPosition("2026-01-01T00:00:00+00:00", null, 1, 10));
	}

}
