package closebatch.source;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
 * costs no parser of its own; after a record it refuses, the parser is replaced. Most
 * records are cut without the parser: those whose quoted values each fill a cell from
 * delimiter to delimiter, for which RFC 4180 leaves nothing else to interpret.
 */
final class CsvCells {

	private final CSVFormat format;

	private final char delimiter;

	/** How many cells the last record had: the next one most likely has as many. */
	private int lastWidth = 16;

	private final RecordText text = new RecordText();

	private Iterator<CSVRecord> records;

	/** Characters fed to the current parser before the current record. */
	private long fed;

	CsvCells(char delimiter) {
		this.delimiter = delimiter;
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
		List<String> plain = splitPlainly(chars, offset, length);
		if (plain != null) {
			return plain;
		}
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

	/**
	 * The cells of a record whose quoted values (if any) each take a whole cell, or null
	 * for the parser to decide: a quote inside an unquoted value, or anything but a
	 * delimiter after a closing quote.
	 */
	private List<String> splitPlainly(char[] chars, int offset, int length) {
		int end = offset + length;
		List<String> cells = new ArrayList<>(this.lastWidth);
		int i = offset;
		while (true) {
			if (i < end && chars[i] == '"') {
				int close = i + 1;
				boolean doubled = false;
				while (close < end && (chars[close] != '"' || (close + 1 < end && chars[close + 1] == '"'))) {
					doubled |= chars[close] == '"';
					close += (chars[close] == '"') ? 2 : 1;
				}
				if (close >= end) {
					return null;
				}
				String value = new String(chars, i + 1, close - i - 1);
				cells.add(doubled ? value.replace("\"\"", "\"") : value);
				i = close + 1;
			}
			else {
				int start = i;
				while (i < end && chars[i] != this.delimiter) {
					if (chars[i] == '"') {
						return null;
					}
					i++;
				}
				cells.add(new String(chars, start, i - start));
			}
			if (i == end) {
				this.lastWidth = cells.size();
				return cells;
			}
			if (chars[i] != this.delimiter) {
				return null;
			}
			i++;
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
