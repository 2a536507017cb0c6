package closebatch.report;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;

import closebatch.error.Secrets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file of records each keyed by an input row number, written so that a restarted
 * run appends to it and a row is never in it twice.
 *
 * <p>
 * The file is UTF-8 with a byte order mark (so that spreadsheets read it as UTF-8), RFC
 * 4180 quoting and CRLF line ends. Row numbers already written are kept in a bit set, one
 * bit per row number, so a million rows cost 125 KB. Opening an existing file reads it
 * once: it must have the same header; its row numbers are remembered; and it is copied,
 * without a last record torn by a kill (unterminated, short, or with an open quote), to a
 * temporary file that then replaces it. Not thread-safe: the public writers synchronise.
 */
final class RowFile implements Closeable {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180;

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private final BitSet written = new BitSet();

	private final CSVPrinter printer;

	private final int width;

	private RowFile(CSVPrinter printer, int width) {
		this.printer = printer;
		this.width = width;
	}

	/**
	 * Opens a file for appending, creating it (and its directories) with the header if it
	 * does not exist.
	 * @param file the file
	 * @param header the column names
	 * @param rowColumn the index of the column holding the row number
	 * @return the open file
	 * @throws IllegalStateException if the file exists with another header
	 * @throws UncheckedIOException if it cannot be read or written
	 */
	static RowFile open(Path file, List<String> header, int rowColumn) {
		try {
			Path parent = file.toAbsolutePath().getParent();
			Files.createDirectories(parent);
			BitSet rows = new BitSet();
			boolean exists = Files.exists(file) && Files.size(file) > 0;
			if (exists) {
				recover(file, header, rowColumn, rows);
			}
			BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
			CSVPrinter printer = new CSVPrinter(out, FORMAT);
			if (!exists) {
				out.write(BYTE_ORDER_MARK);
				printer.printRecord(header.stream().map(Secrets::redact).toList());
				printer.flush();
			}
			RowFile opened = new RowFile(printer, header.size());
			opened.written.or(rows);
			return opened;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot open " + file, ex);
		}
	}

	boolean contains(long row) {
		return this.written.get(index(row));
	}

	/**
	 * Writes a record unless its row is already in the file.
	 * @param row the row number
	 * @param cells the cells, one per column
	 * @return whether it was written
	 */
	boolean append(long row, List<String> cells) {
		if (cells.size() != this.width) {
			throw new IllegalArgumentException("expected " + this.width + " cells, not " + cells.size());
		}
		int index = index(row);
		if (this.written.get(index)) {
			return false;
		}
		try {
			// Secrets out of the results and rejects, whatever the row held.
			this.printer.printRecord(cells.stream().map(Secrets::redact).toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.written.set(index);
		return true;
	}

	void flush() {
		try {
			this.printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.printer.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int index(long row) {
		if (row < 1 || row > Integer.MAX_VALUE) {
			throw new IllegalArgumentException("row number out of range: " + row);
		}
		return (int) row;
	}

	private static void recover(Path file, List<String> header, int rowColumn, BitSet rows) throws IOException {
		boolean terminated = endsWithLineBreak(file);
		Path copy = file.resolveSibling(file.getFileName() + ".recovering");
		try (Reader in = openSkippingMark(file);
				CSVParser parser = CSVParser.parse(in, FORMAT);
				BufferedWriter copied = Files.newBufferedWriter(copy, StandardCharsets.UTF_8);
				CSVPrinter out = new CSVPrinter(copied, FORMAT)) {
			copied.write(BYTE_ORDER_MARK);
			Iterator<CSVRecord> records = parser.iterator();
			List<String> first = records.hasNext() ? records.next().toList() : List.of();
			if (!first.equals(header)) {
				throw new IllegalStateException(file + " was written for other columns: " + first + ", not " + header);
			}
			out.printRecord(header);
			CSVRecord held = null;
			try {
				while (records.hasNext()) {
					CSVRecord next = records.next();
					if (held != null) {
						keep(held, header.size(), rowColumn, rows, out);
					}
					held = next;
				}
				if (held != null && terminated) {
					keep(held, header.size(), rowColumn, rows, out);
				}
			}
			catch (UncheckedIOException | IllegalStateException torn) {
				// an open quote at the end of the file: the record before it is whole
				if (held != null) {
					keep(held, header.size(), rowColumn, rows, out);
				}
			}
		}
		Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	private static void keep(CSVRecord record, int width, int rowColumn, BitSet rows, CSVPrinter out)
			throws IOException {
		if (record.size() != width) {
			return;
		}
		long row;
		try {
			row = Long.parseLong(record.get(rowColumn));
		}
		catch (NumberFormatException ex) {
			return;
		}
		int index = index(row);
		if (!rows.get(index)) {
			rows.set(index);
			out.printRecord(new ArrayList<>(record.toList()));
		}
	}

	private static boolean endsWithLineBreak(Path file) throws IOException {
		try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
			long length = raf.length();
			if (length < 2) {
				return false;
			}
			raf.seek(length - 2);
			return raf.read() == '\r' && raf.read() == '\n';
		}
	}

	/** Reads every record of a file this class wrote, header first. */
	static void forEachRecord(Path file, java.util.function.Consumer<List<String>> action) {
		try (Reader in = openSkippingMark(file); CSVParser parser = CSVParser.parse(in, FORMAT)) {
			parser.forEach((record) -> action.accept(record.toList()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
	}

	private static Reader openSkippingMark(Path file) throws IOException {
		BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
		in.mark(1);
		if (in.read() != BYTE_ORDER_MARK) {
			in.reset();
		}
		return in;
	}

}
