package closebatch.source;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static closebatch.source.SourceFixtures.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The recovery rule for broken quotes: a broken record costs its first line, never the
 * rows after it, and memory stays bounded.
 */
class CsvRecoveryTest {

	@TempDir
	Path dir;

	@Test
	void rejectsTextAfterAClosingQuoteOnItsLineOnly() throws Exception {
		List<SourceRow> rows = read("a,b\n\"x\"y,1\n2,3\n");

		assertThat(rows).extracting(SourceRow::number, SourceRow::isRejected)
			.containsExactly(tuple(2L, true), tuple(3L, false));
		assertThat(rows.get(0).defect().message()).isEqualTo("text follows the closing quote of a quoted value.");
	}

	@Test
	void acceptsSpacesBetweenAClosingQuoteAndTheDelimiterAsCommonsCsvDoes() throws Exception {
		List<SourceRow> rows = read("a,b\n\"x\"  ,1\n");

		assertThat(rows).extracting(SourceRow::cells).containsExactly(List.of("x", "1"));
	}

	@Test
	void readsAQuoteInsideAnUnquotedValueAsText() throws Exception {
		List<SourceRow> rows = read("a,b\nO\"Brien,1\n2,3\n");

		assertThat(rows).extracting(SourceRow::cells).containsExactly(List.of("O\"Brien", "1"), List.of("2", "3"));
	}

	@Test
	void rejectsOnlyTheFirstLineWhenAStrayQuoteClosesCleanlyLinesLater() throws Exception {
		// The quote opened on line 2 closes on line 3 before a delimiter: one record of 4
		// cells.
		List<SourceRow> rows = read("a,b,c\n1,\"x,y\n2,z\",w,v\n3,4,5\n");

		assertThat(rows).extracting(SourceRow::number, SourceRow::isRejected, SourceRow::cells)
			.containsExactly(tuple(2L, true, List.of("1,\"x,y")), tuple(3L, true, List.of("2", "z\"", "w", "v")),
					tuple(4L, false, List.of("3", "4", "5")));
		assertThat(rows.get(0).defect().error()).isEqualTo(SourceError.BROKEN_QUOTE);
		assertThat(rows.get(0).defect().message()).contains("leaves 4 cells for 3 columns");
		assertThat(rows.get(1).defect().error()).isEqualTo(SourceError.TOO_MANY_CELLS);
	}

	@Test
	void rejectsTheFirstLineOfAQuoteStillOpenAtTheRecordLimitAndReadsTheLinesAfterIt() throws Exception {
		StringBuilder text = new StringBuilder("a,b\n1,\"never closed\n");
		for (int i = 0; i < 50; i++) {
			text.append("row").append(i).append(",x\n");
		}
		Path csv = Files.writeString(this.dir.resolve("open.csv"), text);

		List<SourceRow> rows = readAll(CsvFile.of(csv).withMaxRecordChars(100));

		assertThat(rows).hasSize(51);
		assertThat(rows.get(0).defect().message()).contains("still open after 100 characters");
		assertThat(rows.subList(1, 51)).noneMatch(SourceRow::isRejected);
		assertThat(rows.get(50).number()).isEqualTo(52);
	}

	@Test
	void rejectsALineLongerThanTheRecordLimitWithoutHoldingIt() throws Exception {
		Path csv = Files.writeString(this.dir.resolve("long.csv"), "a,b\n" + "x".repeat(5000) + ",1\n2,3\n");

		List<SourceRow> rows = readAll(CsvFile.of(csv).withMaxRecordChars(1000));

		assertThat(rows).extracting(SourceRow::number, SourceRow::isRejected)
			.containsExactly(tuple(2L, true), tuple(3L, false));
		assertThat(rows.get(0).defect().error()).isEqualTo(SourceError.ROW_TOO_LONG);
		assertThat(rows.get(0).cells()).isEmpty();
	}

	@Test
	void rejectsTheHeaderlessLastLineWithoutALineBreakLikeAnyOther() throws Exception {
		List<SourceRow> rows = read("a,b\n1,2\n\"3,4");

		assertThat(rows).extracting(SourceRow::number, SourceRow::isRejected)
			.containsExactly(tuple(2L, false), tuple(3L, true));
	}

	@Test
	void readsBackEveryRecordCommonsCsvWritesWhateverItHolds() throws Exception {
		Random random = new Random(20261122);
		String[] pieces = { "a", "Zoë", ",", ";", "\"", "\"\"", "\n", "\r\n", "\r", " ", "\t", "x\"y", "" };
		List<List<String>> records = new ArrayList<>();
		for (int r = 0; r < 2000; r++) {
			List<String> record = new ArrayList<>();
			for (int c = 0; c < 4; c++) {
				StringBuilder value = new StringBuilder();
				for (int p = random.nextInt(5); p > 0; p--) {
					value.append(pieces[random.nextInt(pieces.length)]);
				}
				record.add(value.toString());
			}
			record.set(0, "id" + r);
			records.add(record);
		}
		for (QuoteMode mode : List.of(QuoteMode.MINIMAL, QuoteMode.ALL)) {
			StringWriter text = new StringWriter();
			try (CSVPrinter printer = CSVFormat.RFC4180.builder().setQuoteMode(mode).get().print(text)) {
				printer.printRecord("id", "b", "c", "d");
				printer.printRecords(records);
			}

			List<SourceRow> rows = read(text.toString());

			assertThat(rows).noneMatch(SourceRow::isRejected);
			assertThat(rows).extracting(SourceRow::cells).containsExactlyElementsOf(records);
		}
	}

	private List<SourceRow> read(String text) throws Exception {
		return readAll(CsvFile.of(Files.writeString(this.dir.resolve("input.csv"), text)).withDelimiter(','));
	}

}
