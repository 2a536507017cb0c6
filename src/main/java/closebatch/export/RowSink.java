package closebatch.export;

import java.io.IOException;
import java.util.List;

/**
 * Where an export's rows go, appended in order; the header is written by a sink opened on
 * an empty file.
 */
interface RowSink extends AutoCloseable {

	/** Appends one row, a value per column (null for none). */
	void write(List<Object> row) throws IOException;

	/** Flushes every row written so far to the disk; returns the file's length. */
	long flush() throws IOException;

	@Override
	void close() throws IOException;

}
