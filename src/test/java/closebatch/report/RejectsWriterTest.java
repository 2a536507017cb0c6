package closebatch.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import closebatch.error.SourceLocation;
import closebatch.source.RowDefect;
import closebatch.source.SourceError;
import closebatch.source.SourceHeader;
import closebatch.source.SourceRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RejectsWriterTest {

	private static final SourceHeader HEADER = SourceHeader.of(List.of("Company", "Email", "Notes"),
			SourceLocation.of("leads.csv").atRow(1));

	private static final RowError BAD_EMAIL = new RowError("MAP-301", "Email", "'x@' is not an email address");

	@TempDir
	Path dir;

	@Test
	void rereadsAsInputWithTheSameHeaderAndThreeColumnsMore() {
		Path file = this.dir.resolve("out/import-leads/7/rejects.csv");
		try (RejectsWriter writer = RejectsWriter.open(file, HEADER)) {
			writer.write(SourceRow.of(4, HEADER, List.of("Acme", "x@", "")), BAD_EMAIL);
		}

		assertThat(ReportFiles.header(file)).containsExactly("Company", "Email", "Notes", "_row", "_error", "_field");
		assertThat(ReportFiles.cells(file))
			.containsExactly(List.of("Acme", "x@", "", "4", "MAP-301: 'x@' is not an email address", "Email"));
	}

	@Test
	void keepsCellsWithQuotesLineBreaksDelimitersAndFormulasExactlyAsRead() {
		List<String> awkward = List.of("\"Quoted\" & Co, Ltd", "=HYPERLINK(\"http://evil.test\")",
				"line one\r\nline two\nline three; still\t3");
		Path file = this.dir.resolve("rejects.csv");
		try (RejectsWriter writer = RejectsWriter.open(file, HEADER)) {
			writer.write(SourceRow.of(2, HEADER, awkward), BAD_EMAIL);
			writer.write(SourceRow.of(9, HEADER, List.of("+1 555", "@sum(A1)", "-2")), BAD_EMAIL);
		}

		List<SourceRow> reread = ReportFiles.rows(file);
		assertThat(reread).hasSize(2);
		assertThat(reread.get(0).cells().subList(0, 3)).isEqualTo(awkward);
		assertThat(reread.get(1).cells().subList(0, 3)).containsExactly("+1 555", "@sum(A1)", "-2");
		assertThat(reread).allSatisfy((row) -> assertThat(row.isRejected()).isFalse());
	}

	@Test
	void padsARowWithTooFewCellsSoItLinesUpWithTheHeader() {
		Path file = this.dir.resolve("rejects.csv");
		RowDefect defect = new RowDefect(SourceError.TOO_FEW_CELLS, "the row has 2 cells, the header 3");
		try (RejectsWriter writer = RejectsWriter.open(file, HEADER)) {
			writer.write(new SourceRow(5, HEADER, List.of("Acme", "a@acme.test"), defect),
					RowError.of(SourceError.TOO_FEW_CELLS, null, defect.message()));
		}

		assertThat(ReportFiles.cells(file))
			.containsExactly(List.of("Acme", "a@acme.test", "", "5", "SRC-202: the row has 2 cells, the header 3", ""));
	}

	@Test
	void quotesTheCellsBeyondTheLastColumnInTheErrorSinceTheyHaveNoColumn() {
		Path file = this.dir.resolve("rejects.csv");
		RowDefect defect = new RowDefect(SourceError.TOO_MANY_CELLS, "the row has 4 cells, the header 3");
		try (RejectsWriter writer = RejectsWriter.open(file, HEADER)) {
			writer.write(new SourceRow(6, HEADER, List.of("Acme", " Inc", "a@acme.test", "vip"), defect),
					RowError.of(SourceError.TOO_MANY_CELLS, null, defect.message()));
		}

		assertThat(ReportFiles.cells(file)).containsExactly(List.of("Acme", " Inc", "a@acme.test", "6",
				"SRC-201: the row has 4 cells, the header 3 (cells beyond the last column: vip)", ""));
	}

	@Test
	void appendsAfterARestartWithoutRepeatingARowOfAReplayedChunk() {
		Path file = this.dir.resolve("rejects.csv");
		try (RejectsWriter first = RejectsWriter.open(file, HEADER)) {
			first.write(SourceRow.of(4, HEADER, List.of("Acme", "x@", "multi\nline")), BAD_EMAIL);
		}

		try (RejectsWriter restarted = RejectsWriter.open(file, HEADER)) {
			int written = restarted.write(List.of(
					new RejectsWriter.Reject(SourceRow.of(4, HEADER, List.of("Acme", "x@", "multi\nline")), BAD_EMAIL),
					new RejectsWriter.Reject(SourceRow.of(8, HEADER, List.of("Beta", "y@", "")), BAD_EMAIL)));
			assertThat(written).isEqualTo(1);
		}

		assertThat(ReportFiles.cells(file)).extracting((cells) -> cells.get(3)).containsExactly("4", "8");
	}

	@Test
	void refusesToReopenTheRejectsOfAnotherInput() throws Exception {
		Path file = this.dir.resolve("rejects.csv");
		try (RejectsWriter first = RejectsWriter.open(file, HEADER)) {
			first.write(SourceRow.of(4, HEADER, List.of("Acme", "x@", "")), BAD_EMAIL);
		}
		SourceHeader other = SourceHeader.of(List.of("Name", "Email"), SourceLocation.of("other.csv").atRow(1));

		assertThatThrownBy(() -> RejectsWriter.open(file, other)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("other columns");
		assertThat(ReportFiles.cells(file)).hasSize(1);
	}

	@Test
	void replacesTheAddedColumnsWhenARejectsFileIsFedBackAndRejectedAgain() {
		Path first = this.dir.resolve("run-1/rejects.csv");
		try (RejectsWriter writer = RejectsWriter.open(first, HEADER)) {
			writer.write(SourceRow.of(4, HEADER, List.of("Acme", "x@", "")), BAD_EMAIL);
		}
		SourceRow fedBack = ReportFiles.rows(first).get(0);

		Path second = this.dir.resolve("run-2/rejects.csv");
		try (RejectsWriter writer = RejectsWriter.open(second, fedBack.header())) {
			writer.write(fedBack, BAD_EMAIL);
		}

		assertThat(ReportFiles.header(second)).containsExactly("Company", "Email", "Notes", "_row", "_error", "_field");
		assertThat(ReportFiles.cells(second))
			.containsExactly(List.of("Acme", "x@", "", "2", "MAP-301: 'x@' is not an email address", "Email"));
	}

	@Test
	void refusesAnInputWithItsOwnColumnNamedLikeAnAddedOne() {
		SourceHeader own = SourceHeader.of(List.of("Company", "_row", "Email"),
				SourceLocation.of("leads.csv").atRow(1));

		assertThatThrownBy(() -> RejectsWriter.open(this.dir.resolve("rejects.csv"), own))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("_row");
		assertThat(Files.exists(this.dir.resolve("rejects.csv"))).isFalse();
	}

}
