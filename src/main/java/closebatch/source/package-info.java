/**
 * Reading the input file: {@link closebatch.source.SourceRow rows} with their physical
 * row numbers, from CSV ({@link closebatch.source.CsvFile}) or XLSX
 * ({@link closebatch.source.XlsxFile}), streamed in constant memory and restartable by
 * Spring Batch through {@link closebatch.source.SourceItemReader}.
 *
 * <p>
 * A row the reader cannot split into cells (ragged, broken quote) becomes a rejected
 * {@code SourceRow} and reading goes on; a problem with the whole file (encoding,
 * headers, not a spreadsheet) is a {@link closebatch.error.UserInputException} with a
 * {@link closebatch.source.SourceError} code. Uses Apache Commons CSV, Apache POI with
 * excel-streaming-reader, Spring Batch's item infrastructure and
 * {@code closebatch.error}; nothing else of closebatch.
 */
package closebatch.source;
