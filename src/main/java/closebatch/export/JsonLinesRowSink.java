package closebatch.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes rows as JSON Lines: an object per row keyed by header, numbers as JSON numbers;
 * or, as the spill an XLSX export builds its workbook from, an array per row.
 */
final class JsonLinesRowSink implements RowSink {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final byte[] NEWLINE = { '\n' };

	private final OutputFile file;

	private final List<String> headers;

	private final boolean arrays;

	private JsonLinesRowSink(OutputFile file, List<String> headers, boolean arrays) {
		this.file = file;
		this.headers = headers;
		this.arrays = arrays;
	}

	/** Opens a JSON Lines file of objects at {@code length}. */
	static JsonLinesRowSink objects(Path path, long length, List<Column> columns) throws IOException {
		return new JsonLinesRowSink(OutputFile.openAt(path, length), columns.stream().map(Column::header).toList(),
				false);
	}

	/** Opens a spill of arrays at {@code length}. */
	static JsonLinesRowSink arrays(Path path, long length) throws IOException {
		return new JsonLinesRowSink(OutputFile.openAt(path, length), List.of(), true);
	}

	@Override
	public void write(List<Object> row) throws IOException {
		if (this.arrays) {
			this.file.write(MAPPER.writeValueAsBytes(row));
		}
		else {
			Map<String, Object> object = new LinkedHashMap<>();
			for (int index = 0; index < row.size(); index++) {
				object.put(this.headers.get(index), row.get(index));
			}
			this.file.write(MAPPER.writeValueAsBytes(object));
		}
		this.file.write(NEWLINE);
	}

	@Override
	public long flush() throws IOException {
		this.file.flush();
		return this.file.length();
	}

	@Override
	public void close() throws IOException {
		this.file.close();
	}

}
