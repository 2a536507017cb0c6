package closebatch.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import closebatch.checkpoint.ExportPosition;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import tools.jackson.databind.JsonNode;

/**
 * Writes each chunk's objects as rows and saves the export's position in the chunk's
 * transaction: the file is flushed to the disk first, then the position (last
 * {@code date_created}, last id, rows, file length) commits with the chunk. On restart
 * the file is cut back to the saved length, so rows of a chunk that never committed are
 * written once, by the run that commits them.
 */
final class ExportItemWriter implements ItemStreamWriter<CreationGroup> {

	/** Opens the sink at a file length. */
	@FunctionalInterface
	interface SinkOpener {

		RowSink open(long length) throws IOException;

	}

	private final ExportRunState state;

	private final ExportLayout layout;

	private final CellValues values;

	private final SinkOpener opener;

	private final ExportCounters counters;

	private final ObjectLinks links;

	private RowSink sink;

	private long rows;

	/**
	 * @param links resolves the objects' leads, contacts and users before they are
	 * flattened, or null when the columns need none
	 */
	ExportItemWriter(ExportRunState state, ExportLayout layout, CellValues values, SinkOpener opener,
			ExportCounters counters, ObjectLinks links) {
		this.links = links;
		this.state = state;
		this.layout = layout;
		this.values = values;
		this.opener = opener;
		this.counters = counters;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		ExportPosition position = this.state.resumedFrom();
		try {
			this.sink = this.opener.open(position.byteOffset());
			if (position.byteOffset() == 0) {
				// The header of a new file commits with the first chunk, or alone when
				// nothing matches.
				this.sink.flush();
			}
		}
		catch (IOException ex) {
			throw new ItemStreamException("Cannot open the export's output: " + ex.getMessage(), ex);
		}
		this.rows = position.rowsWritten();
		this.counters.rowsInFile(this.state, this.rows);
	}

	@Override
	public void write(Chunk<? extends CreationGroup> chunk) throws IOException {
		CreationGroup last = null;
		List<JsonNode> objects = new ArrayList<>();
		for (CreationGroup group : chunk) {
			objects.addAll(group.objects());
			last = group;
		}
		// One look-up of the links for the whole chunk.
		for (JsonNode object : (this.links != null) ? this.links.resolve(objects) : objects) {
			ExportLayout.FlatObject flat = this.layout.flatten(object, this.values);
			for (List<Object> row : flat.rows()) {
				this.sink.write(row);
				this.rows++;
			}
			this.counters.objectWritten(flat.truncated());
		}
		long length = this.sink.flush();
		if (last != null) {
			this.state.save(new ExportPosition(last.dateCreated(), last.lastId(), this.rows, length));
		}
		this.counters.rowsInFile(this.state, this.rows);
	}

	@Override
	public void close() {
		if (this.sink == null) {
			return;
		}
		try {
			this.sink.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			this.sink = null;
		}
	}

}
