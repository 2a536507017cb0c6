/**
 * Export jobs: turns an {@link closebatch.config.ExportJob} into a restartable Spring
 * Batch job that reads a search ({@code /data/search/}) or a list endpoint past the API's
 * limits and writes CSV, JSON Lines or XLSX, with a mapping that imports the file again.
 *
 * <p>
 * Owns the readers (cursor expiry, the result cap, {@code _skip} caps, ties on
 * {@code date_created}), the flattening of objects into rows, the row sinks and the
 * workbook builder. May use {@code config}, {@code close}, {@code checkpoint} and
 * {@code error}; never {@code sandbox}, {@code load} or {@code cli}.
 */
package closebatch.export;
