package closebatch.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes rows as RFC 4180 CSV in UTF-8 with Commons CSV: numbers in plain decimal form,
 * dates as the API gives them (ISO 8601), text formula-escaped unless turned off.
 */
final class CsvRowSink implements RowSink {

	private final OutputFile file;

	private final Writer writer;

	private final CSVPrinter printer;

	private final List<Column> columns;

	private final boolean escapeFormulas;

	private CsvRowSink(OutputFile file, List<Column> columns, boolean escapeFormulas) throws IOException {
		this.file = file;
		this.writer = new OutputStreamWriter(file, StandardCharsets.UTF_8);
		this.printer = new CSVPrinter(this.writer, CSVFormat.RFC4180);
		this.columns = columns;
		this.escapeFormulas = escapeFormulas;
	}

	/** Opens {@code path} at {@code length}; a new file starts with the header. */
	static CsvRowSink open(Path path, long length, List<Column> columns, boolean escapeFormulas) throws IOException {
		CsvRowSink sink = new CsvRowSink(OutputFile.openAt(path, length), columns, escapeFormulas);
		if (length == 0) {
			sink.printer.printRecord(columns.stream().map(Column::header).toList());
		}
		return sink;
	}

	@Override
	public void write(List<Object> row) throws IOException {
		List<String> cells = new ArrayList<>(row.size());
		for (int index = 0; index < row.size(); index++) {
			cells.add(cell(row.get(index), this.columns.get(index).kind()));
		}
		this.printer.printRecord(cells);
	}

	private String cell(Object value, CellKind kind) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal number) {
			return number.toPlainString();
		}
		String text = value.toString();
		return (this.escapeFormulas && kind == CellKind.TEXT) ? FormulaEscaping.escape(text) : text;
	}

	@Override
	public long flush() throws IOException {
		this.printer.flush();
		this.file.flush();
		return this.file.length();
	}

	@Override
	public void close() throws IOException {
		this.printer.close();
	}

}
