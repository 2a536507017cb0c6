package closebatch.source;

import java.io.Closeable;
import java.util.Iterator;

/**
 * An open input file read row by row, forward only, holding one row at a time.
 *
 * <p>
 * Usable without Spring: open it from a {@link SourceFile}, iterate, close. Well-formed
 * and rejected rows come in file order; empty rows are skipped. A problem with the whole
 * file surfaces as a {@link closebatch.error.UserInputException}, from opening or, for a
 * fault further in the file (such as bytes that are not in the file's encoding), from
 * {@link #hasNext()}.
 */
public sealed interface SourceRows extends Iterator<SourceRow>, Closeable permits CsvRows, XlsxRows {

	/**
	 * The file's header, known as soon as it is open.
	 * @return the header
	 */
	SourceHeader header();

	/**
	 * Where reading stands after the last row returned by {@link #next()}; a reader
	 * opened at this position returns the rows that follow it.
	 * @return the position
	 */
	SourcePosition position();

	/** Releases the file; does not throw. */
	@Override
	void close();

}
