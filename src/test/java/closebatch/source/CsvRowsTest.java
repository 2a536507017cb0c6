package closebatch.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import closebatch.error.UserInputException;

import static closebatch.source.SourceFixtures.readAll;
import static closebatch.source.SourceFixtures.scenario;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Reading CSV files: one scenario folder under {@code source/} per case.
 */
class CsvRowsTest {

	@Nested
	class Encodings {

		@Test
		void readsUtf8AndLeavesTheByteOrderMarkOutOfTheFirstHeader() {
			List<SourceRow> rows = readAll(CsvFile.of(scenario("bom", "leads.csv")));

			assertThat(rows.get(0).header().names()).containsExactly("Company", "Contact", "Email");
			assertThat(rows).extracting(SourceRow::number, (row) -> row.value("Contact"))
				.containsExactly(tuple(2L, "Renée Dupont"), tuple(3L, "Jürgen Müller"));
		}

		@Test
		void readsWindows1252WhenTheEncodingIsSet() {
			List<SourceRow> rows = readAll(
					CsvFile.of(scenario("windows-1252", "leads.csv")).withEncoding("windows-1252"));

			assertThat(rows).extracting((row) -> row.value("Note"))
				.containsExactly("\u201cBest\u201d price \u20ac12", "naïve");
			assertThat(rows.get(1).value("Contact")).isEqualTo("Åse Sørensen");
		}

		@Test
		void readsUtf16ByItsByteOrderMarkEvenWithoutAnEncodingSet() {
			List<SourceRow> rows = readAll(CsvFile.of(scenario("utf-16", "leads.csv")));

			assertThat(rows.get(0).header().names()).containsExactly("Company", "Contact");
			assertThat(rows).extracting((row) -> row.value("Contact"))
				.containsExactly("Renée Dupont", "山田 太郎 \uD83D\uDE00");
		}

		@Test
		void rejectsEachLineWhoseBytesAreNotUtf8NamingItsByteOffsetAndAGuessedEncoding() {
			List<SourceRow> rows = readAll(CsvFile.of(scenario("windows-1252", "leads.csv")));

			assertThat(rows).extracting(SourceRow::number).containsExactly(2L, 3L);
			assertThat(rows)
				.allSatisfy((row) -> assertThat(row.defect().error()).isEqualTo(SourceError.UNDECODABLE_ROW));
			assertThat(rows.get(0).defect().message())
				.isEqualTo("line 2: byte 0xE9 at byte offset 24 is not valid UTF-8; it reads \"é\" in windows-1252; "
						+ "the line is probably in windows-1252.");
		}

		@Test
		void rejectsOnlyTheLineInAnotherEncodingInTheMiddleOfAUtf8FileAndReadsTheRest(@TempDir Path dir)
				throws Exception {
			Path file = dir.resolve("mixed.csv");
			StringBuilder text = new StringBuilder("Company,Contact\n");
			for (int i = 2; i <= 400; i++) {
				text.append((i == 302) ? "@@@" : "Lead " + i + ",Renée " + i).append('\n');
			}
			byte[] utf8 = text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
			String marker = "@@@";
			int at = text.toString().indexOf(marker);
			long offset = text.substring(0, at).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
			byte[] cafe = "Café,Müller".getBytes(java.nio.charset.Charset.forName("windows-1252"));
			java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
			bytes.write(utf8, 0, (int) offset);
			bytes.write(cafe);
			bytes.write(utf8, (int) offset + marker.length(), utf8.length - (int) offset - marker.length());
			Files.write(file, bytes.toByteArray());

			List<SourceRow> rows = readAll(CsvFile.of(file));

			assertThat(rows).hasSize(399);
			assertThat(rows).filteredOn(SourceRow::isRejected).singleElement().satisfies((row) -> {
				assertThat(row.number()).isEqualTo(302);
				assertThat(row.defect().message()).contains("line 302", "byte offset " + (offset + 3), "windows-1252");
			});
			assertThat(rows.get(301).value("Contact")).isEqualTo("Renée 303");
		}

		@Test
		void refusesUtf16WithoutAByteOrderMarkReadAsUtf8NamingTheEncodingToSet(@TempDir Path dir) throws Exception {
			Path file = dir.resolve("utf16.csv");
			Files.writeString(file, "Company,Contact\nAcme,Renée\n", java.nio.charset.StandardCharsets.UTF_16LE);

			assertThatThrownBy(() -> readAll(CsvFile.of(file))).isInstanceOfSatisfying(UserInputException.class,
					(ex) -> {
						assertThat(ex.code()).isEqualTo(SourceError.BAD_ENCODING);
						assertThat(ex.hint()).contains("encoding: UTF-16LE");
					});
		}

		@Test
		void letsAByteOrderMarkDecideOverTheConfiguredEncoding() {
			List<SourceRow> rows = readAll(CsvFile.of(scenario("bom", "leads.csv")).withEncoding("windows-1252"));

			assertThat(rows.get(0).value("Contact")).isEqualTo("Renée Dupont");
		}

		@Test
		void refusesAnEncodingJavaDoesNotKnow() {
			CsvFile file = CsvFile.of(scenario("bom", "leads.csv"));

			assertThatThrownBy(() -> file.withEncoding("latin-42")).isInstanceOfSatisfying(UserInputException.class,
					(ex) -> assertThat(ex.code()).isEqualTo(SourceError.UNKNOWN_ENCODING));
		}

	}

	@Nested
	class Delimiters {

		@Test
		void detectsSemicolonsAndKeepsCommasInValues() {
			List<SourceRow> rows = readAll(CsvFile.of(scenario("semicolons", "leads.csv")));

			assertThat(rows.get(0).header().names()).containsExactly("Company", "Contact", "Revenue");
			assertThat(rows).extracting(SourceRow::values)
				.containsExactly(Map.of("Company", "Acme", "Contact", "Smith; John", "Revenue", "1.234,50"),
						Map.of("Company", "Beta; Inc", "Contact", "Jane Doe", "Revenue", "99,00"));
		}

		@Test
		void detectsTabsAndKeepsCommasAndQuotedTabsInValues() {
			List<SourceRow> rows = readAll(CsvFile.of(scenario("tabs", "leads.tsv")));

			assertThat(rows).extracting(SourceRow::cells)
				.containsExactly(List.of("Acme", "John Smith", "New York, NY"),
						List.of("Beta\tInc", "Jane Doe", "Paris"));
		}

		@Test
		void usesTheDelimiterItIsGivenInsteadOfDetectingOne() {
			List<SourceRow> rows = readAll(CsvFile.of(scenario("semicolons", "leads.csv")).withDelimiter(','));

			assertThat(rows.get(0).header().names()).containsExactly("Company;Contact;Revenue");
		}

		@Test
		void refusesADoubleQuoteAsTheDelimiter() {
			assertThatThrownBy(() -> CsvFile.of(Path.of("leads.csv")).withDelimiter('"')).isInstanceOfSatisfying(
					UserInputException.class, (ex) -> assertThat(ex.code()).isEqualTo(SourceError.BAD_DELIMITER));
		}

	}

	@Nested
	class LinesAndQuotes {

		@Test
		void keepsLineBreaksAndDoubledQuotesInsideQuotedValuesAndNumbersRowsByTheirFirstLine() {
			List<SourceRow> rows = readAll(CsvFile.of(scenario("multi-line-quotes", "leads.csv")));

			assertThat(rows).extracting(SourceRow::number, SourceRow::cells)
				.containsExactly(
						tuple(2L,
								List.of("Acme", "First line\nsecond line, with a comma\nthird \"quoted\" line", "Ann")),
						tuple(5L, List.of("Beta", "plain", "Bob")), tuple(6L, List.of("Gamma\nCorp", "", "Cy")));
		}

		@Test
		void readsCrlfLineEndingsAndKeepsCrlfInsideQuotes() {
			List<SourceRow> rows = readAll(CsvFile.of(scenario("crlf", "leads.csv")));

			assertThat(rows).extracting(SourceRow::number, SourceRow::cells)
				.containsExactly(tuple(2L, List.of("Acme", "two\r\nlines")), tuple(4L, List.of("Beta", "one")),
						tuple(6L, List.of("Gamma", "last")));
		}

		@Test
		void readsOldMacLineEndings() {
			List<SourceRow> rows = readAll(CsvFile.of(scenario("cr-only", "leads.csv")));

			assertThat(rows).extracting(SourceRow::number, SourceRow::cells)
				.containsExactly(tuple(2L, List.of("Acme", "two\rlines")), tuple(4L, List.of("Beta", "one")));
		}

		@Test
		void skipsEmptyLinesAndReturnsRowsOfBlankCellsAsBlankToBeCounted() {
			List<SourceRow> rows = readAll(CsvFile.of(scenario("blank-rows", "leads.csv")));

			assertThat(rows.get(0).header().names()).containsExactly("Company", "Email");
			assertThat(rows).extracting(SourceRow::number, SourceRow::isBlank, SourceRow::isRejected)
				.containsExactly(tuple(5L, false, false), tuple(6L, true, false), tuple(7L, true, false),
						tuple(8L, false, false));
		}

		@Test
		void rejectsARowWithANulOrAnotherControlCharacterNamingTheColumn(@TempDir Path dir) throws Exception {
			Path file = dir.resolve("nul.csv");
			Files.writeString(file, "Company,Note\nNul\u0000Co,fine\nAcme,bell\u0007\nBeta,\"tab\there\"\n");

			List<SourceRow> rows = readAll(CsvFile.of(file));

			assertThat(rows).extracting(SourceRow::number, SourceRow::isRejected)
				.containsExactly(tuple(2L, true), tuple(3L, true), tuple(4L, false));
			assertThat(rows.get(0).defect().error()).isEqualTo(SourceError.CONTROL_CHARACTER);
			assertThat(rows.get(0).defect().message()).contains("column A \"Company\"", "U+0000 (NUL)");
			assertThat(rows.get(1).defect().message()).contains("column B \"Note\"", "U+0007");
		}

	}

	@Nested
	class RejectedRows {

		@Test
		void rejectsRowsWithTooManyOrTooFewCellsAndReadsOn() {
			List<SourceRow> rows = readAll(CsvFile.of(scenario("ragged-rows", "leads.csv")));

			assertThat(rows).extracting(SourceRow::number, SourceRow::isRejected)
				.containsExactly(tuple(2L, false), tuple(3L, true), tuple(4L, true), tuple(5L, false));
			assertThat(rows.get(1).defect().error()).isEqualTo(SourceError.TOO_FEW_CELLS);
			assertThat(rows.get(1).defect().message()).isEqualTo("the row has 2 cells but the header has 3 columns.");
			assertThat(rows.get(1).cells()).containsExactly("Beta", "Bob");
			assertThat(rows.get(2).defect().error()).isEqualTo(SourceError.TOO_MANY_CELLS);
			assertThat(rows.get(2).cells()).containsExactly("Gamma", "Cy", "cy@gamma.com", "extra");
		}

		@Test
		void rejectsOnlyTheLinesWithBrokenQuotesAndReadsTheRowsAfterThem() {
			List<SourceRow> rows = readAll(CsvFile.of(scenario("broken-quote", "leads.csv")));

			assertThat(rows).extracting(SourceRow::number, (row) -> row.isRejected() ? row.defect().error() : null)
				.containsExactly(tuple(2L, null), tuple(3L, SourceError.BROKEN_QUOTE), tuple(4L, null),
						tuple(5L, SourceError.BROKEN_QUOTE), tuple(6L, null));
			assertThat(rows.get(1).cells()).containsExactly("Beta,\"Bob, Jr,bob@beta.com");
			assertThat(rows.get(3).cells()).containsExactly("Delta,\"Di \"the boss\" D\",di@delta.com");
			assertThat(rows.get(4).cells()).containsExactly("Epsilon", "Ed, Sr", "ed@eps.com");
		}

		@Test
		void rejectsAQuoteLeftOpenToTheEndOfTheFileAndReadsTheLinesItSwallowed() {
			List<SourceRow> rows = readAll(CsvFile.of(scenario("unclosed-quote-at-end", "leads.csv")));

			assertThat(rows).extracting(SourceRow::number, SourceRow::isRejected)
				.containsExactly(tuple(2L, false), tuple(3L, true), tuple(4L, false), tuple(5L, false));
			assertThat(rows.get(1).defect().message()).contains("not closed before the end of the file");
		}

	}

	@Nested
	class Headers {

		@Test
		void refusesDuplicateHeadersNamingTheirColumnsByLetterAndName() {
			CsvFile file = CsvFile.of(scenario("duplicate-headers", "leads.csv"));

			assertThatThrownBy(file::open).isInstanceOfSatisfying(UserInputException.class, (ex) -> {
				assertThat(ex.code()).isEqualTo(SourceError.DUPLICATE_HEADER);
				assertThat(ex.location().row()).isEqualTo(1);
				assertThat(ex.getMessage())
					.isEqualTo("the header names a column more than once: \"Company\" (columns A, E), "
							+ "\"Email\" (columns B, D).");
			});
		}

		@Test
		void refusesABlankHeaderNamingItsColumnLetter() {
			CsvFile file = CsvFile.of(scenario("blank-header", "leads.csv"));

			assertThatThrownBy(file::open).isInstanceOfSatisfying(UserInputException.class, (ex) -> {
				assertThat(ex.code()).isEqualTo(SourceError.BLANK_HEADER);
				assertThat(ex.location().column()).isEqualTo("B");
				assertThat(ex.getMessage()).isEqualTo("column B has no name in the header.");
			});
		}

		@Test
		void refusesAnEmptyFile() {
			CsvFile file = CsvFile.of(scenario("empty", "leads.csv"));

			assertThatThrownBy(file::open).isInstanceOfSatisfying(UserInputException.class,
					(ex) -> assertThat(ex.code()).isEqualTo(SourceError.EMPTY_FILE));
		}

		@Test
		void stripsSpacesAroundHeaderNames(@TempDir Path dir) throws Exception {
			Path csv = Files.writeString(dir.resolve("leads.csv"), " Company , Email\nAcme,a@acme.com\n");

			assertThat(readAll(CsvFile.of(csv)).get(0).values()).containsEntry("Company", "Acme")
				.containsEntry("Email", "a@acme.com");
		}

	}

	@Test
	void refusesAWorkbookGivenAsCsv(@TempDir Path dir) {
		Path xlsx = Workbooks.write(dir.resolve("leads.csv"),
				(workbook) -> workbook.createSheet().createRow(0).createCell(0).setCellValue("Company"));

		assertThatThrownBy(() -> CsvFile.of(xlsx).open()).isInstanceOfSatisfying(UserInputException.class,
				(ex) -> assertThat(ex.code()).isEqualTo(SourceError.WORKBOOK_NOT_CSV));
	}

	@Test
	void refusesAFileThatDoesNotExistNamingIt(@TempDir Path dir) {
		CsvFile file = CsvFile.of(dir.resolve("missing.csv"));

		assertThatThrownBy(file::open).isInstanceOfSatisfying(UserInputException.class, (ex) -> {
			assertThat(ex.code()).isEqualTo(SourceError.FILE_NOT_READABLE);
			assertThat(ex.location().file()).endsWith("missing.csv");
		});
	}

}
