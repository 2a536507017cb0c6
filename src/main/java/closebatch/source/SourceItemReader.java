package closebatch.source;

import java.util.Objects;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Spring Batch's view of a {@link SourceFile}: an {@link ItemStreamReader} of
 * {@link SourceRow}s that a restarted step resumes after the last committed row.
 *
 * <p>
 * At each commit it saves, under its name, the rows returned ({@code <name>.rows.read}),
 * the row number to go on from ({@code <name>.next.row}) and, for CSV, the byte offset of
 * that row ({@code <name>.byte.offset}; -1 for XLSX and for charsets without exact
 * offsets), besides the {@code <name>.read.count} of every counting reader (which also
 * counts the last, empty read). On restart a CSV file is entered at that offset without
 * reading the rows before it; an XLSX sheet is re-read up to that row without converting
 * the rows before it. Rejected rows are items like the others, so the reader's count
 * matches the rows a report accounts for.
 *
 * <p>
 * A problem with the file is thrown as it is, a
 * {@link closebatch.error.UserInputException}, from {@link #open(ExecutionContext)} or
 * {@link #read()}.
 */
public class SourceItemReader extends AbstractItemCountingItemStreamItemReader<SourceRow> {

	static final String ROWS_READ = "rows.read";

	static final String NEXT_ROW = "next.row";

	static final String BYTE_OFFSET = "byte.offset";

	private final SourceFile file;

	private SourcePosition restartAt = SourcePosition.START;

	private SourceRows rows;

	/**
	 * A reader of a file, named {@code source} in the execution context.
	 * @param file the file and how to read it
	 */
	public SourceItemReader(SourceFile file) {
		this.file = Objects.requireNonNull(file, "file");
		setName("source");
	}

	/**
	 * The header of the open file, for checking a mapping's columns before the first row.
	 * @return the header
	 * @throws IllegalStateException if the reader is not open
	 */
	public SourceHeader header() {
		if (this.rows == null) {
			throw new IllegalStateException("the reader is not open");
		}
		return this.rows.header();
	}

	/**
	 * How far the reader got: the position after the last row returned.
	 * @return the position; {@link SourcePosition#START} before the file is opened
	 */
	public SourcePosition position() {
		return (this.rows != null) ? this.rows.position() : this.restartAt;
	}

	@Override
	public void open(ExecutionContext context) throws ItemStreamException {
		if (isSaveState() && context.containsKey(getExecutionContextKey(ROWS_READ))) {
			this.restartAt = new SourcePosition(context.getLong(getExecutionContextKey(ROWS_READ)),
					context.getLong(getExecutionContextKey(NEXT_ROW)),
					context.getLong(getExecutionContextKey(BYTE_OFFSET)));
		}
		// Opened here rather than in doOpen, which would wrap a UserInputException in an
		// ItemStreamException.
		this.rows = this.file.openAt(this.restartAt);
		super.open(context);
	}

	/** Done by {@link #open(ExecutionContext)}. */
	@Override
	protected void doOpen() {
	}

	/** The rows were opened at the saved position already: nothing to skip. */
	@Override
	protected void jumpToItem(int itemIndex) {
	}

	/**
	 * The next row, well-formed or rejected.
	 * @return the row, or null after the last one
	 */
	@Override
	public SourceRow read() {
		try {
			return super.read();
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException("doRead throws no checked exception", ex);
		}
	}

	@Override
	protected SourceRow doRead() {
		return this.rows.hasNext() ? this.rows.next() : null;
	}

	@Override
	public void update(ExecutionContext context) throws ItemStreamException {
		super.update(context);
		if (isSaveState() && this.rows != null) {
			SourcePosition position = this.rows.position();
			context.putLong(getExecutionContextKey(ROWS_READ), position.rowsRead());
			context.putLong(getExecutionContextKey(NEXT_ROW), position.nextRow());
			context.putLong(getExecutionContextKey(BYTE_OFFSET), position.byteOffset());
		}
	}

	@Override
	protected void doClose() {
		if (this.rows != null) {
			this.rows.close();
			this.rows = null;
		}
		this.restartAt = SourcePosition.START;
	}

}
