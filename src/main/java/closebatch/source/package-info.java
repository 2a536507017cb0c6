/**
 * Reading the input file: {@link closebatch.source.SourceRow rows} with their physical
 * row numbers, from CSV ({@link closebatch.source.CsvFile}) or XLSX
 * ({@link closebatch.source.XlsxFile}), streamed in constant memory, and handed to Spring
 * Batch by {@link closebatch.source.KeyGroupReader} as the rows of one record key at a
 * time, through a spill file (SQLite) that a restarted step reads on from.
 *
 * <p>
 * A row the reader cannot split into cells (ragged, broken quote) becomes a rejected
 * {@code SourceRow} and reading goes on; a problem with the whole file (encoding,
 * headers, not a spreadsheet) is a {@link closebatch.error.UserInputException} with a
 * {@link closebatch.source.SourceError} code. Uses Apache Commons CSV, Apache POI with
 * excel-streaming-reader, Spring Batch's item infrastructure, SQLite JDBC and
 * {@code closebatch.error}; nothing else of closebatch.
 */
package closebatch.source;
