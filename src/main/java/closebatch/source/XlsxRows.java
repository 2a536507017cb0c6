package closebatch.source;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Date1904Support;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

import closebatch.error.SourceLocation;
import closebatch.error.UserInputException;

/**
 * The rows of one sheet of an open XLSX workbook, streamed: only a small window of rows
 * is parsed ahead, whatever the sheet's size.
 *
 * <p>
 * A row with a value in a column that has no header is rejected; a row with fewer cells
 * is not (a spreadsheet does not store empty cells). Restart re-reads the sheet up to the
 * position's row number without converting the rows before it: an XLSX file cannot be
 * entered in the middle.
 */
public final class XlsxRows implements SourceRows {

	/** The most characters in a cell, as in Excel. */
	static final int MAX_CELL_CHARS = 32_767;

	private final XlsxFile file;

	private final Workbook workbook;

	private final boolean date1904;

	private Iterator<Row> rows;

	private String sheetName;

	private SourceHeader header;

	private SourceRow pending;

	private SourcePosition position;

	private long lastRowNumber;

	private XlsxRows(XlsxFile file, Workbook workbook) {
		this.file = file;
		this.workbook = workbook;
		this.date1904 = workbook instanceof Date1904Support support && support.isDate1904();
	}

	/**
	 * Opens a sheet of a workbook.
	 * @param file the workbook and the sheet
	 * @param position where to go on; {@link SourcePosition#START} for the first row
	 * @return the rows
	 */
	static XlsxRows open(XlsxFile file, SourcePosition position) {
		return open(file, position, XlsxWorkbooks.SHARED_STRINGS_IN_MEMORY_LIMIT);
	}

	/**
	 * Opens a sheet of a workbook, choosing where its shared strings are kept.
	 * @param file the workbook and the sheet
	 * @param position where to go on
	 * @param sharedStringsInMemoryLimit the largest shared-strings table (uncompressed
	 * bytes) kept on the heap
	 * @return the rows
	 */
	static XlsxRows open(XlsxFile file, SourcePosition position, long sharedStringsInMemoryLimit) {
		Workbook workbook = XlsxWorkbooks.open(file, sharedStringsInMemoryLimit);
		XlsxRows rows = new XlsxRows(file, workbook);
		try {
			org.apache.poi.ss.usermodel.Sheet sheet = XlsxWorkbooks.sheet(file, workbook);
			rows.sheetName = sheet.getSheetName();
			rows.rows = sheet.iterator();
			rows.readHeader();
			rows.moveTo(position);
			return rows;
		}
		catch (UserInputException ex) {
			rows.close();
			throw ex;
		}
		catch (RuntimeException ex) {
			rows.close();
			throw XlsxWorkbooks.unreadable(file, ex);
		}
	}

	private void readHeader() {
		SourceLocation location = SourceLocation.of(this.file.label());
		while (this.rows.hasNext()) {
			Row row = this.rows.next();
			List<String> cells = texts(row, 0);
			int width = cells.size();
			while (width > 0 && cells.get(width - 1).isBlank()) {
				width--;
			}
			if (width > 0) {
				this.lastRowNumber = row.getRowNum() + 1L;
				this.header = SourceHeader.of(cells.subList(0, width), location.atRow(this.lastRowNumber));
				this.position = new SourcePosition(0, this.lastRowNumber + 1, -1);
				return;
			}
		}
		throw new UserInputException(SourceError.EMPTY_FILE, location,
				"the sheet \"" + this.sheetName + "\" is empty: it has no header row.");
	}

	private void moveTo(SourcePosition target) {
		if (target.isStart()) {
			return;
		}
		if (target.nextRow() < this.position.nextRow()) {
			throw new UserInputException(SourceError.BAD_RESTART_POSITION, SourceLocation.of(this.file.label()),
					"row " + target.nextRow() + " to go on from is not after the header.");
		}
		// Rows before the position are parsed by the streaming reader but not converted.
		while (this.pending == null && this.rows.hasNext()) {
			Row row = this.rows.next();
			if (row.getRowNum() + 1L >= target.nextRow()) {
				this.pending = toRow(row);
			}
		}
		this.position = target;
		this.lastRowNumber = target.nextRow() - 1;
	}

	/** The name of the sheet read, as on its tab. */
	public String sheetName() {
		return this.sheetName;
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
		try {
			while (this.pending == null && this.rows.hasNext()) {
				this.pending = toRow(this.rows.next());
			}
			return this.pending != null;
		}
		catch (UserInputException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			throw XlsxWorkbooks.unreadable(this.file, ex);
		}
	}

	@Override
	public SourceRow next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		SourceRow row = this.pending;
		this.pending = null;
		this.position = new SourcePosition(this.position.rowsRead() + 1, row.number() + 1, -1);
		return row;
	}

	/** A sheet row as a source row, or null if none of its cells has a value. */
	private SourceRow toRow(Row row) {
		int width = this.header.size();
		List<String> cells = texts(row, width);
		boolean empty = true;
		boolean blank = true;
		int firstWithoutHeader = -1;
		for (int i = 0; i < cells.size(); i++) {
			empty &= cells.get(i).isEmpty();
			if (!cells.get(i).isBlank()) {
				blank = false;
				if (i >= width && firstWithoutHeader < 0) {
					firstWithoutHeader = i;
				}
			}
		}
		if (empty) {
			// cells with a style but no value: nothing a person sees
			return null;
		}
		long number = row.getRowNum() + 1L;
		for (int i = 0; i < Math.min(width, cells.size()); i++) {
			if (cells.get(i).length() > MAX_CELL_CHARS) {
				return new SourceRow(number, this.header, List.of(),
						new RowDefect(SourceError.CELL_TOO_LONG,
								"column " + this.header.label(i) + " holds " + cells.get(i).length()
										+ " characters, more than a cell holds (" + MAX_CELL_CHARS + ")."));
			}
		}
		if (blank) {
			return SourceRow.checked(number, this.header, cells.subList(0, width));
		}
		if (firstWithoutHeader >= 0) {
			int last = cells.size();
			while (cells.get(last - 1).isBlank()) {
				last--;
			}
			return new SourceRow(number, this.header, cells.subList(0, last),
					new RowDefect(SourceError.CELL_WITHOUT_HEADER,
							"column " + SourceHeader.columnLetter(firstWithoutHeader) + " has a value but no header."));
		}
		return SourceRow.checked(number, this.header, (cells.size() == width) ? cells : cells.subList(0, width));
	}

	/** The texts of a row's cells by column, at least {@code width} of them. */
	private List<String> texts(Row row, int width) {
		List<String> texts = new ArrayList<>(Math.max(width, row.getLastCellNum()));
		for (Cell cell : row) {
			int column = cell.getColumnIndex();
			while (texts.size() <= column) {
				texts.add("");
			}
			texts.set(column, XlsxCellText.of(cell, this.date1904));
		}
		while (texts.size() < width) {
			texts.add("");
		}
		return texts;
	}

	@Override
	public void close() {
		try {
			this.workbook.close();
		}
		catch (IOException | RuntimeException ex) {
			// read only: nothing is lost, and the temporary files are removed by close
		}
	}

}
