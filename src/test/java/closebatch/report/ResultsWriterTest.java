package closebatch.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResultsWriterTest {

	@TempDir
	Path dir;

	@Test
	void writesEveryRowWithItsActionLeadContactsAndError() {
		Path file = this.dir.resolve("out/import-leads/7/results.csv");
		try (ResultsWriter writer = ResultsWriter.open(file)) {
			writer.write(List.of(RowOutcome.created(2, "lead_1", List.of("cont_1", "cont_2")),
					RowOutcome.unchanged(3, "lead_2", List.of()),
					RowOutcome.rejected(4, null, new RowError("MAP-301", "Email", "'x@' is not an email address")),
					RowOutcome.skipped(5, null), RowOutcome.ofObject(6, RowAction.CREATED, "lead_3", "acti_1")));
		}

		assertThat(ReportFiles.header(file)).containsExactly("_row", "action", "lead_id", "contact_ids", "object_id",
				"error");
		assertThat(ReportFiles.cells(file)).containsExactly(List.of("2", "created", "lead_1", "cont_1;cont_2", "", ""),
				List.of("3", "unchanged", "lead_2", "", "", ""),
				List.of("4", "rejected", "", "", "", "MAP-301: 'x@' is not an email address"),
				List.of("5", "skipped", "", "", "", ""), List.of("6", "created", "lead_3", "", "acti_1", ""));
	}

	@Test
	void writesRowsInTheOrderTheyArriveNotSortedByRow() {
		Path file = this.dir.resolve("results.csv");
		try (ResultsWriter writer = ResultsWriter.open(file)) {
			writer.write(List.of(outcome(9), outcome(10)));
			writer.write(List.of(outcome(2), outcome(3)));
		}

		assertThat(rowNumbers(file)).containsExactly("9", "10", "2", "3");
	}

	@Test
	void writesARowOnlyOnceWhenItsOutcomeComesAgain() {
		Path file = this.dir.resolve("results.csv");
		try (ResultsWriter writer = ResultsWriter.open(file)) {
			assertThat(writer.write(List.of(outcome(2), outcome(3)))).isEqualTo(2);
			assertThat(writer.write(List.of(outcome(3), outcome(4)))).isEqualTo(1);
			assertThat(writer.contains(3)).isTrue();
			assertThat(writer.contains(5)).isFalse();
		}

		assertThat(rowNumbers(file)).containsExactly("2", "3", "4");
	}

	@Test
	void appendsAfterARestartWithoutRepeatingTheRowsOfAReplayedChunk() {
		Path file = this.dir.resolve("results.csv");
		try (ResultsWriter first = ResultsWriter.open(file)) {
			first.write(List.of(outcome(2), outcome(3), outcome(4)));
		}

		try (ResultsWriter restarted = ResultsWriter.open(file)) {
			assertThat(restarted.contains(4)).isTrue();
			assertThat(restarted.write(List.of(outcome(3), outcome(4), outcome(5), outcome(6)))).isEqualTo(2);
		}

		assertThat(rowNumbers(file)).containsExactly("2", "3", "4", "5", "6");
	}

	@Test
	void dropsALastLineTornByAKillAndWritesThatRowAgainOnRestart() throws Exception {
		Path file = this.dir.resolve("results.csv");
		try (ResultsWriter first = ResultsWriter.open(file)) {
			first.write(List.of(outcome(2)));
		}
		Files.writeString(file, "3,created,lea", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

		try (ResultsWriter restarted = ResultsWriter.open(file)) {
			assertThat(restarted.contains(3)).isFalse();
			restarted.write(List.of(outcome(3)));
		}

		assertThat(ReportFiles.cells(file)).containsExactly(List.of("2", "created", "lead_2", "cont_2", "", ""),
				List.of("3", "created", "lead_3", "cont_3", "", ""));
	}

	@Test
	void dropsALastRecordCutInsideAQuotedCell() throws Exception {
		Path file = this.dir.resolve("results.csv");
		try (ResultsWriter first = ResultsWriter.open(file)) {
			first.write(List.of(outcome(2)));
		}
		Files.writeString(file, "3,rejected,,,,\"SRC-203: the line\r\n", StandardCharsets.UTF_8,
				java.nio.file.StandardOpenOption.APPEND);

		try (ResultsWriter restarted = ResultsWriter.open(file)) {
			assertThat(restarted.contains(2)).isTrue();
			assertThat(restarted.contains(3)).isFalse();
		}

		assertThat(rowNumbers(file)).containsExactly("2");
	}

	@Test
	void refusesToAppendToAFileWithOtherColumns() throws Exception {
		Path file = this.dir.resolve("results.csv");
		Files.writeString(file, "Company,Email\r\nAcme,a@acme.test\r\n");

		assertThatThrownBy(() -> ResultsWriter.open(file)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("other columns");
		assertThat(Files.readString(file)).isEqualTo("Company,Email\r\nAcme,a@acme.test\r\n");
	}

	@Test
	void keepsEveryRowWhenManyThreadsWriteAtOnce() throws Exception {
		Path file = this.dir.resolve("results.csv");
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try (ResultsWriter writer = ResultsWriter.open(file)) {
			List<Future<Integer>> chunks = new ArrayList<>();
			for (int chunk = 0; chunk < 40; chunk++) {
				long first = 2 + (chunk % 20) * 50L;
				List<RowOutcome> outcomes = LongStream.range(first, first + 50)
					.mapToObj(ResultsWriterTest::outcome)
					.toList();
				chunks.add(threads.submit(() -> writer.write(outcomes)));
			}
			int written = 0;
			for (Future<Integer> chunk : chunks) {
				written += chunk.get();
			}
			assertThat(written).isEqualTo(1000);
		}
		finally {
			threads.shutdown();
		}

		assertThat(rowNumbers(file)).hasSize(1000).doesNotHaveDuplicates();
	}

	private static RowOutcome outcome(long row) {
		return RowOutcome.created(row, "lead_" + row, List.of("cont_" + row));
	}

	private static List<String> rowNumbers(Path file) {
		return ReportFiles.cells(file).stream().map((cells) -> cells.get(0)).toList();
	}

}
