package closebatch.source;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A record's cells are those Commons CSV reads, whether the record is cut without the
 * parser (its quoted values each fill a cell) or by it.
 */
class CsvCellsPropertiesTest {

	private static final CSVFormat STRICT = CSVFormat.RFC4180.builder()
		.setIgnoreEmptyLines(false)
		.setTrailingData(false)
		.setLenientEof(false)
		.get();

	@Property
	void cellsAreThoseCommonsCsvReads(@ForAll("records") List<String> records) {
		CsvCells cells = new CsvCells(',');
		for (String record : records) {
			Assume.that(cutBySplitter(record));
			char[] chars = ("\u00a7" + record + "\n").toCharArray();
			List<CSVRecord> read = commonsCsv(record);

			List<String> split = cells.split(chars, 1, record.length());

			assertThat(split).as(record).isEqualTo((read != null) ? List.of(read.get(0).values()) : null);
		}
	}

	/**
	 * Records as the splitter cuts them (a line break only inside quotes): cells that are
	 * plain, quoted (with doubled quotes and line breaks), or anything on one line, such
	 * as a quote inside a value or text after a closing quote.
	 */
	@Provide
	Arbitrary<List<String>> records() {
		Arbitrary<String> plain = Arbitraries.strings()
			.withChars("; \taZ0'=")
			.withCharRange('\u00e0', '\u00e9')
			.ofMaxLength(6);
		Arbitrary<String> quoted = Arbitraries.strings()
			.withChars(",; \t\"aZ\n\r")
			.ofMaxLength(6)
			.map((text) -> "\"" + text.replace("\"", "\"\"") + "\"");
		Arbitrary<String> anything = Arbitraries.strings().withChars(",; \t\"aZ").ofMaxLength(6);
		Arbitrary<String> cell = Arbitraries.oneOf(plain, quoted, anything);
		Arbitrary<String> record = cell.list().ofMaxSize(5).map((cells) -> String.join(",", cells));
		return record.list().ofMaxSize(6);
	}

	/**
	 * Whether the record splitter can give the text as one record: its line breaks are
	 * all inside quoted values (a quote opens one only at the start of a cell).
	 */
	private static boolean cutBySplitter(String record) {
		boolean cellStart = true;
		boolean quoted = false;
		for (int i = 0; i < record.length(); i++) {
			char c = record.charAt(i);
			if (quoted) {
				boolean doubled = c == '"' && i + 1 < record.length() && record.charAt(i + 1) == '"';
				quoted = c != '"' || doubled;
				i += doubled ? 1 : 0;
			}
			else if (c == '\n' || c == '\r') {
				return false;
			}
			else {
				quoted = cellStart && c == '"';
				cellStart = c == ',';
			}
		}
		return true;
	}

	/** The record as a parser of its own reads it, or null if it refuses it. */
	private static List<CSVRecord> commonsCsv(String record) {
		try (CSVParser parser = STRICT.parse(new StringReader(record + "\n"))) {
			List<CSVRecord> read = parser.getRecords();
			assertThat(read).as(record).hasSize(1);
			return read;
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

}
