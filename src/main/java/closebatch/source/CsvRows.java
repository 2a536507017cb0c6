package closebatch.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.NoSuchElementException;

import closebatch.error.SourceLocation;
import closebatch.error.UserInputException;

/**
 * The rows of an open CSV file.
 *
 * <p>
 * Records are cut by {@link CsvRecordSplitter} and split into cells by Commons CSV. A
 * record becomes a rejected row, and reading goes on, when:
 * <ul>
 * <li>its quotes are broken: the rejected row is the record's first line, as one cell,
 * and reading goes on at the next line (see {@link CsvRecordSplitter} for the rule);</li>
 * <li>it has more or fewer cells than the header has columns: the rejected row keeps the
 * cells it has. When such a record spans several lines, a stray quote most likely
 * swallowed the lines after it, so only its first line is rejected and the others are
 * read again as rows of their own;</li>
 * <li>a line is longer than the record limit: it is rejected with no cells.</li>
 * </ul>
 * Empty lines are not rows; a row whose cells are all blank is returned
 * {@link SourceRow#isBlank() blank}, to be counted and skipped; a cell with a control
 * character rejects its row.
 *
 * <p>
 * Restart: a position carries the byte offset after the last row returned; opening at it
 * reads the header, then seeks there. For charsets without exact offsets it skips rows.
 */
public final class CsvRows implements SourceRows {

	private final CsvFile file;

	private final FileChannel channel;

	private final CsvEncoding encoding;

	private final SourceHeader header;

	private final CsvCells cells;

	private final char delimiter;

	private CsvRecordSplitter splitter;

	private SourceRow pending;

	private SourcePosition pendingPosition;

	private SourcePosition position;

	private CsvRows(CsvFile file, FileChannel channel) throws IOException {
		this.file = file;
		this.channel = channel;
		this.encoding = CsvEncoding.detect(channel, file.encoding());
		if (this.encoding.isWorkbook()) {
			throw new UserInputException(SourceError.WORKBOOK_NOT_CSV, SourceLocation.of(file.label()),
					"the file is a spreadsheet workbook, not CSV text.");
		}
		String utf16 = (this.encoding.bomLength() == 0) ? CsvEncoding.unmarkedUtf16(channel, this.encoding) : null;
		if (utf16 != null) {
			throw new UserInputException(SourceError.BAD_ENCODING, SourceLocation.of(file.label()),
					"the file looks like " + utf16 + " text without a byte order mark (every other byte is zero), "
							+ "but it is read as " + this.encoding + ".",
					"Set 'encoding: " + utf16 + "' in the job (or --set input.encoding=" + utf16 + ").", null);
		}
		CsvTextWindow text = textAt(1, this.encoding.bomLength());
		this.delimiter = (file.delimiter() != null) ? file.delimiter()
				: CsvDelimiter.detect(text, file.maxRecordChars());
		this.splitter = new CsvRecordSplitter(text, this.delimiter, file.maxRecordChars());
		this.cells = new CsvCells(this.delimiter);
		this.header = readHeader();
		this.position = new SourcePosition(0, this.splitter.nextLine(), this.splitter.nextByte());
	}

	/**
	 * Opens a CSV file.
	 * @param file the file and how to read it
	 * @param position where to go on; {@link SourcePosition#START} for the first row
	 * @return the rows
	 */
	static CsvRows open(CsvFile file, SourcePosition position) {
		FileChannel channel = openChannel(file);
		try {
			CsvRows rows = new CsvRows(file, channel);
			rows.moveTo(position);
			return rows;
		}
		catch (IOException ex) {
			closeQuietly(channel);
			throw new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			closeQuietly(channel);
			throw ex;
		}
	}

	private static FileChannel openChannel(CsvFile file) {
		InputPaths.requireRegularFile(file.path(), file.label());
		try {
			return FileChannel.open(file.path(), StandardOpenOption.READ);
		}
		catch (NoSuchFileException ex) {
			throw new UserInputException(SourceError.FILE_NOT_READABLE, SourceLocation.of(file.label()),
					"the file does not exist.");
		}
		catch (IOException | SecurityException ex) {
			throw new UserInputException(SourceError.FILE_NOT_READABLE, SourceLocation.of(file.label()),
					"the file cannot be read: " + ex.getMessage(), ex);
		}
	}

	private CsvTextWindow textAt(long line, long byteOffset) throws IOException {
		this.channel.position(byteOffset);
		return new CsvTextWindow(new DecodedChars(this.channel, this.encoding.charset(), byteOffset), this.encoding,
				this.file.label(), this.file.maxRecordChars(), line, byteOffset);
	}

	private SourceHeader readHeader() {
		SourceLocation location = SourceLocation.of(this.file.label());
		if (!this.splitter.next()) {
			throw new UserInputException(SourceError.EMPTY_FILE, location, "the file is empty: it has no header line.");
		}
		location = location.atRow(this.splitter.recordLine());
		RowDefect defect = this.splitter.recordDefect();
		if (defect != null && defect.error() != SourceError.BROKEN_QUOTE) {
			throw new UserInputException(switch (defect.error()) {
				case ROW_TOO_LONG -> SourceError.HEADER_TOO_LARGE;
				case UNDECODABLE_ROW -> SourceError.BAD_ENCODING;
				default -> defect.error();
			}, location, "the header line cannot be read: " + defect.message());
		}
		List<String> names = (defect != null) ? null
				: this.cells.split(this.splitter.buffer(), this.splitter.recordOffset(), this.splitter.recordLength());
		if (names == null) {
			throw new UserInputException(SourceError.BROKEN_QUOTE, location,
					"the header line is not valid CSV: a quoted column name is not closed properly.");
		}
		return SourceHeader.of(names, location);
	}

	private void moveTo(SourcePosition target) throws IOException {
		if (target.isStart()) {
			return;
		}
		if (target.byteOffset() >= 0 && this.encoding.isSeekable()) {
			if (target.byteOffset() < this.position.byteOffset() || target.byteOffset() > this.channel.size()) {
				throw badPosition(target);
			}
			this.splitter = new CsvRecordSplitter(textAt(target.nextRow(), target.byteOffset()), this.delimiter,
					this.file.maxRecordChars());
			this.position = target;
			return;
		}
		while (this.position.rowsRead() < target.rowsRead()) {
			if (!hasNext()) {
				throw badPosition(target);
			}
			next();
		}
	}

	private UserInputException badPosition(SourcePosition target) {
		return new UserInputException(SourceError.BAD_RESTART_POSITION, SourceLocation.of(this.file.label()),
				"the file has no row " + (target.rowsRead() + 1) + " (line " + target.nextRow()
						+ ") to go on from; it is shorter than when the job ran.");
	}

	@Override
	public SourceHeader header() {
		return this.header;
	}

	@Override
	public SourcePosition position() {
		return this.position;
	}

	@Override
	public boolean hasNext() {
		if (this.pending == null) {
			this.pending = readRow();
		}
		return this.pending != null;
	}

	@Override
	public SourceRow next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		SourceRow row = this.pending;
		this.pending = null;
		this.position = this.pendingPosition;
		return row;
	}

	private SourceRow readRow() {
		while (this.splitter.next()) {
			SourceRow row = toRow();
			if (row != null) {
				this.pendingPosition = new SourcePosition(this.position.rowsRead() + 1, this.splitter.nextLine(),
						this.splitter.nextByte());
				return row;
			}
		}
		return null;
	}

	/** The current record as a row. */
	private SourceRow toRow() {
		long line = this.splitter.recordLine();
		RowDefect defect = this.splitter.recordDefect();
		if (defect != null) {
			List<String> raw = (this.splitter.recordLength() > 0) ? List.of(this.splitter.recordText()) : List.of();
			return new SourceRow(line, this.header, raw, defect);
		}
		List<String> split = this.cells.split(this.splitter.buffer(), this.splitter.recordOffset(),
				this.splitter.recordLength());
		if (split == null || (split.size() != this.header.size() && this.splitter.isMultiLine())) {
			return rejectFirstLine(line, split);
		}
		if (split.stream().allMatch(String::isBlank)) {
			// blank whatever its number of cells: counted and skipped, never rejected
			return SourceRow.checked(line, this.header, split);
		}
		if (split.size() != this.header.size()) {
			boolean tooMany = split.size() > this.header.size();
			return new SourceRow(line, this.header, split,
					new RowDefect(tooMany ? SourceError.TOO_MANY_CELLS : SourceError.TOO_FEW_CELLS,
							"the row has " + split.size() + ((split.size() == 1) ? " cell" : " cells")
									+ " but the header has " + this.header.size() + " columns."));
		}
		return SourceRow.checked(line, this.header, split);
	}

	private SourceRow rejectFirstLine(long line, List<String> split) {
		String reason;
		if (split == null) {
			reason = "a quoted value on this line is not closed properly.";
		}
		else {
			reason = "a quoted value that starts on this line runs over the next lines and leaves " + split.size()
					+ " cells for " + this.header.size() + " columns; this line is rejected and the lines after it "
					+ "are read as rows.";
		}
		if (this.splitter.isMultiLine()) {
			this.splitter.rejectAllButFirstLine(reason);
			return new SourceRow(line, this.header, List.of(this.splitter.recordText()), this.splitter.recordDefect());
		}
		return new SourceRow(line, this.header, List.of(this.splitter.recordText()),
				new RowDefect(SourceError.BROKEN_QUOTE, reason));
	}

	@Override
	public void close() {
		closeQuietly(this.channel);
	}

	private static void closeQuietly(FileChannel channel) {
		try {
			channel.close();
		}
		catch (IOException ex) {
			// nothing was written; the file is released either way
		}
	}

}
