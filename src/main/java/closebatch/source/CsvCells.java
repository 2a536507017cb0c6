package closebatch.source;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Splits one record's text into cells with Apache Commons CSV (RFC 4180, strict: text
 * after a closing quote is an error, not data).
 *
 * <p>
 * One parser is kept for the whole file and fed one record at a time, so each record
 * costs no parser of its own; after a record it refuses, the parser is replaced.
 */
final class CsvCells {

	private final CSVFormat format;

	private final RecordText text = new RecordText();

	private Iterator<CSVRecord> records;

	/** Characters fed to the current parser before the current record. */
	private long fed;

	CsvCells(char delimiter) {
		this.format = CSVFormat.RFC4180.builder()
			.setDelimiter(delimiter)
			.setIgnoreEmptyLines(false)
			.setTrailingData(false)
			.setLenientEof(false)
			.get();
	}

	/**
	 * The cells of one record.
	 * @param chars holds the record's text
	 * @param offset where the text starts
	 * @param length its length, without the line break that ends it
	 * @return the cells, or null if the text is not one valid CSV record
	 */
	List<String> split(char[] chars, int offset, int length) {
		this.text.set(chars, offset, length);
		try {
			if (this.records == null) {
				this.records = this.format.parse(this.text).iterator();
				this.fed = 0;
			}
			CSVRecord record = this.records.next();
			// The splitter and Commons CSV follow the same quoting rules, so each record
			// starts
			// where the previous one's text ended; if they ever disagreed, refuse rather
			// than
			// let the rest of one record run into the next.
			if (record.getCharacterPosition() != this.fed) {
				this.records = null;
				return null;
			}
			this.fed += length + 1;
			return List.of(record.values());
		}
		catch (UncheckedIOException | IllegalStateException | NoSuchElementException | IOException ex) {
			this.records = null;
			return null;
		}
	}

	/** A reader over the current record's text followed by a line break. */
	private static final class RecordText extends Reader {

		private char[] chars;

		private int next;

		private int end;

		void set(char[] chars, int offset, int length) {
			this.chars = chars;
			this.next = offset;
			this.end = offset + length + 1;
		}

		@Override
		public int read(char[] target, int offset, int length) {
			if (length == 0) {
				return 0;
			}
			if (this.next >= this.end) {
				return -1;
			}
			int textEnd = this.end - 1;
			int count = Math.min(length, textEnd - this.next);
			if (count > 0) {
				System.arraycopy(this.chars, this.next, target, offset, count);
				this.next += count;
			}
			count = Math.max(count, 0);
			if (count < length && this.next == textEnd) {
				target[offset + count++] = '\n';
				this.next++;
			}
			return count;
		}

		@Override
		public void close() {
			// the text belongs to the splitter
		}

	}

}
